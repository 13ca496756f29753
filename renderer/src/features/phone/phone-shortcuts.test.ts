// The phone's shortcuts act on the call in hand, and do nothing without one.
import { describe, expect, it } from 'vitest';
import { INITIAL_PHONE_STATE, type CallView, type PhoneState } from './call-types';
import { phoneShortcut } from './phone-shortcuts';

const call = (id: string, status: CallView['status'], extra: Partial<CallView> = {}): CallView => ({
  id, direction: 'inbound', remote: '0701234567', remoteName: null, interactionId: null, status, muted: false, role: 'main', pending: null, createdAt: 0, answeredAt: 1, endedAt: null, endCause: null, ...extra,
});
const phone = (...calls: CallView[]): PhoneState => ({ ...INITIAL_PHONE_STATE, line: 'registered', calls });

describe('phoneShortcut', () => {
  it('hangs up, holds and resumes, mutes and unmutes the call in hand', () => {
    expect(phoneShortcut('hangUpCall', phone(call('a', 'active')))).toEqual({ kind: 'command', command: { kind: 'hangup', callId: 'a' } });
    expect(phoneShortcut('holdCall', phone(call('a', 'active')))).toEqual({ kind: 'command', command: { kind: 'hold', callId: 'a' } });
    expect(phoneShortcut('holdCall', phone(call('a', 'held')))).toEqual({ kind: 'command', command: { kind: 'resume', callId: 'a' } });
    expect(phoneShortcut('muteCall', phone(call('a', 'active', { muted: true })))).toEqual({ kind: 'command', command: { kind: 'mute', callId: 'a', muted: false } });
  });

  it('opens the keypad only on an answered call off hold, and transfer only when none is running', () => {
    expect(phoneShortcut('phoneKeypad', phone(call('a', 'active')))).toEqual({ kind: 'dialog', dialog: 'keypad', callId: 'a' });
    expect(phoneShortcut('phoneKeypad', phone(call('a', 'held')))).toEqual({ kind: 'nothing' });
    expect(phoneShortcut('transferCall', phone(call('a', 'held')))).toEqual({ kind: 'dialog', dialog: 'transfer', callId: 'a' });
    const warm: PhoneState = { ...phone(call('a', 'held'), call('b', 'active', { role: 'consult' })), transfer: { mode: 'warm', callId: 'a', consultCallId: 'b', target: '081234567', priorStatus: 'held', failed: false } };
    expect(phoneShortcut('transferCall', warm)).toEqual({ kind: 'nothing' });
    expect(phoneShortcut('hangUpCall', warm)).toEqual({ kind: 'command', command: { kind: 'warmTransferCancel' } });
  });

  it('does nothing without a call, or with one that only rings (Alt+A and Alt+X are for that)', () => {
    for (const action of ['hangUpCall', 'holdCall', 'muteCall', 'phoneKeypad', 'transferCall'] as const) {
      expect(phoneShortcut(action, phone())).toEqual({ kind: 'nothing' });
      expect(phoneShortcut(action, phone(call('a', 'ringing')))).toEqual({ kind: 'nothing' });
    }
  });
});
