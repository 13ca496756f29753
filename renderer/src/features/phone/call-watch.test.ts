// Routed calls answered by any means open their case; direct calls ring.
import { describe, expect, it } from 'vitest';
import { INITIAL_PHONE_STATE, type CallView, type PhoneState } from './call-types';
import { answeredInteractions, directCallRinging } from './call-watch';

const call = (status: CallView['status'], interactionId: string | null, id = 'a'): CallView => ({
  id, direction: 'inbound', remote: '0701234567', remoteName: null, interactionId, status, muted: false, role: 'main', pending: null, createdAt: 0, answeredAt: null, endedAt: null, endCause: null,
});
const with_ = (...calls: CallView[]): PhoneState => ({ ...INITIAL_PHONE_STATE, calls });

describe('answeredInteractions', () => {
  it('names the routed calls answered since the last state', () => {
    expect(answeredInteractions(with_(call('ringing', 'ix')), with_(call('connecting', 'ix')))).toEqual(['ix']);
    expect(answeredInteractions(with_(call('ringing', 'ix')), with_(call('active', 'ix')))).toEqual(['ix']);
  });
  it('ignores direct calls, calls still ringing, and calls answered before', () => {
    expect(answeredInteractions(with_(call('ringing', null)), with_(call('active', null)))).toEqual([]);
    expect(answeredInteractions(with_(call('ringing', 'ix')), with_(call('ringing', 'ix')))).toEqual([]);
    expect(answeredInteractions(with_(call('connecting', 'ix')), with_(call('active', 'ix')))).toEqual([]);
    expect(answeredInteractions(with_(), with_(call('active', 'ix')))).toEqual([]);
  });
});

describe('directCallRinging', () => {
  it('is true only for a ringing call without a routed offer', () => {
    expect(directCallRinging(with_(call('ringing', null)))).toBe(true);
    expect(directCallRinging(with_(call('ringing', 'ix')))).toBe(false);
    expect(directCallRinging(with_(call('active', null)))).toBe(false);
  });
});
