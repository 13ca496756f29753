// The floor for the chat benchmark: a bare `ws` relay on loopback that does
// what the backend does with a chat message and none of the rest. On
// POST /send {pair, from, clientId, text} it builds a message of the same
// shape as the backend's and sends it down the other side's socket — the
// adviser's as a chat-message live event, the consumer's as a page frame —
// and answers with the message, as the backend does. No auth, no database,
// no transaction, no schema. Sockets say who they are in the query:
// /consumer?pair=<n> for a consumer's page, /adviser?pairs=<n>,<n>,… for an
// adviser's workstation carrying those chats.
import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.argv[2]);
const consumers = new Map<string, WebSocket>();
const advisers = new Map<string, WebSocket>();
let seq = 0;

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/send') {
    res.writeHead(req.url === '/health' ? 200 : 404).end();
    return;
  }
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    const { pair, from, clientId, text } = JSON.parse(body) as { pair: string; from: 'consumer' | 'adviser'; clientId: string; text: string };
    const at = new Date().toISOString();
    const message = { seq: ++seq, interactionId: pair, sender: from, clientId, authorName: from === 'adviser' ? 'Anna' : null, body: text, createdAt: at, delivered: false, read: false };
    if (from === 'consumer') advisers.get(pair)?.send(JSON.stringify({ seq: message.seq, at, type: 'chat-message', message }));
    else consumers.get(pair)?.send(JSON.stringify({ type: 'message', message }));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message));
  });
});

server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  wss.handleUpgrade(req, socket, head, (ws) => {
    if (url.pathname === '/consumer') {
      const pair = url.searchParams.get('pair') ?? '';
      consumers.set(pair, ws);
      ws.on('close', () => consumers.delete(pair));
    } else {
      const pairs = (url.searchParams.get('pairs') ?? '').split(',').filter(Boolean);
      for (const p of pairs) advisers.set(p, ws);
      ws.on('close', () => {
        for (const p of pairs) if (advisers.get(p) === ws) advisers.delete(p);
      });
    }
  });
});

server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  for (const ws of wss.clients) ws.terminate();
  server.close(() => process.exit(0));
});
