// When the referral after a handover to a partner is offered: only for the
// remembered call, only once it has ended, and only if it was transferred.
import { describe, expect, it } from 'vitest';
import { INITIAL_PHONE_STATE, type CallView, type EndCause, type PhoneState } from './call-types';
import { referralAfter } from './partner-transfer-referral';

const transfer = { callId: 'c-1', partnerId: 'p-1', caseId: 'case-1' };

function endedCall(id: string, endCause: EndCause): CallView {
  return {
    id,
    direction: 'inbound',
    remote: '0701234567',
    remoteName: null,
    interactionId: null,
    status: 'ended',
    muted: false,
    role: 'main',
    pending: null,
    createdAt: 1,
    answeredAt: 2,
    endedAt: 3,
    endCause,
  };
}

const after = (ended: CallView | null): PhoneState => ({ ...INITIAL_PHONE_STATE, lastEnded: ended });

describe('the referral after a call handed over to a partner', () => {
  it('is offered when the remembered call ends as transferred', () => {
    expect(referralAfter(transfer, after(null), after(endedCall('c-1', 'transferred')))).toBe('offer');
  });

  it('is forgotten when that call ends any other way (the transfer did not go through)', () => {
    expect(referralAfter(transfer, after(null), after(endedCall('c-1', 'remote_hangup')))).toBe('forget');
  });

  it('is forgotten when the transfer ends with the call still here (cancelled or refused)', () => {
    const transferring: PhoneState = {
      ...INITIAL_PHONE_STATE,
      calls: [{ ...endedCall('c-1', 'transferred'), status: 'held', endedAt: null, endCause: null }],
      transfer: { mode: 'warm', callId: 'c-1', consultCallId: 'c-2', target: '081234567', priorStatus: 'held', failed: false },
    };
    expect(referralAfter(transfer, transferring, { ...transferring, transfer: null })).toBe('forget');
    // Still transferring (the consultation rings, or the REFER is out): wait.
    expect(referralAfter(transfer, transferring, transferring)).toBe('wait');
  });

  it('waits while another call ends, while nothing changed, or when no transfer is remembered', () => {
    const consult = after(endedCall('c-2', 'transferred'));
    expect(referralAfter(transfer, after(null), consult)).toBe('wait');
    const same = after(endedCall('c-1', 'transferred'));
    expect(referralAfter(transfer, same, same)).toBe('wait');
    expect(referralAfter(null, after(null), after(endedCall('c-1', 'transferred')))).toBe('wait');
  });
});
