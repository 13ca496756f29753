// From a headset's input reports to what the adviser meant, and from the
// phone's state back to the headset's LEDs. Pure: the WebHID glue
// (headset-hid.ts) feeds reports in and writes the LED reports out.
//
// Hook switch is the tricky one. Most call-control headsets report it as an
// absolute state (1 = off hook) that the device flips on each button press,
// and they expect the host to confirm the state by lighting the off-hook LED.
// So when a call is answered on screen, the LED report tells the headset it is
// off hook now, and its next press reports on-hook (hang up) as the adviser
// expects. A press that contradicts the phone (off-hook with no call ringing)
// is ignored rather than guessed at.
import type { CallView, PhoneCommand, PhoneState } from './call-types';
import { readField, USAGE, writeField, type Field, type HidLayout } from './hid-layout';

export type HeadsetSignal =
  /** Absolute hook switch changed. */
  | { kind: 'hook'; offHook: boolean }
  /** Relative hook switch pressed (devices that report a button, not a state). */
  | { kind: 'hookPress' }
  /** Mute pressed (toggle), or an absolute mute state. */
  | { kind: 'mute'; muted: boolean | null }
  | { kind: 'flash' };

function fieldValue(data: Uint8Array, field: Field, usage: number): number {
  if (!field.arrayUsages) return readField(data, field);
  // An array field holds indices of the usages that are down right now.
  const index = field.arrayUsages.indexOf(usage);
  for (let slot = 0; slot < field.slots; slot++) {
    if (readField(data, { bitOffset: field.bitOffset + slot * field.bitSize, bitSize: field.bitSize }) - field.arrayMinimum === index) return 1;
  }
  return 0;
}

/** A reader that remembers the last value of each control, so it reports changes and presses, not states. */
export function createReportReader(layout: HidLayout): (reportId: number, data: Uint8Array) => HeadsetSignal[] {
  const last = new Map<number, number>();
  return (reportId, data) => {
    const signals: HeadsetSignal[] = [];
    const changed = (usage: number): { value: number; before: number | undefined; field: Field } | null => {
      const field = layout.inputs.get(usage);
      if (!field || field.reportId !== reportId) return null;
      const value = fieldValue(data, field, usage);
      const before = last.get(usage);
      last.set(usage, value);
      return value === before ? null : { value, before, field };
    };
    const hook = changed(USAGE.hookSwitch);
    if (hook) {
      if (hook.field.isAbsolute) signals.push({ kind: 'hook', offHook: hook.value !== 0 });
      else if (hook.value !== 0) signals.push({ kind: 'hookPress' });
    }
    // Phone mute is a button on every headset seen (relative, or 1 while held
    // down); only the press counts, and the phone decides what it toggles.
    const mute = changed(USAGE.phoneMute);
    if (mute && mute.value !== 0) signals.push({ kind: 'mute', muted: null });
    const flash = changed(USAGE.flash);
    if (flash && flash.value !== 0) signals.push({ kind: 'flash' });
    return signals;
  };
}

const talking = (c: CallView) => c.status === 'active' || c.status === 'connecting' || c.status === 'transferring';

/** The call the headset's buttons act on: the one being talked on, else one on hold. */
export function focusCall(state: PhoneState): CallView | null {
  return state.calls.find(talking) ?? state.calls.find((c) => c.status === 'held') ?? null;
}

/** What a headset signal asks of the phone now, or null when it means nothing in this state. */
export function headsetCommand(signal: HeadsetSignal, state: PhoneState): PhoneCommand | null {
  const ringing = state.calls.find((c) => c.status === 'ringing');
  const focus = focusCall(state);
  const answerOrHangUp = (): PhoneCommand | null => {
    if (ringing && !state.calls.some(talking)) return { kind: 'answer', callId: ringing.id };
    if (!focus) return null;
    // Hanging up the consultation of a warm transfer returns to the consumer.
    if (state.transfer?.mode === 'warm' && state.transfer.consultCallId === focus.id) return { kind: 'warmTransferCancel' };
    return { kind: 'hangup', callId: focus.id };
  };
  switch (signal.kind) {
    case 'hook':
      if (signal.offHook) return ringing && !state.calls.some(talking) ? { kind: 'answer', callId: ringing.id } : null;
      return focus && focus.status !== 'held' ? answerOrHangUp() : null;
    case 'hookPress':
      return answerOrHangUp();
    case 'mute':
      if (!focus || (focus.status !== 'active' && focus.status !== 'held')) return null;
      return { kind: 'mute', callId: focus.id, muted: signal.muted ?? !focus.muted };
    case 'flash':
      if (!focus) return null;
      if (focus.status === 'active') return { kind: 'hold', callId: focus.id };
      if (focus.status === 'held') return { kind: 'resume', callId: focus.id };
      return null;
  }
}

export interface Leds {
  offHook: boolean;
  ring: boolean;
  mute: boolean;
  hold: boolean;
}

export function ledsOf(state: PhoneState): Leds {
  const focus = focusCall(state);
  return {
    offHook: focus !== null,
    ring: state.calls.some((c) => c.status === 'ringing'),
    mute: focus?.muted ?? false,
    hold: state.calls.some((c) => c.status === 'held'),
  };
}

/** The output reports that show `leds` on this headset (one per report id that has any of the LEDs). */
export function ledReports(layout: HidLayout, leds: Leds): Array<{ reportId: number; data: Uint8Array<ArrayBuffer> }> {
  const wanted: Array<[number, boolean]> = [
    [USAGE.ledOffHook, leds.offHook],
    [USAGE.ledRing, leds.ring],
    [USAGE.ledMute, leds.mute],
    [USAGE.ledHold, leds.hold],
  ];
  const reports = new Map<number, Uint8Array<ArrayBuffer>>();
  for (const [usage, on] of wanted) {
    const field = layout.outputs.get(usage);
    if (!field || field.arrayUsages) continue;
    let data = reports.get(field.reportId);
    if (!data) {
      data = new Uint8Array(layout.outputSizes.get(field.reportId) ?? 1);
      reports.set(field.reportId, data);
    }
    writeField(data, field, on ? 1 : 0);
  }
  return [...reports].map(([reportId, data]) => ({ reportId, data }));
}
