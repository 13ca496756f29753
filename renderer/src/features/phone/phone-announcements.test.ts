// Every change the call panel shows is also said to screen-reader users.
import { describe, expect, it } from 'vitest';
import { INITIAL_PHONE_STATE, type CallView, type PhoneState } from './call-types';
import { phoneAnnouncements } from './phone-announcements';

const call = (status: CallView['status'], extra: Partial<CallView> = {}): CallView => ({
  id: 'a', direction: 'inbound', remote: '0701234567', remoteName: null, interactionId: null, status, muted: false, role: 'main', pending: null, createdAt: 0, answeredAt: null, endedAt: null, endCause: null, ...extra,
});
const with_ = (...calls: CallView[]): PhoneState => ({ ...INITIAL_PHONE_STATE, line: 'registered', calls });
const keys = (prev: PhoneState, next: PhoneState) => phoneAnnouncements(prev, next).map((a) => a.key);

describe('phoneAnnouncements', () => {
  it('announces a direct call ringing, but leaves a routed one to its offer', () => {
    expect(phoneAnnouncements(with_(), with_(call('ringing')))).toEqual([{ key: 'phone.announceIncoming', caller: '0701234567' }]);
    expect(keys(with_(), with_(call('ringing', { interactionId: 'ix' })))).toEqual([]);
  });

  it('announces answer, hold, resume and mute', () => {
    expect(keys(with_(call('connecting')), with_(call('active')))).toEqual(['phone.announceAnswered']);
    expect(keys(with_(call('active')), with_(call('held')))).toEqual(['phone.announceHeld']);
    expect(keys(with_(call('held')), with_(call('active')))).toEqual(['phone.announceResumed']);
    expect(keys(with_(call('active')), with_(call('active', { muted: true })))).toEqual(['phone.announceMuted']);
    expect(keys(with_(call('active')), with_(call('active')))).toEqual([]);
  });

  it('announces the end with its cause once, and a failed transfer', () => {
    const ended = { ...with_(), lastEnded: call('ended', { endCause: 'remote_hangup', endedAt: 5 }) };
    expect(phoneAnnouncements(with_(call('active')), ended)).toEqual([{ key: 'phone.announceEnded', cause: 'remote_hangup' }]);
    expect(keys(ended, ended)).toEqual([]);
    const failed: PhoneState = { ...with_(call('held')), transfer: { mode: 'warm', callId: 'a', consultCallId: null, target: 'x', priorStatus: 'held', failed: true } };
    expect(keys(with_(call('held')), failed)).toEqual(['phone.transferFailed']);
  });
});
