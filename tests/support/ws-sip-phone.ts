// A minimal SIP user agent over WebSocket (RFC 7118), the transport the
// workstation's softphone uses: it registers with digest authentication and
// answers incoming INVITEs as the test says; on an answered call it answers
// the platform's keepalives and a BYE, as SIP.js does, until it vanishes.
// Just enough SIP for the tests to check the platform's WebSocket side; not
// a softphone.
import { createHash, randomUUID } from 'node:crypto';
import WebSocket from 'ws';

export interface SipMessage {
  firstLine: string;
  headers: Map<string, string[]>;
  raw: string;
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const rand = () => randomUUID().replace(/-/g, '').slice(0, 12);

export function parseSip(raw: string): SipMessage {
  const [head] = raw.split('\r\n\r\n');
  const [firstLine, ...lines] = head!.split('\r\n');
  const headers = new Map<string, string[]>();
  for (const l of lines) {
    const i = l.indexOf(':');
    const name = l.slice(0, i).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), l.slice(i + 1).trim()]);
  }
  return { firstLine: firstLine!, headers, raw };
}

export const header = (m: SipMessage, name: string): string | undefined => m.headers.get(name.toLowerCase())?.[0];

export interface WsPhone {
  /** Incoming INVITEs, in order. */
  invites: SipMessage[];
  /** Requests within an answered call (ACK, OPTIONS, BYE), in order. */
  inDialog: SipMessage[];
  /** Replies to the latest INVITE with this status (e.g. 486 Busy Here). */
  reply(status: number, reason: string): void;
  /** Picks up the latest INVITE: rings (180), then answers (200 OK with SDP). */
  answer(): void;
  /** Gone without a word, as when the browser crashes: the connection drops, no BYE. */
  vanish(): void;
  /** Silent from now on, its connection left open: a hung browser, or a network gone dark. */
  freeze(): void;
  close(): Promise<void>;
}

export async function registerWsPhone(url: string, c: { sipUser: string; domain: string; authorizationUsername: string; password: string }): Promise<WsPhone> {
  const ws = new WebSocket(url, 'sip');
  await new Promise<void>((resolve, reject) => (ws.once('open', () => resolve()), ws.once('error', reject)));
  const host = `${rand()}.invalid`;
  const callId = rand();
  const invites: SipMessage[] = [];
  const inDialog: SipMessage[] = [];
  const waiters: Array<(m: SipMessage) => void> = [];
  // To tags of the calls this phone answered: a request within one of them is answered, any other 481.
  const answered = new Set<string>();
  let frozen = false;
  const respond = (req: SipMessage, status: number, reason: string, extra: string[] = [], body = '') =>
    ws.send(
      [
        `SIP/2.0 ${status} ${reason}`,
        ...req.headers.get('via')!.map((v) => `Via: ${v}`),
        `From: ${header(req, 'from')}`,
        `To: ${header(req, 'to')}`,
        `Call-ID: ${header(req, 'call-id')}`,
        `CSeq: ${header(req, 'cseq')}`,
        ...extra,
        `Content-Length: ${Buffer.byteLength(body)}`,
        '',
        body,
      ].join('\r\n'),
    );
  ws.on('message', (data: Buffer) => {
    if (frozen) return;
    const m = parseSip(data.toString());
    if (m.firstLine.startsWith('INVITE ')) invites.push(m);
    else if (m.firstLine.startsWith('SIP/2.0')) waiters.shift()?.(m);
    else {
      const tag = header(m, 'to')?.match(/;tag=([^;>\s]+)/)?.[1];
      if (!tag || !answered.has(tag)) {
        if (!m.firstLine.startsWith('ACK ')) respond(m, 481, 'Call/Transaction Does Not Exist');
        return;
      }
      inDialog.push(m);
      if (!m.firstLine.startsWith('ACK ')) respond(m, 200, 'OK');
    }
  });
  const register = (cseq: number, auth?: string) =>
    new Promise<SipMessage>((resolve) => {
      waiters.push(resolve);
      ws.send(
        [
          `REGISTER sip:${c.domain} SIP/2.0`,
          `Via: SIP/2.0/WS ${host};branch=z9hG4bK${rand()}`,
          'Max-Forwards: 70',
          `From: <sip:${c.sipUser}@${c.domain}>;tag=${rand()}`,
          `To: <sip:${c.sipUser}@${c.domain}>`,
          `Call-ID: ${callId}`,
          `CSeq: ${cseq} REGISTER`,
          `Contact: <sip:${c.sipUser}@${host};transport=ws>`,
          'Expires: 600',
          ...(auth ? [`Authorization: ${auth}`] : []),
          'Content-Length: 0',
          '',
          '',
        ].join('\r\n'),
      );
    });
  const challenge = await register(1);
  if (!challenge.firstLine.startsWith('SIP/2.0 401')) throw new Error(`expected a challenge, got ${challenge.firstLine}`);
  const www = header(challenge, 'WWW-Authenticate')!;
  const param = (n: string) => www.match(new RegExp(`${n}="([^"]*)"`))?.[1] ?? '';
  const uri = `sip:${c.domain}`;
  const response = md5(`${md5(`${c.authorizationUsername}:${param('realm')}:${c.password}`)}:${param('nonce')}:${md5(`REGISTER:${uri}`)}`);
  const ok = await register(2, `Digest username="${c.authorizationUsername}", realm="${param('realm')}", nonce="${param('nonce')}", uri="${uri}", response="${response}", algorithm=MD5`);
  if (!ok.firstLine.startsWith('SIP/2.0 200')) throw new Error(`registration over WebSocket refused: ${ok.firstLine}`);
  return {
    invites,
    inDialog,
    answer() {
      const inv = invites.at(-1);
      if (!inv) throw new Error('no INVITE to answer');
      const tag = rand();
      answered.add(tag);
      const answering = { ...inv, headers: new Map(inv.headers).set('to', [`${header(inv, 'to')};tag=${tag}`]) };
      const dialogHeaders = [...(inv.headers.get('record-route') ?? []).map((r) => `Record-Route: ${r}`), `Contact: <sip:${c.sipUser}@${host};transport=ws>`];
      respond(answering, 180, 'Ringing', dialogHeaders);
      const sdp = ['v=0', 'o=adviser 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', 'm=audio 9 RTP/AVP 0', 'a=rtpmap:0 PCMU/8000', ''].join('\r\n');
      respond(answering, 200, 'OK', [...dialogHeaders, 'Content-Type: application/sdp'], sdp);
    },
    vanish() {
      ws.terminate();
    },
    freeze() {
      frozen = true;
    },
    reply(status, reason) {
      const inv = invites.at(-1);
      if (!inv) throw new Error('no INVITE to answer');
      ws.send(
        [
          `SIP/2.0 ${status} ${reason}`,
          ...inv.headers.get('via')!.map((v) => `Via: ${v}`),
          `From: ${header(inv, 'from')}`,
          `To: ${header(inv, 'to')};tag=${rand()}`,
          `Call-ID: ${header(inv, 'call-id')}`,
          `CSeq: ${header(inv, 'cseq')}`,
          'Content-Length: 0',
          '',
          '',
        ].join('\r\n'),
      );
    },
    async close() {
      if (ws.readyState === WebSocket.CLOSED) return;
      ws.close();
      await new Promise((r) => ws.once('close', r));
    },
  };
}
