// The softphone's vocabulary as it crosses the desktop bridge: the phone's
// state, the adviser's commands and their results. Plain data only (it goes
// over IPC between the workspace window, the main process and the hidden
// phone window), no SIP.js types. The renderer's phone module
// (renderer/src/features/phone) implements it; bridge.ts re-exports it.

/** The line: is this workstation registered with the SIP platform? */
export type LineStatus =
  /** Not started (signed out) or stopped. */
  | 'idle'
  /** The service has no SIP platform (503 phone_not_configured). */
  | 'not_configured'
  | 'registering'
  | 'registered'
  /** Was registered, or tried to be, and is not now; the engine retries. */
  | 'unregistered';

export type CallStatus =
  /** Inbound, ringing here. */
  | 'ringing'
  /** Outbound and not answered yet, or inbound and being answered. */
  | 'connecting'
  | 'active'
  | 'held'
  /** A REFER (blind, or the completion of a warm transfer) is in flight. */
  | 'transferring'
  | 'ended';

export type EndCause =
  /** The adviser hung up. */
  | 'local_hangup'
  /** The other side hung up. */
  | 'remote_hangup'
  /** The adviser rejected a ringing call. */
  | 'rejected'
  /** The caller gave up while it rang here, or the platform moved the call on. */
  | 'canceled'
  | 'busy'
  | 'no_answer'
  /** The call now belongs to the transfer target. */
  | 'transferred'
  /** The WebSocket to the platform went away under the call. */
  | 'connection_lost'
  | 'failed';

export interface CallView {
  /** Local id (not the SIP Call-ID): stable across the UI and the relay. */
  id: string;
  direction: 'inbound' | 'outbound';
  /** The other side: digits for a phone number, else the SIP user or URI. */
  remote: string;
  remoteName: string | null;
  /** The routed interaction this call belongs to (X-Interaction-Id), if any. */
  interactionId: string | null;
  status: CallStatus;
  muted: boolean;
  /** The consultation leg of a warm transfer, or a plain call. */
  role: 'main' | 'consult';
  /** A hold or resume asked for and not yet confirmed by the re-INVITE. */
  pending: 'hold' | 'resume' | null;
  /** Epoch ms. */
  createdAt: number;
  answeredAt: number | null;
  endedAt: number | null;
  endCause: EndCause | null;
}

export interface TransferView {
  mode: 'blind' | 'warm';
  /** The call being transferred (the consumer). */
  callId: string;
  /** Warm only: the consultation call to the target. */
  consultCallId: string | null;
  target: string;
  /** What the transferred call was before the transfer, to go back to if it fails. */
  priorStatus: 'active' | 'held';
  /** Set when the last transfer attempt failed, for the UI to say so. */
  failed: boolean;
}

export interface PhoneState {
  line: LineStatus;
  /** Why the line is not registered, in words for the log (not shown raw). */
  lineError: string | null;
  /** Live calls, oldest first (at most the main call and its consultation). */
  calls: CallView[];
  transfer: TransferView | null;
  /** The most recent ended call, kept so the UI can say how it ended. */
  lastEnded: CallView | null;
}

export const INITIAL_PHONE_STATE: PhoneState = { line: 'idle', lineError: null, calls: [], transfer: null, lastEnded: null };

/** What the adviser (UI, shortcuts, headset, callbacks) asks of the phone. */
export type PhoneCommand =
  | { kind: 'answer'; callId: string }
  /** The offer card's "Answer" for a phone contact: the ringing call of that interaction. */
  | { kind: 'answerInteraction'; interactionId: string }
  | { kind: 'reject'; callId: string }
  | { kind: 'hangup'; callId: string }
  | { kind: 'hold'; callId: string }
  | { kind: 'resume'; callId: string }
  | { kind: 'mute'; callId: string; muted: boolean }
  | { kind: 'dtmf'; callId: string; tones: string }
  /** A number (digits, optionally with +) or a sip: URI; interactionId goes out as X-Interaction-Id. */
  | { kind: 'dial'; target: string; interactionId?: string | null }
  /**
   * `toQueue`: the target is a queue (a service number): done once it rings
   * there, as the caller waits in line and not with the adviser. Any other
   * blind transfer is done when the target answers; until then the adviser
   * keeps the call, and gets it back if nobody does.
   */
  | { kind: 'blindTransfer'; callId: string; target: string; toQueue?: boolean }
  | { kind: 'warmTransferStart'; callId: string; target: string }
  | { kind: 'warmTransferComplete' }
  | { kind: 'warmTransferCancel' };

/** Why a command was refused: a stable code the UI turns into words. */
export type RefusalCode =
  | 'no_call'
  | 'not_ringing'
  | 'not_active'
  | 'not_held'
  | 'line_down'
  | 'busy'
  | 'bad_target'
  | 'bad_tones'
  | 'no_transfer'
  | 'transfer_in_progress'
  | 'consult_not_answered'
  | 'no_phone';

export type CommandResult = { ok: true; callId?: string } | { ok: false; code: RefusalCode };

