// The relay between workspace windows and the hidden phone window that owns
// the SIP session: a reloaded workspace re-attaches to the live call, commands
// reach the phone window and each gets its own answer, states fan out as
// events, and a missing or vanished phone window answers no_phone instead of
// leaving the workspace waiting.
import { describe, expect, it } from 'vitest';
import type { DeskEvent, PhoneHostRequest, PhoneState } from '../bridge.js';
import { INITIAL_PHONE_STATE } from '../phone-contract.js';
import { parsePhoneCommand } from './phone-command.js';
import { createPhoneRelay } from './phone-relay.js';

const inCall: PhoneState = {
  ...INITIAL_PHONE_STATE,
  line: 'registered',
  calls: [{ id: 'c1', direction: 'inbound', remote: '0701234567', remoteName: null, interactionId: 'ix', status: 'active', muted: false, role: 'main', pending: null, createdAt: 1, answeredAt: 2, endedAt: null, endCause: null }],
};

function setup() {
  const events: DeskEvent[] = [];
  const timers: Array<{ fn: () => void; cleared: boolean }> = [];
  const relay = createPhoneRelay({
    hosted: true,
    emit: (e) => events.push(e),
    setTimer: (fn) => {
      const t = { fn, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as { cleared: boolean }).cleared = true;
    },
  });
  const sent: PhoneHostRequest[] = [];
  return { relay, events, sent, timers, owner: { send: (r: PhoneHostRequest) => sent.push(r) } };
}

describe('the phone relay', () => {
  it('gives a reloaded workspace the live call the phone window last reported', () => {
    const t = setup();
    t.relay.attach(t.owner);
    expect(t.relay.snapshot()).toEqual({ hosted: true, state: null });
    t.relay.publish(inCall);
    // The workspace reloads: nothing of it survives, it asks again and gets the call.
    expect(t.relay.snapshot()).toEqual({ hosted: true, state: inCall });
  });

  it('fans every state out as a phone event', () => {
    const t = setup();
    t.relay.attach(t.owner);
    t.relay.publish(INITIAL_PHONE_STATE);
    t.relay.publish(inCall);
    expect(t.events).toEqual([
      { type: 'phone', state: INITIAL_PHONE_STATE },
      { type: 'phone', state: inCall },
    ]);
  });

  it('sends commands to the phone window and gives each caller its own answer', async () => {
    const t = setup();
    t.relay.attach(t.owner);
    const first = t.relay.command({ kind: 'hold', callId: 'c1' });
    const second = t.relay.command({ kind: 'mute', callId: 'c1', muted: true });
    expect(t.sent).toEqual([
      { id: 1, command: { kind: 'hold', callId: 'c1' } },
      { id: 2, command: { kind: 'mute', callId: 'c1', muted: true } },
    ]);
    t.relay.reply(2, { ok: false, code: 'not_active' });
    t.relay.reply(1, { ok: true, callId: 'c1' });
    await expect(first).resolves.toEqual({ ok: true, callId: 'c1' });
    await expect(second).resolves.toEqual({ ok: false, code: 'not_active' });
    expect(t.timers.every((x) => x.cleared)).toBe(true);
  });

  it('answers no_phone without a phone window, and ignores stray replies', async () => {
    const t = setup();
    await expect(t.relay.command({ kind: 'warmTransferCancel' })).resolves.toEqual({ ok: false, code: 'no_phone' });
    expect(() => t.relay.reply(99, { ok: true })).not.toThrow();
  });

  it('answers no_phone when the phone window does not reply in time', async () => {
    const t = setup();
    t.relay.attach(t.owner);
    const pending = t.relay.command({ kind: 'hangup', callId: 'c1' });
    t.timers[0]?.fn();
    await expect(pending).resolves.toEqual({ ok: false, code: 'no_phone' });
    t.relay.reply(1, { ok: true });
    await expect(pending).resolves.toEqual({ ok: false, code: 'no_phone' });
  });

  it('answers what was in flight and forgets the calls when the phone window goes', async () => {
    const t = setup();
    const detach = t.relay.attach(t.owner);
    t.relay.publish(inCall);
    const pending = t.relay.command({ kind: 'hangup', callId: 'c1' });
    detach();
    await expect(pending).resolves.toEqual({ ok: false, code: 'no_phone' });
    expect(t.relay.snapshot()).toEqual({ hosted: true, state: null });
    // The workspace is told at once, so it does not go on showing the call.
    expect(t.events.at(-1)).toEqual({ type: 'phone', state: { line: 'idle', lineError: null, calls: [], transfer: null, lastEnded: null } });
  });

  it('lets a new phone window take over, and an old window’s late detach changes nothing', async () => {
    const t = setup();
    const detachOld = t.relay.attach(t.owner);
    const sentToNew: PhoneHostRequest[] = [];
    t.relay.attach({ send: (r) => sentToNew.push(r) });
    detachOld();
    t.relay.publish(inCall);
    void t.relay.command({ kind: 'hold', callId: 'c1' });
    expect(sentToNew).toHaveLength(1);
    expect(t.relay.snapshot().state).toEqual(inCall);
  });

  it('says in browser mode that nothing hosts the phone', () => {
    const relay = createPhoneRelay({ hosted: false, emit: () => undefined });
    expect(relay.snapshot()).toEqual({ hosted: false, state: null });
  });
});

describe('parsePhoneCommand', () => {
  it('passes well-formed commands and refuses anything else', () => {
    expect(parsePhoneCommand({ kind: 'dial', target: '0771525525', interactionId: 'cb-1' })).toEqual({ kind: 'dial', target: '0771525525', interactionId: 'cb-1' });
    expect(parsePhoneCommand({ kind: 'dial', target: '0771525525' })).toEqual({ kind: 'dial', target: '0771525525', interactionId: null });
    expect(parsePhoneCommand({ kind: 'blindTransfer', callId: 'c', target: '081234567' })).toEqual({ kind: 'blindTransfer', callId: 'c', target: '081234567' });
    expect(parsePhoneCommand({ kind: 'blindTransfer', callId: 'c', target: 'sip:0771525525@x;xfer=t', toQueue: true })).toEqual({ kind: 'blindTransfer', callId: 'c', target: 'sip:0771525525@x;xfer=t', toQueue: true });
    expect(parsePhoneCommand({ kind: 'mute', callId: 'c', muted: true })).toEqual({ kind: 'mute', callId: 'c', muted: true });
    expect(parsePhoneCommand({ kind: 'warmTransferComplete', extra: 1 })).toEqual({ kind: 'warmTransferComplete' });
    for (const bad of [null, 'hold', {}, { kind: 'hold' }, { kind: 'mute', callId: 'c', muted: 'yes' }, { kind: 'dial', target: 5 }, { kind: 'blindTransfer', callId: 'c', target: 't', toQueue: 'yes' }, { kind: 'dtmf', callId: 'c', tones: 'x'.repeat(65) }, { kind: 'explode' }, { kind: '__proto__' }]) {
      expect(parsePhoneCommand(bad)).toBeNull();
    }
  });
});
