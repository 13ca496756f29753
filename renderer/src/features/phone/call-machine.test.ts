// The softphone's rules without SIP: each command on each kind of call, the
// refusals (and that a refusal changes nothing and sends nothing), and what
// SIP events do to the calls — including both ways a transfer can end.
import { describe, expect, it } from 'vitest';
import { apply, decide, type MachineContext } from './call-machine';
import { INITIAL_PHONE_STATE, type PhoneCommand, type PhoneState, type SipEvent } from './call-types';

let ids = 0;
const ctx = (now = 1_000): MachineContext => ({ now, newId: () => `out-${++ids}` });

function run(state: PhoneState, ...events: SipEvent[]): PhoneState {
  return events.reduce((s, e) => apply(s, e, 2_000).state, state);
}

const registered = run(INITIAL_PHONE_STATE, { type: 'registering' }, { type: 'registered' });
const ringing = run(registered, { type: 'incoming', callId: 'in-1', remote: '0701234567', remoteName: null, interactionId: 'ix-1' });
const active = run(decide(ringing, { kind: 'answer', callId: 'in-1' }, ctx()).state, { type: 'established', callId: 'in-1' });
const held = run(decide(active, { kind: 'hold', callId: 'in-1' }, ctx()).state, { type: 'held', callId: 'in-1', held: true });

function refused(state: PhoneState, command: PhoneCommand, code: string) {
  const d = decide(state, command, ctx());
  expect(d.result).toEqual({ ok: false, code });
  expect(d.effects).toEqual([]);
  expect(d.state).toBe(state);
}

describe('the line', () => {
  it('goes idle → registering → registered, and says when it drops', () => {
    expect(INITIAL_PHONE_STATE.line).toBe('idle');
    expect(run(INITIAL_PHONE_STATE, { type: 'registering' }).line).toBe('registering');
    expect(registered.line).toBe('registered');
    const dropped = run(registered, { type: 'unregistered', error: 'WebSocket closed' });
    expect(dropped).toMatchObject({ line: 'unregistered', lineError: 'WebSocket closed' });
    expect(run(dropped, { type: 'registering' }, { type: 'registered' })).toMatchObject({ line: 'registered', lineError: null });
    expect(run(registered, { type: 'not_configured' }).line).toBe('not_configured');
    expect(run(registered, { type: 'stopped' }).line).toBe('idle');
  });
});

describe('an incoming call', () => {
  it('rings with the caller and the interaction it belongs to', () => {
    expect(ringing.calls).toEqual([expect.objectContaining({ id: 'in-1', status: 'ringing', remote: '0701234567', interactionId: 'ix-1', direction: 'inbound' })]);
  });

  it('is answered by its interaction id (the offer card’s Answer) exactly like by its call id', () => {
    const byInteraction = decide(ringing, { kind: 'answerInteraction', interactionId: 'ix-1' }, ctx());
    const byCall = decide(ringing, { kind: 'answer', callId: 'in-1' }, ctx());
    expect(byInteraction).toEqual(byCall);
    expect(byInteraction.effects).toEqual([{ op: 'answer', callId: 'in-1' }]);
    expect(byInteraction.state.calls[0]?.status).toBe('connecting');
  });

  it('refuses to answer an interaction that has no ringing call', () => {
    refused(ringing, { kind: 'answerInteraction', interactionId: 'ix-other' }, 'no_call');
    refused(active, { kind: 'answerInteraction', interactionId: 'ix-1' }, 'no_call');
  });

  it('starts the call timer when the call is established', () => {
    expect(active.calls[0]).toMatchObject({ status: 'active', answeredAt: 2_000 });
  });

  it('is rejected while ringing, and hang-up on a ringing call rejects it', () => {
    expect(decide(ringing, { kind: 'reject', callId: 'in-1' }, ctx()).effects).toEqual([{ op: 'reject', callId: 'in-1' }]);
    expect(decide(ringing, { kind: 'hangup', callId: 'in-1' }, ctx()).effects).toEqual([{ op: 'reject', callId: 'in-1' }]);
    refused(active, { kind: 'reject', callId: 'in-1' }, 'not_ringing');
  });

  it('ends with the caller’s cause when the caller gives up while it rings', () => {
    const after = run(ringing, { type: 'ended', callId: 'in-1', cause: 'canceled' });
    expect(after.calls).toEqual([]);
    expect(after.lastEnded).toMatchObject({ id: 'in-1', status: 'ended', endCause: 'canceled', endedAt: 2_000 });
  });

  it('is not answered while another call has the adviser', () => {
    const second = run(active, { type: 'incoming', callId: 'in-2', remote: '0709999999', remoteName: null, interactionId: null });
    refused(second, { kind: 'answer', callId: 'in-2' }, 'busy');
    const afterHold = run(decide(second, { kind: 'hold', callId: 'in-1' }, ctx()).state, { type: 'held', callId: 'in-1', held: true });
    expect(decide(afterHold, { kind: 'answer', callId: 'in-2' }, ctx()).result).toEqual({ ok: true, callId: 'in-2' });
  });

  it('ignores a repeated INVITE for a call it already has', () => {
    expect(run(ringing, { type: 'incoming', callId: 'in-1', remote: 'x', remoteName: null, interactionId: null })).toBe(ringing);
  });
});

describe('hold and resume', () => {
  it('holds an active call once the re-INVITE is through, and resumes it', () => {
    const asked = decide(active, { kind: 'hold', callId: 'in-1' }, ctx());
    expect(asked.effects).toEqual([{ op: 'hold', callId: 'in-1' }]);
    expect(asked.state.calls[0]).toMatchObject({ status: 'active', pending: 'hold' });
    expect(held.calls[0]).toMatchObject({ status: 'held', pending: null });
    const resumed = decide(held, { kind: 'resume', callId: 'in-1' }, ctx());
    expect(resumed.effects).toEqual([{ op: 'unhold', callId: 'in-1' }]);
    expect(run(resumed.state, { type: 'held', callId: 'in-1', held: false }).calls[0]).toMatchObject({ status: 'active', pending: null });
  });

  it('refuses hold while ringing, twice in a row, or on no call', () => {
    refused(ringing, { kind: 'hold', callId: 'in-1' }, 'not_active');
    refused(held, { kind: 'hold', callId: 'in-1' }, 'not_active');
    refused(decide(active, { kind: 'hold', callId: 'in-1' }, ctx()).state, { kind: 'hold', callId: 'in-1' }, 'not_active');
    refused(registered, { kind: 'hold', callId: 'nope' }, 'no_call');
  });

  it('refuses resume of a call that is not held', () => {
    refused(active, { kind: 'resume', callId: 'in-1' }, 'not_held');
    refused(ringing, { kind: 'resume', callId: 'in-1' }, 'not_held');
  });

  it('keeps the call as it was when the re-INVITE fails', () => {
    const asked = decide(active, { kind: 'hold', callId: 'in-1' }, ctx()).state;
    expect(run(asked, { type: 'hold_failed', callId: 'in-1' }).calls[0]).toMatchObject({ status: 'active', pending: null });
  });
});

describe('mute and DTMF', () => {
  it('mutes and unmutes an answered call', () => {
    const muted = decide(active, { kind: 'mute', callId: 'in-1', muted: true }, ctx());
    expect(muted.effects).toEqual([{ op: 'mute', callId: 'in-1', muted: true }]);
    expect(muted.state.calls[0]?.muted).toBe(true);
    expect(decide(muted.state, { kind: 'mute', callId: 'in-1', muted: false }, ctx()).state.calls[0]?.muted).toBe(false);
  });

  it('refuses mute on a call that only rings', () => {
    refused(ringing, { kind: 'mute', callId: 'in-1', muted: true }, 'not_active');
  });

  it('sends DTMF one tone at a time, only on an active call', () => {
    expect(decide(active, { kind: 'dtmf', callId: 'in-1', tones: '1#*a' }, ctx()).effects).toEqual([
      { op: 'dtmf', callId: 'in-1', tone: '1' },
      { op: 'dtmf', callId: 'in-1', tone: '#' },
      { op: 'dtmf', callId: 'in-1', tone: '*' },
      { op: 'dtmf', callId: 'in-1', tone: 'A' },
    ]);
    refused(ringing, { kind: 'dtmf', callId: 'in-1', tones: '1' }, 'not_active');
    refused(held, { kind: 'dtmf', callId: 'in-1', tones: '1' }, 'not_active');
    refused(active, { kind: 'dtmf', callId: 'in-1', tones: '1x' }, 'bad_tones');
    refused(active, { kind: 'dtmf', callId: 'in-1', tones: '' }, 'bad_tones');
  });
});

describe('dialling out', () => {
  it('places a call with the interaction it is for', () => {
    const d = decide(registered, { kind: 'dial', target: '070-123 45 67', interactionId: 'cb-1' }, ctx());
    expect(d.result).toEqual({ ok: true, callId: expect.stringMatching(/^out-/) });
    const callId = (d.result.ok ? d.result.callId : undefined) ?? '';
    expect(d.effects).toEqual([{ op: 'invite', callId, target: '0701234567', interactionId: 'cb-1' }]);
    expect(d.state.calls[0]).toMatchObject({ direction: 'outbound', status: 'connecting', interactionId: 'cb-1' });
    const answered = run(d.state, { type: 'established', callId });
    expect(answered.calls[0]).toMatchObject({ status: 'active', answeredAt: 2_000 });
    expect(run(d.state, { type: 'ended', callId, cause: 'busy' }).lastEnded?.endCause).toBe('busy');
  });

  it('refuses without a registered line, with a bad number, or while in a call', () => {
    refused(INITIAL_PHONE_STATE, { kind: 'dial', target: '0701234567' }, 'line_down');
    refused(run(registered, { type: 'unregistered', error: null }), { kind: 'dial', target: '0701234567' }, 'line_down');
    refused(registered, { kind: 'dial', target: '07 ab 12' }, 'bad_target');
    refused(registered, { kind: 'dial', target: '' }, 'bad_target');
    refused(active, { kind: 'dial', target: '0701234567' }, 'busy');
    refused(ringing, { kind: 'dial', target: '0701234567' }, 'busy');
  });
});

describe('blind transfer', () => {
  const asked = decide(active, { kind: 'blindTransfer', callId: 'in-1', target: '0771525526' }, ctx());

  it('REFERs the call to the target and, once accepted, hangs up as transferred', () => {
    expect(asked.effects).toEqual([{ op: 'refer', callId: 'in-1', target: '0771525526', toQueue: false }]);
    // To a queue the REFER is done once it rings there (the adapter's rule); the command says so.
    const toQueue = decide(active, { kind: 'blindTransfer', callId: 'in-1', target: 'sip:0771525525@localhost;xfer=abc', toQueue: true }, ctx());
    expect(toQueue.effects).toEqual([{ op: 'refer', callId: 'in-1', target: 'sip:0771525525@localhost;xfer=abc', toQueue: true }]);
    expect(asked.state.calls[0]?.status).toBe('transferring');
    const accepted = apply(asked.state, { type: 'refer_result', callId: 'in-1', ok: true }, 3_000);
    expect(accepted.effects).toEqual([{ op: 'hangup', callId: 'in-1' }]);
    const ended = run(accepted.state, { type: 'ended', callId: 'in-1', cause: 'local_hangup' });
    expect(ended.lastEnded?.endCause).toBe('transferred');
    expect(ended.transfer).toBeNull();
  });

  it('gives the adviser the call back as it was when the target refuses', () => {
    const failed = run(asked.state, { type: 'refer_result', callId: 'in-1', ok: false });
    expect(failed.calls[0]?.status).toBe('active');
    expect(failed.transfer).toBeNull();
    const fromHold = decide(held, { kind: 'blindTransfer', callId: 'in-1', target: '0771525526' }, ctx()).state;
    expect(run(fromHold, { type: 'refer_result', callId: 'in-1', ok: false }).calls[0]?.status).toBe('held');
  });

  it('refuses without an answered call, with a bad target, or during another transfer', () => {
    refused(registered, { kind: 'blindTransfer', callId: 'in-1', target: '0771525526' }, 'no_call');
    refused(ringing, { kind: 'blindTransfer', callId: 'in-1', target: '0771525526' }, 'not_active');
    refused(active, { kind: 'blindTransfer', callId: 'in-1', target: '??' }, 'bad_target');
    refused(asked.state, { kind: 'blindTransfer', callId: 'in-1', target: '0771525526' }, 'transfer_in_progress');
  });
});

describe('warm transfer', () => {
  const started = decide(active, { kind: 'warmTransferStart', callId: 'in-1', target: '08-123 45 67' }, ctx());
  const consultId = started.result.ok ? (started.result.callId ?? '') : '';
  const consulting = run(started.state, { type: 'held', callId: 'in-1', held: true }, { type: 'established', callId: consultId });

  it('holds the consumer and calls the target', () => {
    expect(started.effects).toEqual([
      { op: 'hold', callId: 'in-1' },
      { op: 'invite', callId: consultId, target: '081234567', interactionId: null },
    ]);
    expect(started.state.transfer).toMatchObject({ mode: 'warm', callId: 'in-1', consultCallId: consultId });
    expect(consulting.calls.map((c) => [c.role, c.status])).toEqual([
      ['main', 'held'],
      ['consult', 'active'],
    ]);
  });

  it('does not hold twice a consumer already on hold', () => {
    const fromHeld = decide(held, { kind: 'warmTransferStart', callId: 'in-1', target: '081234567' }, ctx());
    expect(fromHeld.effects.map((e) => e.op)).toEqual(['invite']);
  });

  it('completes with a REFER carrying Replaces, and both legs end as transferred', () => {
    const done = decide(consulting, { kind: 'warmTransferComplete' }, ctx());
    expect(done.effects).toEqual([{ op: 'referReplaces', callId: 'in-1', replacesCallId: consultId }]);
    const accepted = apply(done.state, { type: 'refer_result', callId: 'in-1', ok: true }, 3_000);
    expect(accepted.effects).toEqual([
      { op: 'hangup', callId: 'in-1' },
      { op: 'hangup', callId: consultId },
    ]);
    let after = run(accepted.state, { type: 'ended', callId: consultId, cause: 'remote_hangup' });
    expect(after.lastEnded?.endCause).toBe('transferred');
    after = run(after, { type: 'ended', callId: 'in-1', cause: 'local_hangup' });
    expect(after.lastEnded?.endCause).toBe('transferred');
    expect(after.calls).toEqual([]);
  });

  it('completes when the target ends the consultation before the REFER’s outcome arrives (its line replaced it)', () => {
    const done = decide(consulting, { kind: 'warmTransferComplete' }, ctx()).state;
    const replaced = run(done, { type: 'ended', callId: consultId, cause: 'remote_hangup' });
    expect(replaced.lastEnded?.endCause).toBe('transferred');
    expect(replaced.transfer).toMatchObject({ callId: 'in-1', consultCallId: consultId });
    const accepted = apply(replaced, { type: 'refer_result', callId: 'in-1', ok: true }, 3_000);
    expect(accepted.effects).toEqual([{ op: 'hangup', callId: 'in-1' }]);
    // And if the REFER fails after all, the consumer is still held for the adviser.
    const failed = run(replaced, { type: 'refer_result', callId: 'in-1', ok: false });
    expect(failed.calls).toEqual([expect.objectContaining({ id: 'in-1', status: 'held' })]);
    expect(decide(failed, { kind: 'warmTransferCancel' }, ctx()).effects).toEqual([{ op: 'unhold', callId: 'in-1' }]);
  });

  it('cancels back to the consumer: the consultation ends and the consumer comes off hold', () => {
    const cancel = decide(consulting, { kind: 'warmTransferCancel' }, ctx());
    expect(cancel.effects).toEqual([
      { op: 'hangup', callId: consultId },
      { op: 'unhold', callId: 'in-1' },
    ]);
    expect(cancel.state.transfer).toBeNull();
  });

  it('refuses to complete before the target answers, and keeps the consumer held when the REFER fails', () => {
    refused(started.state, { kind: 'warmTransferComplete' }, 'consult_not_answered');
    const done = decide(consulting, { kind: 'warmTransferComplete' }, ctx()).state;
    const failed = run(done, { type: 'refer_result', callId: 'in-1', ok: false });
    expect(failed.calls.find((c) => c.id === 'in-1')?.status).toBe('held');
    expect(failed.transfer).toMatchObject({ failed: true });
    refused(done, { kind: 'warmTransferCancel' }, 'transfer_in_progress');
  });

  it('leaves the consumer on hold when the target hangs up, with the transfer over', () => {
    const gone = run(consulting, { type: 'ended', callId: consultId, cause: 'remote_hangup' });
    expect(gone.transfer).toBeNull();
    expect(gone.calls).toEqual([expect.objectContaining({ id: 'in-1', status: 'held' })]);
    expect(decide(gone, { kind: 'resume', callId: 'in-1' }, ctx()).result.ok).toBe(true);
  });

  it('keeps the consultation as an ordinary call when the consumer hangs up', () => {
    const gone = run(consulting, { type: 'ended', callId: 'in-1', cause: 'remote_hangup' });
    expect(gone.transfer).toBeNull();
    expect(gone.calls).toEqual([expect.objectContaining({ id: consultId, role: 'main', status: 'active' })]);
  });

  it('refuses without a call, while ringing, twice, or to a bad target; complete and cancel need a warm transfer', () => {
    refused(registered, { kind: 'warmTransferStart', callId: 'in-1', target: '081234567' }, 'no_call');
    refused(ringing, { kind: 'warmTransferStart', callId: 'in-1', target: '081234567' }, 'not_active');
    refused(active, { kind: 'warmTransferStart', callId: 'in-1', target: 'x y' }, 'bad_target');
    refused(consulting, { kind: 'warmTransferStart', callId: 'in-1', target: '081234567' }, 'transfer_in_progress');
    refused(active, { kind: 'warmTransferComplete' }, 'no_transfer');
    refused(active, { kind: 'warmTransferCancel' }, 'no_transfer');
  });

  it('does not let the adviser resume the consumer while talking to the target', () => {
    refused(consulting, { kind: 'resume', callId: 'in-1' }, 'busy');
  });
});

describe('the far end of a transfer', () => {
  it('takes over a call on a line that is replaced by a transfer, answered at once and not ringing', () => {
    const arriving = run(active, { type: 'incoming', callId: 'in-2', remote: '0701112233', remoteName: null, interactionId: null, replacesCallId: 'in-1' });
    expect(arriving.calls.find((c) => c.id === 'in-2')).toMatchObject({ status: 'connecting', role: 'main', direction: 'inbound' });
    const taken = run(arriving, { type: 'established', callId: 'in-2' }, { type: 'ended', callId: 'in-1', cause: 'transferred' });
    expect(taken.calls).toEqual([expect.objectContaining({ id: 'in-2', status: 'active', remote: '0701112233' })]);
    expect(taken.lastEnded).toMatchObject({ id: 'in-1', endCause: 'transferred' });
  });

  it('rings as usual when what it would replace is not here', () => {
    const arriving = run(registered, { type: 'incoming', callId: 'in-2', remote: '0701112233', remoteName: null, interactionId: null, replacesCallId: 'gone' });
    expect(arriving.calls[0]?.status).toBe('ringing');
  });

  it('calls the target for a line that carries out a transfer, and the old call ends on its own', () => {
    const calling = run(active, { type: 'referred', callId: 'out-x', fromCallId: 'in-1', remote: '081234567' });
    expect(calling.calls.find((c) => c.id === 'out-x')).toMatchObject({ direction: 'outbound', status: 'connecting', remote: '081234567', interactionId: null });
    const through = run(calling, { type: 'established', callId: 'out-x' }, { type: 'ended', callId: 'in-1', cause: 'remote_hangup' });
    expect(through.calls).toEqual([expect.objectContaining({ id: 'out-x', status: 'active' })]);
    expect(run(calling, { type: 'referred', callId: 'out-x', fromCallId: 'in-1', remote: '081234567' }).calls).toHaveLength(2);
  });
});
