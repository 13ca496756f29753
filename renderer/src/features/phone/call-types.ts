// The softphone's internal vocabulary between the call machine and the SIP.js
// adapter. What crosses the bridge (state, commands, results) is written once
// in electron/phone-contract.ts and re-exported here for the phone module.
export type {
  CallStatus,
  CallView,
  CommandResult,
  EndCause,
  LineStatus,
  PhoneCommand,
  PhoneState,
  RefusalCode,
  TransferView,
} from '../../../../electron/phone-contract';
export { INITIAL_PHONE_STATE } from '../../../../electron/phone-contract';
import type { EndCause } from '../../../../electron/phone-contract';

/** How the adapter reports a refused REGISTER (the engine then fetches fresh credentials). */
export const REGISTER_REFUSED = 'REGISTER refused';

/** What the SIP side must do; the adapter carries these out one by one. */
export type SipEffect =
  | { op: 'answer'; callId: string }
  | { op: 'reject'; callId: string }
  | { op: 'hangup'; callId: string }
  | { op: 'hold'; callId: string }
  | { op: 'unhold'; callId: string }
  | { op: 'mute'; callId: string; muted: boolean }
  | { op: 'dtmf'; callId: string; tone: string }
  | { op: 'invite'; callId: string; target: string; interactionId: string | null }
  /** toQueue: done once the target rings (see the blindTransfer command). */
  | { op: 'refer'; callId: string; target: string; toQueue: boolean }
  /** REFER on callId whose Refer-To carries Replaces for replacesCallId's dialog. */
  | { op: 'referReplaces'; callId: string; replacesCallId: string };

/** What the SIP side reports. */
export type SipEvent =
  | { type: 'registering' }
  | { type: 'registered' }
  | { type: 'unregistered'; error: string | null }
  | { type: 'not_configured' }
  | { type: 'stopped' }
  /** replacesCallId: a transfer that takes over that call (answered at once, it does not ring). */
  | { type: 'incoming'; callId: string; remote: string; remoteName: string | null; interactionId: string | null; replacesCallId?: string | null }
  /** This line carries out a transfer of fromCallId: it is calling the target. */
  | { type: 'referred'; callId: string; fromCallId: string; remote: string }
  | { type: 'established'; callId: string }
  | { type: 'held'; callId: string; held: boolean }
  /** A hold or resume re-INVITE was refused; the call stays as it was. */
  | { type: 'hold_failed'; callId: string }
  | { type: 'refer_result'; callId: string; ok: boolean }
  | { type: 'ended'; callId: string; cause: EndCause };
