// The reference SIP platform for tests: Kamailio started through
// scripts/kamailio/start.sh (the same start as in development) on free
// 127.0.0.1 ports, waited for until it answers SIP, and stopped by its
// process (group) id. Its output is kept for the test's failure messages.
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

const START = fileURLToPath(new URL('../../scripts/kamailio/start.sh', import.meta.url));

export interface KamailioOptions {
  backendUrl: string;
  sipSecret: string;
  sipDomain?: string;
  /** As the backend's SERVICE_NUMBERS; default the backend's default. */
  serviceNumbers?: string;
}

export interface Kamailio {
  sipPort: number;
  wsPort: number;
  pid: number;
  /** Everything Kamailio logged so far. */
  log(): string;
  stop(): Promise<void>;
}

/** An OPTIONS ping over UDP: true once Kamailio answers. */
async function answersSip(port: number): Promise<boolean> {
  const s = createSocket('udp4');
  const options = (own: number) =>
    [
      `OPTIONS sip:127.0.0.1:${port} SIP/2.0`,
      `Via: SIP/2.0/UDP 127.0.0.1:${own};branch=z9hG4bK${Math.random().toString(36).slice(2)}`,
      'From: <sip:probe@127.0.0.1>;tag=probe',
      `To: <sip:127.0.0.1:${port}>`,
      `Call-ID: probe-${Math.random().toString(36).slice(2)}`,
      'CSeq: 1 OPTIONS',
      'Max-Forwards: 70',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), 300);
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      s.close();
      resolve(ok);
    };
    s.on('message', (m) => finish(m.toString().startsWith('SIP/2.0 200')));
    s.on('error', () => finish(false));
    s.bind(0, '127.0.0.1', () => s.send(options(s.address().port), port, '127.0.0.1'));
  });
}

export async function startKamailio(opts: KamailioOptions): Promise<Kamailio> {
  const sipPort = await freePort();
  const wsPort = await freePort();
  const child = spawn('bash', [START], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin:/usr/sbin:/sbin',
      SIP_SECRET: opts.sipSecret,
      SIP_DOMAIN: opts.sipDomain ?? 'localhost',
      SIP_WS_URL: `ws://127.0.0.1:${wsPort}`,
      SERVICE_NUMBERS: opts.serviceNumbers ?? '0771525525=phone-sv,0771525526=phone-en',
      BACKEND_URL: opts.backendUrl,
      KAMAILIO_SIP_PORT: String(sipPort),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group (start.sh execs Kamailio, so the group's id is
    // this pid): stopping signals the group, and no Kamailio child outlives
    // its main process, whatever state that one is in.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let exited = false;
  const gone = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is gone already.
    }
  };
  const stop = async () => {
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
    // Children still shutting down when the main process went: end them too.
    signalGroup('SIGKILL');
  };
  const deadline = Date.now() + 10_000;
  while (!(await answersSip(sipPort))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`Kamailio did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { sipPort, wsPort, pid: child.pid!, log: () => output, stop };
}
