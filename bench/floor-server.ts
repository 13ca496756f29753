// The floor for the read benchmark: a bare node:http server that answers the
// same paths with the same JSON bytes, with no auth, validation or database.
import http from 'node:http';
import fs from 'node:fs';

const [portArg, bodiesFile] = process.argv.slice(2);
const bodies = new Map<string, string>(Object.entries(JSON.parse(fs.readFileSync(bodiesFile!, 'utf8')) as Record<string, string>));

const server = http.createServer((req, res) => {
  const body = bodies.get(req.url ?? '');
  if (body === undefined) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(Number(portArg), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
