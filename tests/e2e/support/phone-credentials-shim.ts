// Until the backend's phone API lands (GET /v1/phone/credentials is being
// built in parallel), this stands in front of the e2e backend: it answers
// that one route with credentials for the SIP relay, exactly in the agreed
// contract's shape, and passes every other request — and the live
// WebSocket's upgrade — to the real backend untouched. Remove it when the
// backend issues credentials itself.
import http from 'node:http';
import net from 'node:net';

export interface CredentialsShim {
  url: string;
  /** How many times the workstation asked for credentials. */
  asked(): number;
  close(): Promise<void>;
}

export async function startCredentialsShim(backendUrl: string, sip: { wsUrl: string; domain: string; user: string }): Promise<CredentialsShim> {
  const backend = new URL(backendUrl);
  let asked = 0;
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/v1/phone/credentials') {
      asked += 1;
      if (!req.headers.authorization) {
        res.writeHead(401, { 'Content-Type': 'application/problem+json' }).end(JSON.stringify({ status: 401, code: 'unauthorized', title: 'Sign in first' }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          wsUrl: sip.wsUrl,
          domain: sip.domain,
          uri: `sip:${sip.user}@${sip.domain}`,
          authorizationUsername: sip.user,
          password: 'issued-by-the-shim',
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
          displayName: sip.user,
        }),
      );
      return;
    }
    const upstream = http.request({ host: backend.hostname, port: backend.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // The live feed is a WebSocket: pass the upgrade through as raw bytes.
  server.on('upgrade', (req, socket, head) => {
    const upstream = net.connect(Number(backend.port), backend.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    asked: () => asked,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
