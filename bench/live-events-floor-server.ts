// The floor for the live-events benchmark: a bare `ws` server on loopback
// that does what the backend's live hub does with none of the rest — on
// POST /emit {userId, intent} it builds a presence message of the same shape
// and size as the backend's and sends it to that adviser's connection and to
// every team lead's. No auth, no database, no transaction, no JSON schema.
// Connections say who they are in the query: /v1/live?user=<id>&lead=0|1.
import fs from 'node:fs';
import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const [portArg, templateFile] = process.argv.slice(2);
/** A real presence payload captured from the backend, re-used with the user and intent swapped in. */
const template = JSON.parse(fs.readFileSync(templateFile!, 'utf8')) as Record<string, unknown>;

const byUser = new Map<string, WebSocket>();
const leads = new Set<WebSocket>();
let seq = 0;

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/emit') {
    res.writeHead(req.url === '/health' ? 200 : 404).end();
    return;
  }
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    const { userId, intent } = JSON.parse(body) as { userId: string; intent: string };
    const at = new Date().toISOString();
    const text = JSON.stringify({
      seq: ++seq,
      at,
      type: 'presence',
      presence: { ...template, userId, intent, state: intent, reason: intent === 'not_ready' ? 'break' : null, since: at },
    });
    byUser.get(userId)?.send(text);
    for (const l of leads) l.send(text);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});

server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const user = url.searchParams.get('user') ?? '';
  const isLead = url.searchParams.get('lead') === '1';
  wss.handleUpgrade(req, socket, head, (ws) => {
    byUser.set(user, ws);
    if (isLead) leads.add(ws);
    ws.on('close', () => {
      byUser.delete(user);
      leads.delete(ws);
    });
    ws.send(JSON.stringify({ type: 'hello', at: new Date().toISOString(), lastSeq: seq, replayed: 0, resync: false, userId: user }));
  });
});

server.listen(Number(portArg), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => {
  for (const ws of wss.clients) ws.terminate();
  server.close(() => process.exit(0));
});
