// What the phone's keyboard shortcuts do in the phone's current state. Pure;
// the global key handler runs the result (see run-phone-shortcut.ts).
import type { PhoneCommand, PhoneState } from './call-types';
import { focusCall } from './hid-mapping';

export type PhoneShortcut = 'hangUpCall' | 'holdCall' | 'muteCall' | 'phoneKeypad' | 'transferCall';

export type ShortcutOutcome = { kind: 'command'; command: PhoneCommand } | { kind: 'dialog'; dialog: 'keypad' | 'transfer'; callId: string } | { kind: 'nothing' };

export function phoneShortcut(action: PhoneShortcut, state: PhoneState): ShortcutOutcome {
  const call = focusCall(state);
  if (!call) return { kind: 'nothing' };
  switch (action) {
    case 'hangUpCall':
      // Hanging up the consultation of a warm transfer goes back to the caller.
      if (state.transfer?.mode === 'warm' && state.transfer.consultCallId === call.id) return { kind: 'command', command: { kind: 'warmTransferCancel' } };
      return { kind: 'command', command: { kind: 'hangup', callId: call.id } };
    case 'holdCall':
      return { kind: 'command', command: call.status === 'held' ? { kind: 'resume', callId: call.id } : { kind: 'hold', callId: call.id } };
    case 'muteCall':
      return { kind: 'command', command: { kind: 'mute', callId: call.id, muted: !call.muted } };
    case 'phoneKeypad':
      return call.status === 'active' ? { kind: 'dialog', dialog: 'keypad', callId: call.id } : { kind: 'nothing' };
    case 'transferCall':
      return (call.status === 'active' || call.status === 'held') && !state.transfer ? { kind: 'dialog', dialog: 'transfer', callId: call.id } : { kind: 'nothing' };
  }
}
