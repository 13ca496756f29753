// Headset buttons against recorded-style reports (see hid-fixtures.ts for
// what the fixtures are): where the descriptor puts each control, which
// press means what in which phone state, and the LED reports back.
import { describe, expect, it } from 'vitest';
import { INITIAL_PHONE_STATE, type CallView, type PhoneState } from './call-types';
import { ARRAY_REPORTS, ARRAY_STYLE, JABRA_REPORTS, JABRA_STYLE, hex } from './hid-fixtures';
import { isCallControlDevice, telephonyLayout, USAGE } from './hid-layout';
import { createReportReader, headsetCommand, ledReports, ledsOf, type HeadsetSignal } from './hid-mapping';

function call(id: string, status: CallView['status'], extra: Partial<CallView> = {}): CallView {
  return { id, direction: 'inbound', remote: '0701234567', remoteName: null, interactionId: null, status, muted: false, role: 'main', pending: null, createdAt: 0, answeredAt: null, endedAt: null, endCause: null, ...extra };
}
const phone = (...calls: CallView[]): PhoneState => ({ ...INITIAL_PHONE_STATE, line: 'registered', calls });

describe('telephonyLayout', () => {
  it('finds the controls of the telephony collection only', () => {
    const layout = telephonyLayout(JABRA_STYLE);
    expect(layout.inputs.get(USAGE.hookSwitch)).toMatchObject({ reportId: 2, bitOffset: 0, bitSize: 1, isAbsolute: true });
    expect(layout.inputs.get(USAGE.flash)).toMatchObject({ reportId: 2, bitOffset: 2, isAbsolute: false });
    expect(layout.inputs.get(USAGE.phoneMute)).toMatchObject({ reportId: 2, bitOffset: 3, isAbsolute: false });
    expect(layout.outputs.get(USAGE.ledOffHook)).toMatchObject({ reportId: 2, bitOffset: 1 });
    expect(layout.outputSizes.get(2)).toBe(1);
    // The volume keys' collection (consumer page) is not the phone's business.
    expect([...layout.inputs.values()].every((f) => f.reportId === 2)).toBe(true);
  });

  it('tells call-control headsets from other HID devices', () => {
    expect(isCallControlDevice(JABRA_STYLE)).toBe(true);
    expect(isCallControlDevice(ARRAY_STYLE)).toBe(true);
    expect(isCallControlDevice([JABRA_STYLE[0]!])).toBe(false);
  });
});

describe('reading a bit-field headset (JABRA_STYLE)', () => {
  const feed = (...reports: string[]): HeadsetSignal[] => {
    const read = createReportReader(telephonyLayout(JABRA_STYLE));
    return reports.flatMap((r) => read(2, hex(r)));
  };

  it('reports the hook switch as a state, and mute and flash as presses', () => {
    const r = JABRA_REPORTS;
    expect(feed(r.idle, r.offHook, r.muteDown, r.muteUp, r.flashDown, r.flashUp, r.onHook)).toEqual([
      { kind: 'hook', offHook: false },
      { kind: 'hook', offHook: true },
      { kind: 'mute', muted: null },
      { kind: 'flash' },
      { kind: 'hook', offHook: false },
    ]);
  });

  it('ignores repeats and reports with other ids', () => {
    const read = createReportReader(telephonyLayout(JABRA_STYLE));
    expect(read(2, hex('01'))).toHaveLength(1);
    expect(read(2, hex('01'))).toEqual([]);
    expect(read(1, hex('03'))).toEqual([]);
  });
});

describe('reading an array headset (ARRAY_STYLE)', () => {
  it('reads presses from the array slot and a relative hook switch as a press', () => {
    const read = createReportReader(telephonyLayout(ARRAY_STYLE));
    const r = ARRAY_REPORTS;
    const signals = [r.idle, r.hookDown, r.hookUp, r.muteDown, r.released, r.flashDown, r.released].flatMap((x) => read(3, hex(x)));
    expect(signals).toEqual([{ kind: 'hookPress' }, { kind: 'mute', muted: null }, { kind: 'flash' }]);
  });
});

describe('headsetCommand', () => {
  it('answers a ringing call when the headset goes off hook', () => {
    expect(headsetCommand({ kind: 'hook', offHook: true }, phone(call('a', 'ringing')))).toEqual({ kind: 'answer', callId: 'a' });
    expect(headsetCommand({ kind: 'hookPress' }, phone(call('a', 'ringing')))).toEqual({ kind: 'answer', callId: 'a' });
  });

  it('hangs up when it goes on hook during a call', () => {
    expect(headsetCommand({ kind: 'hook', offHook: false }, phone(call('a', 'active')))).toEqual({ kind: 'hangup', callId: 'a' });
    expect(headsetCommand({ kind: 'hookPress' }, phone(call('a', 'active')))).toEqual({ kind: 'hangup', callId: 'a' });
  });

  it('returns to the consumer when hanging up the consultation of a warm transfer', () => {
    const state: PhoneState = { ...phone(call('a', 'held'), call('b', 'active', { role: 'consult', direction: 'outbound' })), transfer: { mode: 'warm', callId: 'a', consultCallId: 'b', target: '081234567', priorStatus: 'held', failed: false } };
    expect(headsetCommand({ kind: 'hook', offHook: false }, state)).toEqual({ kind: 'warmTransferCancel' });
  });

  it('does nothing for a hook change that contradicts the phone', () => {
    expect(headsetCommand({ kind: 'hook', offHook: true }, phone())).toBeNull();
    expect(headsetCommand({ kind: 'hook', offHook: true }, phone(call('a', 'active')))).toBeNull();
    expect(headsetCommand({ kind: 'hook', offHook: false }, phone(call('a', 'ringing')))).toBeNull();
    // On hook while the only call is on hold: the adviser put the headset down, not the consumer.
    expect(headsetCommand({ kind: 'hook', offHook: false }, phone(call('a', 'held')))).toBeNull();
  });

  it('toggles mute on the call in hand, and only on an answered call', () => {
    expect(headsetCommand({ kind: 'mute', muted: null }, phone(call('a', 'active')))).toEqual({ kind: 'mute', callId: 'a', muted: true });
    expect(headsetCommand({ kind: 'mute', muted: null }, phone(call('a', 'active', { muted: true })))).toEqual({ kind: 'mute', callId: 'a', muted: false });
    expect(headsetCommand({ kind: 'mute', muted: null }, phone(call('a', 'ringing')))).toBeNull();
    expect(headsetCommand({ kind: 'mute', muted: null }, phone())).toBeNull();
  });

  it('holds and resumes with flash', () => {
    expect(headsetCommand({ kind: 'flash' }, phone(call('a', 'active')))).toEqual({ kind: 'hold', callId: 'a' });
    expect(headsetCommand({ kind: 'flash' }, phone(call('a', 'held')))).toEqual({ kind: 'resume', callId: 'a' });
    expect(headsetCommand({ kind: 'flash' }, phone(call('a', 'ringing')))).toBeNull();
  });
});

describe('LEDs', () => {
  it('lights ring while ringing, off-hook and mute during a call, and writes them where the descriptor says', () => {
    const layout = telephonyLayout(JABRA_STYLE);
    expect(ledsOf(phone(call('a', 'ringing')))).toEqual({ offHook: false, ring: true, mute: false, hold: false });
    expect(ledReports(layout, ledsOf(phone(call('a', 'ringing'))))).toEqual([{ reportId: 2, data: hex('04') }]);
    expect(ledReports(layout, ledsOf(phone(call('a', 'active', { muted: true }))))).toEqual([{ reportId: 2, data: hex('03') }]);
    expect(ledReports(layout, ledsOf(phone(call('a', 'held'))))).toEqual([{ reportId: 2, data: hex('0a') }]);
    expect(ledReports(layout, ledsOf(phone()))).toEqual([{ reportId: 2, data: hex('00') }]);
  });

  it('writes only the LEDs a headset has', () => {
    const layout = telephonyLayout(ARRAY_STYLE);
    expect(ledReports(layout, { offHook: true, ring: true, mute: true, hold: true })).toEqual([{ reportId: 4, data: hex('03') }]);
  });
});
