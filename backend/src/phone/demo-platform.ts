// The demo's phone (npm start only, never a server deployment): a SIP secret
// kept in the data directory, and the reference SIP platform started beside
// the backend when Kamailio is installed, so a softphone can register at once.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';

const START = fileURLToPath(new URL('../../../scripts/kamailio/start.sh', import.meta.url));

/** SIP_SECRET as given, or the demo's own (made once, kept with the demo data so restarts keep it). */
export function demoSipSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.SIP_SECRET) return env.SIP_SECRET;
  const file = path.join(dataDir, 'sip-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

const kamailioInstalled = () => ['/usr/sbin/kamailio', '/usr/local/sbin/kamailio'].some((p) => existsSync(p));

/** Starts Kamailio for the demo when it is installed; stops it when the backend exits. Returns a line for the console. */
export function startDemoPlatform(config: Config, backendUrl: string): string {
  const numbers = config.serviceNumbers.map((n) => `${n.number} (${n.queueId})`).join(', ');
  const manual = `SIP_SECRET=<see ${path.join(config.dataDir, 'sip-secret')}> scripts/kamailio/start.sh`;
  if (!kamailioInstalled()) return `Phone: Kamailio is not installed (apt-get install kamailio kamailio-websocket-modules kamailio-utils-modules kamailio-tls-modules); then ${manual}`;
  let child: ChildProcess;
  try {
    child = spawn('bash', [START], {
      env: {
        ...process.env,
        SIP_SECRET: config.sipSecret,
        SIP_DOMAIN: config.sipDomain,
        SIP_WS_URL: config.sipWsUrl,
        SERVICE_NUMBERS: config.serviceNumbers.map((n) => `${n.number}=${n.queueId}`).join(','),
        BACKEND_URL: backendUrl,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (err) {
    return `Phone: Kamailio did not start (${String(err)}); start it by hand: ${manual}`;
  }
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors = (errors + d.toString()).slice(-2000)));
  child.once('exit', (code) => {
    if (code) console.error(`The SIP platform (Kamailio) stopped (exit ${code}); is ${config.sipWsUrl} or SIP port ${process.env.KAMAILIO_SIP_PORT || 5060} taken?\n${errors.split('\n').filter((l) => /ERROR|CRITICAL/.test(l)).slice(-5).join('\n')}`);
  });
  // The backend's own shutdown (SIGINT/SIGTERM) exits the process: Kamailio goes with it.
  process.once('exit', () => child.kill('SIGTERM'));
  return `Phone: SIP platform (Kamailio) on sip:127.0.0.1:${process.env.KAMAILIO_SIP_PORT || 5060} and ${config.sipWsUrl}, service numbers ${numbers}`;
}
