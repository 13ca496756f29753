// The softphone's SIP.js adapter in real Chromium pages, through the
// reference SIP platform (Kamailio) with no backend in the path: each page
// runs the real engine and adapter (the harness in
// renderer/src/features/phone/testing), registers as a member of staff with
// credentials signed as the backend signs them, and one calls the other with
// an X-Interaction-Id, as a colleague's consultation carries it. Asserted
// from what each page shows and from the far end's audio level: the call
// rings with its interaction, is answered by interaction id, audio flows both
// ways, hold silences it and resume brings it back, mute silences the
// adviser, DTMF is accepted, a REFER the far end refuses (an adviser's phone
// moves no call elsewhere) gives the call back, the caller hanging up ends it
// with the right cause, and a rejected call ends as rejected. The full path
// through the backend's routing is tests/e2e/phone-call.e2e.test.ts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sipCredential } from '../../backend/src/phone/secrets.js';
import { startKamailio, type Kamailio } from '../support/kamailio.js';
import { FAKE_MEDIA_ARGS, launchChromium } from './support/browser.js';
import { LOUD, SILENT, harnessCommand as command, harnessLevel as level, harnessState as state, startHarnessServer, until, type HarnessServer } from './support/softphone-harness.js';

const SECRET = 'e2e-softphone-secret-0123456789ab';
let kamailio: Kamailio;
let harness: HarnessServer;
let browser: Browser;

beforeAll(async () => {
  // Nothing here asks the backend (no service number is called): the address only has to be well formed.
  kamailio = await startKamailio({ backendUrl: 'http://127.0.0.1:9', sipSecret: SECRET });
  harness = await startHarnessServer();
  browser = await launchChromium(FAKE_MEDIA_ARGS);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  await kamailio?.stop();
});

/** A member of staff's phone, registered with credentials valid for an hour. */
function open(sipUser: string): Promise<Page> {
  const { authorizationUsername, password } = sipCredential(SECRET, sipUser, new Date(Date.now() + 3_600_000));
  return harness.open(browser, `ws://127.0.0.1:${kamailio.wsPort}`, sipUser, 'localhost', { credentials: { auth: authorizationUsername, password } });
}

describe('the softphone over SIP in Chromium', () => {
  it('rings with the interaction, answers by it, carries audio both ways, holds, mutes, sends DTMF and ends', async () => {
    const adviser = await open('staff-adviser1');
    const caller = await open('staff-caller1');
    await until('both registered', async () => [(await state(adviser)).line, (await state(caller)).line], (l) => l.every((x) => x === 'registered'));

    expect(await command(caller, { kind: 'dial', target: 'staff-adviser1', interactionId: 'ix-42' })).toMatchObject({ ok: true });
    const ringing = await until('the adviser’s phone to ring', () => state(adviser), (s) => s.calls.some((c) => c.status === 'ringing'));
    expect(ringing.calls[0]).toMatchObject({ status: 'ringing', remote: 'staff-caller1', interactionId: 'ix-42' });

    expect(await command(adviser, { kind: 'answerInteraction', interactionId: 'ix-42' })).toMatchObject({ ok: true });
    await until('both sides active', async () => [(await state(adviser)).calls[0]?.status, (await state(caller)).calls[0]?.status], (s) => s.every((x) => x === 'active'));
    await until('audio at the adviser', () => level(adviser), (l) => l > LOUD);
    await until('audio at the caller', () => level(caller), (l) => l > LOUD);

    const callId = (await state(adviser)).calls[0]?.id ?? '';
    expect(await command(adviser, { kind: 'hold', callId })).toMatchObject({ ok: true });
    await until('the call held', () => state(adviser), (s) => s.calls[0]?.status === 'held');
    await until('silence at the caller while held', () => level(caller), (l) => l < SILENT);
    await until('silence at the adviser while held', () => level(adviser), (l) => l < SILENT);
    expect(await command(adviser, { kind: 'dtmf', callId, tones: '1' })).toEqual({ ok: false, code: 'not_active' });

    expect(await command(adviser, { kind: 'resume', callId })).toMatchObject({ ok: true });
    await until('the call resumed', () => state(adviser), (s) => s.calls[0]?.status === 'active');
    await until('audio back at the caller', () => level(caller), (l) => l > LOUD);

    expect(await command(adviser, { kind: 'dtmf', callId, tones: '12#' })).toMatchObject({ ok: true });

    expect(await command(adviser, { kind: 'mute', callId, muted: true })).toMatchObject({ ok: true });
    await until('the caller hears nothing from a muted adviser', () => level(caller), (l) => l < SILENT);
    await until('the adviser still hears the caller', () => level(adviser), (l) => l > LOUD);
    await command(adviser, { kind: 'mute', callId, muted: false });
    await until('the caller hears the adviser again', () => level(caller), (l) => l > LOUD);

    // A transfer the other side refuses gives the adviser the call back as it was.
    expect(await command(adviser, { kind: 'blindTransfer', callId, target: '0771525526' })).toMatchObject({ ok: true });
    const back = await until('the refused transfer to come back', () => state(adviser), (s) => s.calls[0]?.status === 'active' && s.transfer === null);
    expect(back.calls).toHaveLength(1);

    const callerCallId = (await state(caller)).calls[0]?.id ?? '';
    await command(caller, { kind: 'hangup', callId: callerCallId });
    const ended = await until('the call to end at the adviser', () => state(adviser), (s) => s.calls.length === 0 && s.lastEnded !== null);
    expect(ended.lastEnded).toMatchObject({ endCause: 'remote_hangup', interactionId: 'ix-42' });
    expect((await state(caller)).lastEnded?.endCause).toBe('local_hangup');
    await adviser.context().close();
    await caller.context().close();
  }, 90_000);

  it('ends a rejected call as rejected, and a call given up while ringing as canceled', async () => {
    const adviser = await open('staff-adviser2');
    const caller = await open('staff-caller2');
    await until('both registered', async () => [(await state(adviser)).line, (await state(caller)).line], (l) => l.every((x) => x === 'registered'));

    await command(caller, { kind: 'dial', target: 'staff-adviser2' });
    const ringing = await until('ringing', () => state(adviser), (s) => s.calls[0]?.status === 'ringing');
    expect(await command(adviser, { kind: 'hold', callId: ringing.calls[0]?.id })).toEqual({ ok: false, code: 'not_active' });
    await command(adviser, { kind: 'reject', callId: ringing.calls[0]?.id });
    expect((await until('rejected', () => state(adviser), (s) => s.lastEnded !== null)).lastEnded?.endCause).toBe('rejected');
    expect((await until('the caller hears it', () => state(caller), (s) => s.lastEnded !== null)).calls).toEqual([]);

    await command(caller, { kind: 'dial', target: 'staff-adviser2' });
    await until('ringing again', () => state(adviser), (s) => s.calls[0]?.status === 'ringing');
    const outgoing = (await state(caller)).calls[0]?.id;
    await command(caller, { kind: 'hangup', callId: outgoing });
    const gone = await until('given up', () => state(adviser), (s) => s.calls.length === 0 && s.lastEnded?.endCause !== 'rejected');
    expect(gone.lastEnded?.endCause).toBe('canceled');
    await adviser.context().close();
    await caller.context().close();
  }, 60_000);
});
