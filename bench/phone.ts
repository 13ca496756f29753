// Call set-up and answer-to-audio through the reference SIP platform, on
// loopback: Kamailio (deploy/kamailio, started as in development), the
// backend (SQLite, its live timers on, as a server runs) and two Chromium
// pages running the workstation's own SIP stack with fake media — the
// consumer's phone on the platform's stand-in for the telephone network, and
// the adviser's softphone registered with the credentials the backend issued.
//
// Per call, from the pages' own clocks (one machine, one clock):
//   - set-up: the caller's INVITE leaving → the adviser's phone ringing;
//   - answer → audio: the adviser answering → the caller's WebRTC stats
//     first counting received audio energy (sampled every 5 ms in the page).
// Two kinds of call, alternating, 50 each by default:
//   - routed: to the service number, queued, offered by the routing engine
//     to the one ready adviser, rung by the platform (it asks the backend
//     whom to ring once a second — the bulk of the set-up time);
//   - direct (the baseline): to the adviser's SIP address, relayed by the
//     same Kamailio with no backend in the path.
//
//   npm run bench:phone   (CALLS=50 to change; runs in a private network namespace like the tests)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { startKamailio } from '../tests/support/kamailio.js';
import { freePort } from '../tests/support/free-port.js';
import { startBackend } from '../tests/e2e/support/backend.js';
import { FAKE_MEDIA_ARGS, launchChromium } from '../tests/e2e/support/browser.js';
import { harnessCommand, harnessState, startHarnessServer, until } from '../tests/e2e/support/softphone-harness.js';
import { percentiles, table } from './desk-stats.js';

const CALLS = Number(process.env.CALLS ?? 50);
const SERVICE_NUMBER = '0771525525';
const CALLER = '+46701234567';
const SECRET = 'bench-phone-secret-0123456789abcdef';

/** Keeps every RTCPeerConnection the page makes in window.__pcs. */
const RECORD_PEER_CONNECTIONS = `(() => {
  const Original = window.RTCPeerConnection;
  const pcs = (window.__pcs = []);
  window.RTCPeerConnection = class extends Original {
    constructor(...args) { super(...args); pcs.push(this); }
  };
})();`;

/**
 * In the caller's page: resolves with the wall-clock time the newest call
 * first receives audio energy. A string, not a function: tsx names inner
 * functions with a helper that does not exist in the page.
 */
const FIRST_AUDIO = `new Promise((resolve, reject) => {
  const pc = window.__pcs[window.__pcs.length - 1];
  if (!pc) return reject(new Error('no peer connection'));
  const started = Date.now();
  const look = async () => {
    let energy = 0;
    (await pc.getStats()).forEach((r) => {
      if (r.type === 'inbound-rtp' && r.kind === 'audio') energy += r.totalAudioEnergy || 0;
    });
    if (energy > 0) resolve(Date.now());
    else if (Date.now() - started > 10000) reject(new Error('no audio within 10 s'));
    else setTimeout(look, 5);
  };
  look();
})`;

const firstAudio = (page: Page): Promise<number> => page.evaluate(FIRST_AUDIO) as Promise<number>;

interface Sample {
  setupMs: number;
  answerToAudioMs: number;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halla-bench-phone-'));
  const port = await freePort();
  const kamailio = await startKamailio({ backendUrl: `http://127.0.0.1:${port}`, sipSecret: SECRET });
  const wsUrl = `ws://127.0.0.1:${kamailio.wsPort}`;
  const backend = await startBackend(dir, 0, { liveTimers: true, port, env: { SIP_SECRET: SECRET, SIP_WS_URL: wsUrl } });
  const harness = await startHarnessServer();
  const browser = await launchChromium(FAKE_MEDIA_ARGS);
  try {
    const adviserToken = await backend.tokenFor('adviser');
    const lead = await backend.tokenFor('teamlead');
    const call = async (token: string, method: string, url: string, body?: object) => {
      const res = await fetch(`${backend.url}${url}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : ((await res.json()) as unknown);
    };
    // Open round the clock, whatever the hour the benchmark runs at.
    const allDay = [['00:00', '24:00']];
    const queues = (await call(lead, 'GET', '/v1/queues')) as Array<{ id: string; version: number }>;
    await call(lead, 'PATCH', '/v1/queues/phone-sv', {
      version: queues.find((q) => q.id === 'phone-sv')?.version,
      offerTimeoutSeconds: 60,
      hours: { weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay }, exceptions: [] },
    });
    const credentials = (await call(adviserToken, 'GET', '/v1/phone/credentials')) as { uri: string; authorizationUsername: string; password: string };
    const sipUser = /^sip:([^@]+)@/.exec(credentials.uri)![1]!;

    const adviser = await harness.open(browser, wsUrl, sipUser, 'localhost', { credentials: { auth: credentials.authorizationUsername, password: credentials.password } });
    const caller = await harness.open(browser, wsUrl, CALLER, 'localhost', { initScript: RECORD_PEER_CONNECTIONS });
    await until('both phones registered', async () => [(await harnessState(adviser)).line, (await harnessState(caller)).line], (l) => l.every((x) => x === 'registered'), 20_000);
    // The adviser's presence needs a live connection as the workstation keeps one; the routed calls need the adviser ready.
    const live = new WebSocket(`${backend.url.replace('http', 'ws')}/v1/live`, { headers: { authorization: `Bearer ${adviserToken}` } });
    await new Promise((resolve, reject) => {
      live.once('open', resolve);
      live.once('error', reject);
    });

    const samples: Record<'routed' | 'direct', Sample[]> = { routed: [], direct: [] };
    for (let i = 0; i < CALLS * 2; i++) {
      const kind = i % 2 === 0 ? 'routed' : 'direct';
      if (kind === 'routed') await call(adviserToken, 'POST', '/v1/presence', { intent: 'ready' });
      const before = Date.now();
      await harnessCommand(caller, { kind: 'dial', target: kind === 'routed' ? SERVICE_NUMBER : sipUser });
      const outgoing = (await until('the call placed', () => harnessState(caller), (s) => s.calls.length === 1)).calls[0]!;
      const ringing = (await until('the adviser’s phone ringing', () => harnessState(adviser), (s) => s.calls[0]?.status === 'ringing', 20_000)).calls[0]!;
      const incoming = ringing as typeof ringing & { createdAt: number };
      const placedAt = (outgoing as typeof outgoing & { createdAt: number }).createdAt ?? before;
      const audio = firstAudio(caller);
      await harnessCommand(adviser, { kind: 'answer', callId: ringing.id });
      const answered = (await until('answered', () => harnessState(adviser), (s) => s.calls[0]?.status === 'active')).calls[0] as typeof ringing & { answeredAt: number };
      const heard = await audio;
      samples[kind].push({ setupMs: incoming.createdAt - placedAt, answerToAudioMs: heard - answered.answeredAt });
      await harnessCommand(caller, { kind: 'hangup', callId: outgoing.id });
      await until('both phones idle', async () => [(await harnessState(adviser)).calls.length, (await harnessState(caller)).calls.length], (n) => n.every((x) => x === 0));
      if (kind === 'routed') {
        // Wrap-up done at once, so the next routed call finds the adviser free.
        const work = (await call(adviserToken, 'GET', '/v1/work')) as { interactions: Array<{ id: string; state: string }> };
        for (const w of work.interactions.filter((x) => x.state === 'wrap_up')) await call(adviserToken, 'POST', `/v1/interactions/${w.id}/complete`, {});
      }
    }
    live.close();

    const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
    const rows = (['routed', 'direct'] as const).map((kind) => {
      const setup = percentiles(samples[kind].map((s) => s.setupMs));
      const audio = percentiles(samples[kind].map((s) => s.answerToAudioMs));
      return [
        kind === 'routed' ? 'routed: service number → queue → backend → adviser' : 'direct (baseline): Kamailio relays to the adviser',
        String(samples[kind].length),
        `${fmt(setup.p50)} / ${fmt(setup.p95)} / ${fmt(setup.max)}`,
        `${fmt(audio.p50)} / ${fmt(audio.p95)} / ${fmt(audio.max)}`,
      ];
    });
    console.log(`\n${CALLS} calls of each kind, alternating; loopback, ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)}), Node ${process.version}`);
    console.log(table(['calls', 'n', 'set-up (INVITE → ringing) p50 / p95 / max ms', 'answer → audio p50 / p95 / max ms'], rows));
    const p95 = percentiles(samples.routed.map((s) => s.answerToAudioMs)).p95;
    console.log(`target answer → audio p95 ≤ 500 ms (routed calls): ${p95 <= 500 ? 'met' : 'NOT met'} (${fmt(p95)} ms)`);
  } finally {
    await browser.close();
    await harness.close();
    await backend.stop();
    await kamailio.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
