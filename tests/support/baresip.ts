// A SIP phone that is not a browser: baresip (Debian's baresip-core), as a
// consumer's phone on the platform's stand-in for the telephone network. It
// speaks SIP over UDP to Kamailio, and its media the way a WebRTC endpoint
// needs it (ICE, DTLS-SRTP, Opus), so it calls the adviser's softphone
// directly. Its microphone is a 440 Hz sine; what it hears is written to a
// WAV file (the sndfile module), which the test measures. Driven over
// ctrl_tcp (netstring-framed JSON commands, events back the same way);
// started on free 127.0.0.1 ports, stopped by its PID.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.js';

export interface BaresipEvent {
  type: string;
  [key: string]: unknown;
}

export interface Baresip {
  /** Calls `uri` (through the platform: every request goes to Kamailio). */
  dial(uri: string): Promise<void>;
  hangup(): Promise<void>;
  /** What baresip reported so far (CALL_RINGING, CALL_ESTABLISHED, CALL_CLOSED, …). */
  events: BaresipEvent[];
  /** The loudness (RMS, 0…1) of the last `seconds` of what it received. */
  heardRms(seconds: number): Promise<number>;
  stop(): Promise<void>;
}

const netstring = (text: string) => `${Buffer.byteLength(text)}:${text},`;

export async function startBaresip(opts: { user: string; domain: string; proxyPort: number }): Promise<Baresip> {
  const dir = await mkdtemp(path.join(tmpdir(), 'baresip-'));
  const [sipPort, ctrlPort] = [await freePort(), await freePort()];
  await writeFile(
    path.join(dir, 'config'),
    [
      'poll_method epoll',
      `sip_listen 127.0.0.1:${sipPort}`,
      // Opus at 48 kHz: the sine source makes no other rate.
      'audio_source ausine,440',
      // Nothing to play it on: a bridge nobody reads (the sndfile filter still sees every frame).
      'audio_player aubridge,nowhere',
      // WebRTC endpoints require RTP and RTCP on one port.
      'rtcp_mux yes',
      'module_path /usr/lib/baresip/modules',
      'module opus.so',
      'module ausine.so',
      'module aubridge.so',
      'module sndfile.so',
      'module ice.so',
      'module dtls_srtp.so',
      'module_app account.so',
      'module_app menu.so',
      'module_app ctrl_tcp.so',
      `ctrl_tcp_listen 127.0.0.1:${ctrlPort}`,
      `snd_path ${dir}`,
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'accounts'),
    `<sip:${opts.user}@${opts.domain}>;regint=0;medianat=ice;mediaenc=dtls_srtp;outbound="sip:127.0.0.1:${opts.proxyPort};transport=udp"\n`,
  );
  const child: ChildProcess = spawn('baresip', ['-f', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  // ctrl_tcp listens once the modules are loaded.
  let socket: net.Socket | null = null;
  for (let i = 0; i < 50 && !socket; i++) {
    socket = await new Promise<net.Socket | null>((resolve) => {
      const s = net.connect(ctrlPort, '127.0.0.1', () => resolve(s));
      s.once('error', () => resolve(null));
    });
    if (!socket) await new Promise((r) => setTimeout(r, 100));
  }
  if (!socket) throw new Error(`baresip did not start:\n${output}`);
  const events: BaresipEvent[] = [];
  let buffer = '';
  socket.on('data', (d: Buffer) => {
    buffer += d.toString();
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) break;
      const length = Number(buffer.slice(0, colon));
      if (buffer.length < colon + 1 + length + 1) break;
      const body = buffer.slice(colon + 1, colon + 1 + length);
      buffer = buffer.slice(colon + 2 + length);
      const message = JSON.parse(body) as { event?: boolean; type?: string };
      if (message.event && message.type) events.push(message as BaresipEvent);
    }
  });
  const command = (name: string, params = '') => {
    socket!.write(netstring(JSON.stringify({ command: name, params, token: name })));
    return Promise.resolve();
  };

  return {
    dial: (uri) => command('dial', uri),
    hangup: () => command('hangup'),
    events,
    async heardRms(seconds) {
      const file = (await readdir(dir)).filter((f) => f.endsWith('-dec.wav')).sort().at(-1);
      if (!file) return 0;
      const wav = await readFile(path.join(dir, file));
      // 16-bit PCM after a 44-byte header; the rate is in the header (bytes 24–27), channels at 22.
      const rate = wav.readUInt32LE(24);
      const channels = wav.readUInt16LE(22);
      const samples = (wav.length - 44) >> 1;
      const from = Math.max(0, samples - seconds * rate * channels);
      let sum = 0;
      for (let i = from; i < samples; i++) sum += (wav.readInt16LE(44 + i * 2) / 32768) ** 2;
      return samples > from ? Math.sqrt(sum / (samples - from)) : 0;
    },
    async stop() {
      socket?.destroy();
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
