// The phone end to end through the reference SIP platform: a real Kamailio
// (deploy/kamailio/kamailio.cfg, started by scripts/kamailio/start.sh on free
// 127.0.0.1 ports) in front of a real backend, with sipp as the adviser's
// phone and as the caller. On both dialects; everything started here is
// stopped here, by process id.
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from './support/test-db.js';
import { bearer, createFixture, type Fixture } from './support/app-fixture.js';
import { addAdviser, liveApi } from './support/live-work.js';
import { startKamailio, type Kamailio } from './support/kamailio.js';
import { adviserPhoneScenario, callerScenario, giveUpScenario, refusedCallScenario, registerOpenScenario, registerScenario, ringsOutScenario, runSipp, staffCallScenario, type SippRun } from './support/sipp.js';
import { sipCredential } from '../backend/src/phone/secrets.js';
import { header, registerWsPhone, type WsPhone } from './support/ws-sip-phone.js';

const SECRET = 'integration-sip-secret-0123456789';
// Kamailio checks credential expiry against the real clock, so the backend
// runs on it too; the phone queues are opened round the clock instead.
const ALWAYS = JSON.stringify({
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])),
  exceptions: [],
});

describeEachDialect('phone through Kamailio', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  let kamailio: Kamailio;
  const running: SippRun[] = [];
  const phones: WsPhone[] = [];
  beforeAll(async () => {
    f = await createFixture(dialect, { sipSecret: SECRET, sipDomain: 'localhost' });
    f.deps.clock.now = () => new Date();
    await f.deps.db.kysely.updateTable('queues').set({ hours: ALWAYS, observes_holidays: 0 }).where('channel', '=', 'phone').execute();
    api = liveApi(f);
    await f.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = f.app.server.address() as AddressInfo;
    kamailio = await startKamailio({ backendUrl: `http://127.0.0.1:${port}`, sipSecret: SECRET });
  });
  afterEach(async () => {
    for (const s of running.splice(0)) await s.stop();
    for (const p of phones.splice(0)) await p.close();
  });
  afterAll(async () => {
    await kamailio?.stop();
    await f?.close();
  });

  const sipp = async (scenario: string, opts: Parameters<typeof runSipp>[1]) => {
    const run = await runSipp(scenario, opts);
    running.push(run);
    return run;
  };
  const expectSuccess = async (run: SippRun, what: string) => {
    const code = await run.done;
    if (code !== 0) throw new Error(`${what}: sipp exited ${code}\n${await run.output()}\n--- kamailio\n${kamailio.log().slice(-4000)}`);
  };
  const credentialsOf = async (token: string) => {
    const res = await f.app.inject({ method: 'GET', url: '/v1/phone/credentials', headers: bearer(token) });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json<{ uri: string; domain: string; authorizationUsername: string; password: string }>();
    return { ...c, sipUser: c.uri.slice('sip:'.length, c.uri.indexOf('@')) };
  };
  const register = async (sipUser: string, authUser: string, password: string, expect: 200 | 401 | 403, contactPort = 9) =>
    sipp(registerScenario(expect), { remotePort: kamailio.sipPort, keys: { user: sipUser, domain: 'localhost', contact_port: String(contactPort) }, authUser, authPassword: password, timeoutSeconds: 10 });
  const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> => {
    const deadline = Date.now() + 8000;
    for (;;) {
      const v = await read();
      if (ok(v)) return v;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)}\n--- kamailio\n${kamailio.log().slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const callRow = (interactionId: string) => f.deps.db.kysely.selectFrom('phone_calls').selectAll().where('interaction_id', '=', interactionId).executeTakeFirst();
  const latestPhoneInteraction = () =>
    f.deps.db.kysely.selectFrom('interactions').selectAll().where('channel', '=', 'phone').orderBy('arrived_at', 'desc').executeTakeFirst();

  it('registers a staff phone with the backend\'s credentials, and refuses a wrong password (401) and an expired credential (403)', async () => {
    const desk = await addAdviser(f, 'Reg');
    const c = await credentialsOf(desk.token);
    await expectSuccess(await register(c.sipUser, c.authorizationUsername, c.password, 200), 'valid credentials');
    await expectSuccess(await register(c.sipUser, c.authorizationUsername, `${c.password.slice(0, -2)}xx`, 401), 'wrong password');
    const expired = sipCredential(SECRET, c.sipUser, new Date(Date.now() - 60_000));
    await expectSuccess(await register(c.sipUser, expired.authorizationUsername, expired.password, 403), 'expired credential');
    // Another adviser's valid credentials do not register this one's phone.
    const other = await credentialsOf((await addAdviser(f, 'Other')).token);
    await expectSuccess(await register(c.sipUser, other.authorizationUsername, other.password, 403), 'someone else\'s credentials');
  });

  it('rings the adviser the backend routes the call to (with X-Interaction-Id); the answer is the acceptance; the caller\'s hang-up starts wrap-up', async () => {
    const anna = await addAdviser(f, 'Anna');
    const c = await credentialsOf(anna.token);
    const phone = await sipp(adviserPhoneScenario(), { timeoutSeconds: 25 });
    await expectSuccess(await register(c.sipUser, c.authorizationUsername, c.password, 200, phone.port), 'register');
    await api.ready(anna);

    const started = Date.now();
    const caller = await sipp(callerScenario(1500), { remotePort: kamailio.sipPort, keys: { dialled: '0771525525', caller: '0701112233' }, timeoutSeconds: 25 });
    await expectSuccess(caller, 'caller');
    await expectSuccess(phone, 'adviser phone');

    const row = await until(latestPhoneInteraction, (r) => r?.state === 'wrap_up', 'interaction in wrap-up');
    expect(row).toMatchObject({ queue_id: 'phone-sv', adviser_id: anna.id, from_address: '+46701112233', end_reason: 'caller_hung_up' });
    expect(await phone.output()).toContain(`X-Interaction-Id=${row!.id}`);
    // The timestamps follow the call: answered after it arrived, wrap-up after the caller talked for 1.5 s.
    const arrived = Date.parse(row!.arrived_at);
    const accepted = Date.parse(row!.accepted_at!);
    const wrapUp = Date.parse(row!.wrap_up_at!);
    expect(arrived).toBeGreaterThanOrEqual(started);
    expect(accepted).toBeGreaterThanOrEqual(arrived + 250); // the phone rang 300 ms before it was answered
    expect(wrapUp - accepted).toBeGreaterThanOrEqual(1400);
    expect(wrapUp - accepted).toBeLessThan(5000);
    expect(await callRow(row!.id)).toMatchObject({ state: 'ended', answered_by: anna.id, ended_by: 'caller' });
    expect((await api.presence(anna.id)).state).toBe('wrap_up');
    expect(await api.steps(row!.id)).toEqual(['queued', 'offered', 'phone_ringing', 'accepted', 'wrap_up']);
  });

  it('counts a caller who hangs up while waiting in line as abandoned', async () => {
    // Nobody is ready: the call waits, Kamailio asking the backend every second.
    await f.deps.db.kysely.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
    const caller = await sipp(giveUpScenario(2500), { remotePort: kamailio.sipPort, keys: { dialled: '0771525526', caller: '0701112299' }, timeoutSeconds: 20 });
    await expectSuccess(caller, 'caller who gives up');
    const row = await until(latestPhoneInteraction, (r) => r?.state === 'abandoned', 'abandoned');
    expect(row).toMatchObject({ queue_id: 'phone-en', end_reason: 'caller_hung_up', adviser_id: null });
    expect(Date.parse(row!.ended_at!) - Date.parse(row!.arrived_at)).toBeGreaterThanOrEqual(2000);
    expect(await callRow(row!.id)).toMatchObject({ state: 'ended', ended_by: 'caller', end_cause: 'cancelled' });
  });

  it('books a callback for a caller who gives up waiting after asking for one, and none for one who did not ask', async () => {
    await f.deps.db.kysely.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
    const caller = await sipp(giveUpScenario(1500, { callbackOptIn: true }), { remotePort: kamailio.sipPort, keys: { dialled: '0771525525', caller: '0701112288' }, timeoutSeconds: 20 });
    await expectSuccess(caller, 'caller who gives up, asking for a callback');
    const row = await until(latestPhoneInteraction, (r) => r?.state === 'abandoned' && r.from_address === '+46701112288', 'abandoned');
    expect(await callRow(row!.id)).toMatchObject({ callback_opt_in: 1 });
    const booked = await until(
      () => f.deps.db.kysely.selectFrom('callback_requests as r').innerJoin('interactions as i', 'i.id', 'r.interaction_id').select(['i.from_address', 'i.language', 'i.state']).where('r.after_interaction_id', '=', row!.id).execute(),
      (rows) => rows.length === 1,
      'the callback booked',
    );
    expect(booked).toEqual([{ from_address: '+46701112288', language: 'sv', state: 'queued' }]);

    // Without the header: abandoned, and no callback.
    const plain = await sipp(giveUpScenario(1500), { remotePort: kamailio.sipPort, keys: { dialled: '0771525525', caller: '0701112277' }, timeoutSeconds: 20 });
    await expectSuccess(plain, 'caller who gives up');
    const other = await until(latestPhoneInteraction, (r) => r?.state === 'abandoned' && r.from_address === '+46701112277', 'abandoned');
    expect(await callRow(other!.id)).toMatchObject({ callback_opt_in: 0 });
    expect(await f.deps.db.kysely.selectFrom('callback_requests').select('interaction_id').where('after_interaction_id', '=', other!.id).execute()).toEqual([]);
  });

  it('rings a softphone registered over WebSocket; its rejection puts the call back in line and the next adviser\'s phone rings', async () => {
    await f.deps.db.kysely.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
    const bo = await addAdviser(f, 'Bo');
    const boPhone = await registerWsPhone(`ws://127.0.0.1:${kamailio.wsPort}`, await credentialsOf(bo.token));
    phones.push(boPhone);
    const anna = await addAdviser(f, 'Anna');
    const c = await credentialsOf(anna.token);
    const annaPhone = await sipp(adviserPhoneScenario(), { timeoutSeconds: 25 });
    await expectSuccess(await register(c.sipUser, c.authorizationUsername, c.password, 200, annaPhone.port), 'register');
    await api.ready(bo);

    const caller = await sipp(callerScenario(1000), { remotePort: kamailio.sipPort, keys: { dialled: '0771525525', caller: '0701112244' }, timeoutSeconds: 25 });
    await until(async () => boPhone.invites.length, (n) => n === 1, 'INVITE over WebSocket');
    const row = (await latestPhoneInteraction())!;
    expect(header(boPhone.invites[0]!, 'X-Interaction-Id')).toBe(row.id);
    expect(row).toMatchObject({ state: 'offered', offered_to: bo.id });
    await api.ready(anna);
    boPhone.reply(486, 'Busy Here');

    await expectSuccess(caller, 'caller');
    await expectSuccess(annaPhone, 'second adviser\'s phone');
    const done = await until(async () => api.interaction(row.id), (r) => r.state === 'wrap_up', 'wrap-up');
    expect(done).toMatchObject({ adviser_id: anna.id, end_reason: 'caller_hung_up' });
    expect(await api.steps(row.id)).toEqual(['queued', 'offered', 'declined', 'offered', 'phone_ringing', 'accepted', 'wrap_up']);
    // Declining is the adviser's choice: Bo stays ready.
    expect((await api.presence(bo.id)).intent).toBe('ready');
  });

  it('relays a staff member\'s authenticated call to a registered phone number (a partner), refuses a wrong password (407 again) and an unknown number (404)', async () => {
    const partnerNumber = '0101234567';
    const partnerPhone = await sipp(adviserPhoneScenario({ interactionId: false }), { timeoutSeconds: 20 });
    await expectSuccess(await sipp(registerOpenScenario(), { remotePort: kamailio.sipPort, keys: { user: partnerNumber, domain: 'localhost', contact_port: String(partnerPhone.port) }, timeoutSeconds: 10 }), 'partner registers');
    const c = await credentialsOf((await addAdviser(f, 'Dag')).token);
    const keys = (dialled: string) => ({ user: c.sipUser, domain: 'localhost', dialled });
    const call = (answer: number, dialled: string, password = c.password) =>
      sipp(staffCallScenario(answer), { remotePort: kamailio.sipPort, keys: keys(dialled), authUser: c.authorizationUsername, authPassword: password, timeoutSeconds: 15 });
    await expectSuccess(await call(200, partnerNumber), 'call to the partner');
    await expectSuccess(partnerPhone, 'partner\'s phone');
    await expectSuccess(await call(404, '0109999999'), 'call to an unregistered number');
    await expectSuccess(await call(407, partnerNumber, 'not-the-password'), 'wrong password');
  });

  it('opens its WebSocket only to the workstation\'s pages: another web origin is refused (403)', async () => {
    const upgrade = (origin: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${kamailio.wsPort}`, 'sip', { origin });
        ws.once('open', () => {
          ws.close();
          resolve(101);
        });
        ws.once('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
          ws.terminate();
        });
        ws.once('error', () => undefined);
      });
    expect(await upgrade('https://evil.example')).toBe(403);
    expect(await upgrade('http://127.0.0.1:5180')).toBe(101);
    expect(await upgrade('app://desk')).toBe(101);
  });

  it('refuses a phone-number endpoint that registers as a service number, in national or E.164 form (403)', async () => {
    for (const user of ['0771525525', '+46771525525', '+46771525526']) {
      await expectSuccess(await sipp(registerOpenScenario(403), { remotePort: kamailio.sipPort, keys: { user, domain: 'localhost', contact_port: '5999' }, timeoutSeconds: 10 }), `${user} refused`);
    }
  });

  it('tells a caller the line is closed (480) while the queue is closed, and queues nothing', async () => {
    const closed = JSON.stringify({ weekly: {}, exceptions: [] });
    await f.deps.db.kysely.updateTable('queues').set({ hours: closed }).where('id', '=', 'phone-sv').execute();
    try {
      const before = (await latestPhoneInteraction())?.id;
      await expectSuccess(await sipp(refusedCallScenario(480), { remotePort: kamailio.sipPort, keys: { dialled: '0771525525', caller: '0701112255' }, timeoutSeconds: 10 }), 'caller');
      expect((await latestPhoneInteraction())?.id).toBe(before);
    } finally {
      await f.deps.db.kysely.updateTable('queues').set({ hours: ALWAYS }).where('id', '=', 'phone-sv').execute();
    }
  });

  it('stops ringing a phone nobody picks up when the offer runs out: the adviser is missed (not ready), the call back in line', async () => {
    await f.deps.db.kysely.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
    // A short offer time, so the phone rings out in about two seconds.
    await f.deps.db.kysely.updateTable('queues').set({ offer_timeout_seconds: 3 }).where('id', '=', 'phone-en').execute();
    try {
      const eve = await addAdviser(f, 'Eve');
      const c = await credentialsOf(eve.token);
      const phone = await sipp(ringsOutScenario(), { timeoutSeconds: 20 });
      await expectSuccess(await register(c.sipUser, c.authorizationUsername, c.password, 200, phone.port), 'register');
      await api.ready(eve);
      const caller = await sipp(giveUpScenario(6000), { remotePort: kamailio.sipPort, keys: { dialled: '0771525526', caller: '0701112266' }, timeoutSeconds: 20 });
      await expectSuccess(phone, 'the phone that rang out');
      const row = (await latestPhoneInteraction())!;
      await until(async () => api.presence(eve.id), (p) => p.intent === 'not_ready', 'missed');
      expect(await api.presence(eve.id)).toMatchObject({ intent: 'not_ready', reason: 'missed' });
      expect((await api.steps(row.id)).slice(0, 4)).toEqual(['queued', 'offered', 'phone_ringing', 'offer_expired']);
      await expectSuccess(caller, 'caller who then gives up');
      expect((await until(async () => api.interaction(row.id), (r) => r.state === 'abandoned', 'abandoned')).end_reason).toBe('caller_hung_up');
    } finally {
      await f.deps.db.kysely.updateTable('queues').set({ offer_timeout_seconds: 20 }).where('id', '=', 'phone-en').execute();
    }
  });

  it('passes the caller\'s hang-up on to the ringing phone and counts the call abandoned, the adviser free again', async () => {
    await f.deps.db.kysely.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
    const fay = await addAdviser(f, 'Fay');
    const c = await credentialsOf(fay.token);
    const phone = await sipp(ringsOutScenario(), { timeoutSeconds: 20 });
    await expectSuccess(await register(c.sipUser, c.authorizationUsername, c.password, 200, phone.port), 'register');
    await api.ready(fay);
    const caller = await sipp(giveUpScenario(2500), { remotePort: kamailio.sipPort, keys: { dialled: '0771525525', caller: '0701112277' }, timeoutSeconds: 20 });
    await expectSuccess(caller, 'caller who gives up while it rings');
    await expectSuccess(phone, 'the phone, cancelled');
    const row = await until(latestPhoneInteraction, (r) => r?.state === 'abandoned', 'abandoned');
    expect(row).toMatchObject({ end_reason: 'caller_hung_up', adviser_id: null });
    expect(await api.steps(row!.id)).toEqual(['queued', 'offered', 'phone_ringing', 'abandoned']);
    expect((await api.presence(fay.id)).state).toBe('ready');
  });

  it('tells who hung up: the adviser\'s BYE ends the call into wrap-up as ended by the adviser', async () => {
    await f.deps.db.kysely.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
    const gus = await addAdviser(f, 'Gus');
    const c = await credentialsOf(gus.token);
    const phone = await sipp(adviserPhoneScenario({ hangUpAfterMs: 1000 }), { timeoutSeconds: 20 });
    await expectSuccess(await register(c.sipUser, c.authorizationUsername, c.password, 200, phone.port), 'register');
    await api.ready(gus);
    const caller = await sipp(callerScenario('adviser hangs up'), { remotePort: kamailio.sipPort, keys: { dialled: '0771525525', caller: '0701112288' }, timeoutSeconds: 20 });
    await expectSuccess(phone, 'adviser who hangs up');
    await expectSuccess(caller, 'caller');
    const row = await until(latestPhoneInteraction, (r) => r?.state === 'wrap_up', 'wrap-up');
    expect(row).toMatchObject({ adviser_id: gus.id, end_reason: 'adviser' });
    expect(await callRow(row!.id)).toMatchObject({ ended_by: 'adviser' });
  });

  const answeredCall = async (callerNumber: string, before: string | undefined) =>
    (await until(latestPhoneInteraction, (r) => r !== undefined && r.id !== before && r.from_address === `+46${callerNumber.slice(1)}` && r.state === 'active', `call from ${callerNumber} answered`))!;
  const wsAdviser = async (name: string) => {
    const desk = await addAdviser(f, name);
    const phone = await registerWsPhone(`ws://127.0.0.1:${kamailio.wsPort}`, await credentialsOf(desk.token));
    phones.push(phone);
    await api.ready(desk);
    return { desk, phone };
  };
  const answerOnWs = async (phone: WsPhone) => {
    await until(async () => phone.invites.length, (n) => n === 1, 'INVITE over WebSocket');
    phone.answer();
    await until(async () => phone.inDialog.filter((m) => m.firstLine.startsWith('ACK ')).length, (n) => n === 1, 'ACK over WebSocket');
  };
  const callerOpts = (caller: string) => ({ remotePort: kamailio.sipPort, keys: { dialled: '0771525525', caller }, timeoutSeconds: 100 });
  const platformEnds = (callId: string) => kamailio.log().split(`call ${callId} ended by the platform`).length - 1;
  /** The call ended by the platform with this cause, reported once, into wrap-up; its wrap-up time. */
  const expectEndedByPlatform = async (interactionId: string, adviserId: string, cause: string) => {
    const row = await until(async () => api.interaction(interactionId), (r) => r.state === 'wrap_up', `wrap-up (${cause})`);
    expect(row).toMatchObject({ adviser_id: adviserId, end_reason: `platform_${cause}` });
    const phoneCall = await callRow(interactionId);
    expect(phoneCall).toMatchObject({ state: 'ended', ended_by: 'platform', end_cause: cause });
    expect(await api.steps(interactionId)).toEqual(['queued', 'offered', 'phone_ringing', 'accepted', 'wrap_up']);
    // Once, from the dialog's timeout: the BYEs the platform then sent are nobody's hang-up.
    expect(platformEnds(phoneCall!.call_id)).toBe(1);
    return { talkedMs: Date.parse(row.wrap_up_at!) - Date.parse(row.accepted_at!), wrapUpAt: Date.parse(row.wrap_up_at!) };
  };

  it('ends an answered call at once when the softphone\'s connection closes without a BYE (a crashed browser): BYE to the caller, wrap-up ended by the platform', async () => {
    await f.deps.db.kysely.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
    const vera = await wsAdviser('Vera');
    const caller = await sipp(callerScenario('adviser hangs up'), { ...callerOpts('0701113300'), timeoutSeconds: 20 });
    await answerOnWs(vera.phone);
    const call = await answeredCall('0701113300', undefined);
    const vanished = Date.now();
    vera.phone.vanish();
    await expectSuccess(caller, 'caller whose adviser vanished');
    const { wrapUpAt } = await expectEndedByPlatform(call.id, vera.desk.id, 'connection_lost');
    expect(wrapUpAt - vanished).toBeLessThan(5000);
  });

  // The keepalives run at the dialog module's shortest interval (30 s), and
  // a missed one takes 10 s to time out and 10 s more to end the call: so
  // the three calls run side by side, one test of about a minute.
  it('ends an answered call whose phone stopped answering keepalives: BYE to the other side, wrap-up ended by the platform; a healthy call carries on', async () => {
    await f.deps.db.kysely.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();

    // 1. The caller (UDP) vanishes; the adviser's phone stays on.
    const walt = await addAdviser(f, 'Walt');
    const c = await credentialsOf(walt.token);
    const waltPhone = await sipp(adviserPhoneScenario(), { timeoutSeconds: 100 });
    await expectSuccess(await register(c.sipUser, c.authorizationUsername, c.password, 200, waltPhone.port), 'register');
    await api.ready(walt);
    const caller1 = await sipp(callerScenario(120_000), callerOpts('0701113301'));
    const call1 = await answeredCall('0701113301', undefined);
    await caller1.kill();

    // 2. The adviser's softphone hangs, its connection still open; the caller stays on.
    const ida = await wsAdviser('Ida');
    const caller2 = await sipp(callerScenario('adviser hangs up'), callerOpts('0701113302'));
    await answerOnWs(ida.phone);
    const call2 = await answeredCall('0701113302', call1.id);
    ida.phone.freeze();

    // 3. Both sides answer the keepalives; the caller hangs up after 55 s,
    // once the others were ended (and before a second keepalive).
    const hugo = await wsAdviser('Hugo');
    const caller3 = await sipp(callerScenario(55_000), callerOpts('0701113303'));
    await answerOnWs(hugo.phone);
    const call3 = await answeredCall('0701113303', call2.id);

    // The survivors of 1 and 2 hear the platform's BYE; 3 ends as its caller hangs up.
    await expectSuccess(waltPhone, 'adviser whose caller vanished');
    await expectSuccess(caller2, 'caller whose adviser hung');
    await expectSuccess(caller3, 'caller of the healthy call');

    let lastEnded = 0;
    for (const [call, adviser] of [[call1, walt], [call2, ida.desk]] as const) {
      const { talkedMs, wrapUpAt } = await expectEndedByPlatform(call.id, adviser.id, 'keepalive_failed');
      // Noticed within a minute of the answer: the first keepalive at 30 s, 10 s to fail, 10 s to end.
      expect(talkedMs).toBeGreaterThanOrEqual(40_000);
      expect(talkedMs).toBeLessThan(60_000);
      lastEnded = Math.max(lastEnded, wrapUpAt);
    }

    const healthy = await until(async () => api.interaction(call3.id), (r) => r.state === 'wrap_up', 'wrap-up of the healthy call');
    expect(healthy).toMatchObject({ adviser_id: hugo.desk.id, end_reason: 'caller_hung_up' });
    const healthyCall = await callRow(call3.id);
    expect(healthyCall).toMatchObject({ ended_by: 'caller', end_cause: null });
    expect(platformEnds(healthyCall!.call_id)).toBe(0);
    // It outlived the others' detection, and was kept alive rather than
    // left alone: the softphone answered the platform's keepalive.
    expect(Date.parse(healthy.wrap_up_at!)).toBeGreaterThan(lastEnded);
    expect(hugo.phone.inDialog.map((m) => m.firstLine.split(' ')[0])).toEqual(['ACK', 'OPTIONS', 'BYE']);
  }, 150_000);
});
