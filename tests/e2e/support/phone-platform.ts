// The phone's back end for an end-to-end test: Kamailio (the reference SIP
// platform) and the backend with its live timers, each told where the other
// is, on the real clock (the platform checks the softphones' credentials
// against it), with the Swedish phone queue open round the clock (the test
// runs at any hour) and an offer and a wrap-up long enough that a slow
// machine does not see them run out under it.
import { expect } from 'vitest';
import { freePort } from '../../support/free-port.js';
import { startKamailio, type Kamailio } from '../../support/kamailio.js';
import { startBackend, type E2eBackend } from './backend.js';

export const SERVICE_NUMBER = '0771525525';
const SIP_SECRET = 'e2e-phone-secret-0123456789abcdef';

export interface PhonePlatform {
  kamailio: Kamailio;
  backend: E2eBackend;
  /** The platform's SIP-over-WebSocket address for the softphones. */
  wsUrl: string;
  stop(): Promise<void>;
}

export async function startPhonePlatform(backendDir: string, seedCases: number): Promise<PhonePlatform> {
  const port = await freePort();
  const kamailio = await startKamailio({ backendUrl: `http://127.0.0.1:${port}`, sipSecret: SIP_SECRET });
  const wsUrl = `ws://127.0.0.1:${kamailio.wsPort}`;
  const backend = await startBackend(backendDir, seedCases, { liveTimers: true, port, env: { SIP_SECRET, SIP_WS_URL: wsUrl } });
  const allDay = [['00:00', '24:00']];
  const hours = { weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay }, exceptions: [] };
  const lead = await backend.tokenFor('teamlead');
  const queues = (await (await fetch(`${backend.url}/v1/queues`, { headers: { authorization: `Bearer ${lead}` } })).json()) as Array<{ id: string; version: number }>;
  const queue = queues.find((q) => q.id === 'phone-sv');
  const patched = await fetch(`${backend.url}/v1/queues/phone-sv`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${lead}`, 'content-type': 'application/json' },
    body: JSON.stringify({ version: queue?.version, offerTimeoutSeconds: 60, wrapUpSeconds: 900, hours }),
  });
  expect(patched.status, await patched.text()).toBe(200);
  return {
    kamailio,
    backend,
    wsUrl,
    async stop() {
      await backend.stop();
      await kamailio.stop();
    },
  };
}
