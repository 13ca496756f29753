// A minimal SIP-over-WebSocket registrar and relay for testing the softphone
// adapter in Chromium without a SIP platform. It is NOT a SIP server: it
// answers REGISTER with 200 (no authentication), sends an initial INVITE to
// the socket registered for the Request-URI's user, and from then on passes
// every message with the same Call-ID to the other side of that call, as it
// is. Enough for two SIP.js user agents to call each other; the real
// platform (Kamailio) is tested end to end elsewhere.
import { WebSocketServer, type WebSocket } from 'ws';

interface Parsed {
  startLine: string;
  headers: Array<[string, string]>;
  body: string;
}

const COMPACT: Record<string, string> = { i: 'call-id', f: 'from', t: 'to', v: 'via', m: 'contact', l: 'content-length' };

function parse(raw: string): Parsed {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split + 4);
  const [startLine = '', ...lines] = head.split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    return [COMPACT[name] ?? name, line.slice(colon + 1).trim()];
  });
  return { startLine, headers, body };
}

const header = (m: Parsed, name: string) => m.headers.find(([n]) => n === name)?.[1] ?? null;

function reply(request: Parsed, status: string, extra: string[] = []): string {
  const copy = (name: string) => request.headers.filter(([n]) => n === name).map(([n, v]) => `${n === 'call-id' ? 'Call-ID' : n === 'cseq' ? 'CSeq' : n.replace(/^./, (c) => c.toUpperCase())}: ${v}`);
  const to = header(request, 'to') ?? '';
  return [
    `SIP/2.0 ${status}`,
    ...copy('via'),
    ...copy('from'),
    `To: ${/;tag=/.test(to) ? to : `${to};tag=relay${Date.now()}`}`,
    ...copy('call-id'),
    ...copy('cseq'),
    ...extra,
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}

const userOf = (uri: string) => /sips?:([^@;>]+)@/i.exec(uri)?.[1] ?? null;

export interface SipRelay {
  url: string;
  /** Every SIP start line seen, in order ("INVITE sip:…", "SIP/2.0 200 OK"), for assertions. */
  log: string[];
  /** The headers of the initial INVITEs relayed. */
  invites: Array<Record<string, string>>;
  close(): Promise<void>;
}

export async function startSipRelay(): Promise<SipRelay> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (protocols) => (protocols.has('sip') ? 'sip' : false) });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const registered = new Map<string, WebSocket>();
  const calls = new Map<string, [WebSocket, WebSocket]>();
  const log: string[] = [];
  const invites: Array<Record<string, string>> = [];

  wss.on('connection', (socket) => {
    socket.on('message', (data) => {
      const raw = data.toString();
      const message = parse(raw);
      log.push(message.startLine);
      const callId = header(message, 'call-id') ?? '';
      const [method = '', uri = ''] = message.startLine.split(' ');
      if (method === 'REGISTER') {
        const user = userOf(header(message, 'to') ?? '');
        const contact = header(message, 'contact') ?? '';
        if (user) registered.set(user, socket);
        socket.send(reply(message, '200 OK', [`Contact: ${contact.replace(/;expires=\d+/, '')};expires=600`, 'Expires: 600']));
        return;
      }
      const call = calls.get(callId);
      if (call) {
        const other = call[0] === socket ? call[1] : call[0];
        other.send(raw);
        return;
      }
      if (method === 'INVITE') {
        const target = registered.get(userOf(uri) ?? '');
        if (!target) {
          socket.send(reply(message, '404 Not Found'));
          return;
        }
        invites.push(Object.fromEntries(message.headers));
        calls.set(callId, [socket, target]);
        target.send(raw);
        return;
      }
      if (!message.startLine.startsWith('SIP/2.0') && method !== 'ACK') socket.send(reply(message, '481 Call/Transaction Does Not Exist'));
    });
  });

  const { port } = wss.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}`,
    log,
    invites,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
