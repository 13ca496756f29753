// The framework's own ceiling for the read benchmark: Fastify answering the
// same paths with the same JSON bytes, with no auth, validation, database or
// audit. Between the bare node:http floor and the backend, it shows how much
// of the gap is the framework and how much is the work a read really does.
import fs from 'node:fs';
import Fastify from 'fastify';

const [portArg, bodiesFile] = process.argv.slice(2);
const bodies = new Map<string, string>(Object.entries(JSON.parse(fs.readFileSync(bodiesFile!, 'utf8')) as Record<string, string>));

const app = Fastify({ logger: false });
app.get('/*', async (req, reply) => {
  const body = bodies.get(req.url);
  if (body === undefined) return reply.code(404).send();
  return reply.type('application/json; charset=utf-8').send(body);
});
await app.listen({ port: Number(portArg), host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
