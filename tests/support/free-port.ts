// A port free for both TCP and UDP on 127.0.0.1 (SIP listens on both).
import { createSocket } from 'node:dgram';
import { createServer, type AddressInfo } from 'node:net';

async function udpFree(port: number): Promise<boolean> {
  const s = createSocket('udp4');
  return new Promise((resolve) => {
    s.once('error', () => resolve(false));
    s.bind(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const server = createServer();
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
    await new Promise((r) => server.close(r));
    if (await udpFree(port)) return port;
  }
  throw new Error('no port free for both TCP and UDP');
}
