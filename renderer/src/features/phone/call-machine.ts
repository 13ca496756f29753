// The softphone's rules, with no SIP.js and no clock of its own: what the
// adviser may do to which call, and what each SIP event does to the calls.
// `decide` turns a command into SIP effects (or refuses it with a reason);
// `apply` folds what the SIP side reports into the state, sometimes with a
// follow-up effect (a transfer the target accepted hangs up our legs).
// Kept pure so every rule, and every refusal, is a unit test.
import type { CallView, CommandResult, PhoneCommand, PhoneState, RefusalCode, SipEffect, SipEvent, TransferView } from './call-types';
import { normaliseTarget } from './dial-target';

export interface Step {
  state: PhoneState;
  effects: SipEffect[];
}

export interface Decision extends Step {
  result: CommandResult;
}

export interface MachineContext {
  now: number;
  /** A fresh local call id (outbound calls). */
  newId(): string;
}

const DTMF_TONES = /^[0-9*#A-D]+$/;

const isLive = (c: CallView) => c.status !== 'ended';
/** A call that has the adviser's ear and voice now. */
const isTalking = (c: CallView) => c.status === 'active' || c.status === 'connecting' || c.status === 'transferring';

function refuse(state: PhoneState, code: RefusalCode): Decision {
  return { state, effects: [], result: { ok: false, code } };
}

function accept(state: PhoneState, effects: SipEffect[], callId?: string): Decision {
  return { state, effects, result: callId === undefined ? { ok: true } : { ok: true, callId } };
}

function update(state: PhoneState, callId: string, change: Partial<CallView>): PhoneState {
  return { ...state, calls: state.calls.map((c) => (c.id === callId ? { ...c, ...change } : c)) };
}

function find(state: PhoneState, callId: string): CallView | undefined {
  return state.calls.find((c) => c.id === callId && isLive(c));
}

/** A call just seen: connecting, unmuted, the main call, nothing timed yet but its start. */
function freshCall(id: string, direction: CallView['direction'], remote: string, now: number, change: Partial<CallView> = {}): CallView {
  return {
    id,
    direction,
    remote,
    remoteName: null,
    interactionId: null,
    status: 'connecting',
    muted: false,
    role: 'main',
    pending: null,
    createdAt: now,
    answeredAt: null,
    endedAt: null,
    endCause: null,
    ...change,
  };
}

function newOutbound(ctx: MachineContext, target: string, interactionId: string | null, role: CallView['role']): CallView {
  return freshCall(ctx.newId(), 'outbound', target, ctx.now, { interactionId, role });
}

export function decide(state: PhoneState, command: PhoneCommand, ctx: MachineContext): Decision {
  switch (command.kind) {
    case 'answerInteraction': {
      const call = state.calls.find((c) => c.status === 'ringing' && c.interactionId === command.interactionId);
      return call ? decide(state, { kind: 'answer', callId: call.id }, ctx) : refuse(state, 'no_call');
    }
    case 'answer': {
      const call = find(state, command.callId);
      if (!call) return refuse(state, 'no_call');
      if (call.status !== 'ringing') return refuse(state, 'not_ringing');
      // One conversation at a time: a second call is answered only once the first is on hold.
      if (state.calls.some((c) => c.id !== call.id && isTalking(c))) return refuse(state, 'busy');
      return accept(update(state, call.id, { status: 'connecting' }), [{ op: 'answer', callId: call.id }], call.id);
    }
    case 'reject': {
      const call = find(state, command.callId);
      if (!call) return refuse(state, 'no_call');
      if (call.status !== 'ringing') return refuse(state, 'not_ringing');
      return accept(state, [{ op: 'reject', callId: call.id }], call.id);
    }
    case 'hangup': {
      const call = find(state, command.callId);
      if (!call) return refuse(state, 'no_call');
      // Hanging up a call that only rings here is rejecting it.
      const op = call.status === 'ringing' ? 'reject' : 'hangup';
      return accept(state, [{ op, callId: call.id }], call.id);
    }
    case 'hold': {
      const call = find(state, command.callId);
      if (!call) return refuse(state, 'no_call');
      if (call.status !== 'active' || call.pending) return refuse(state, 'not_active');
      return accept(update(state, call.id, { pending: 'hold' }), [{ op: 'hold', callId: call.id }], call.id);
    }
    case 'resume': {
      const call = find(state, command.callId);
      if (!call) return refuse(state, 'no_call');
      if (call.status !== 'held' || call.pending) return refuse(state, 'not_held');
      // Taking a call off hold while talking on another would mix two conversations.
      if (state.calls.some((c) => c.id !== call.id && isTalking(c))) return refuse(state, 'busy');
      return accept(update(state, call.id, { pending: 'resume' }), [{ op: 'unhold', callId: call.id }], call.id);
    }
    case 'mute': {
      const call = find(state, command.callId);
      if (!call) return refuse(state, 'no_call');
      if (call.status !== 'active' && call.status !== 'held') return refuse(state, 'not_active');
      return accept(update(state, call.id, { muted: command.muted }), [{ op: 'mute', callId: call.id, muted: command.muted }], call.id);
    }
    case 'dtmf': {
      const call = find(state, command.callId);
      if (!call) return refuse(state, 'no_call');
      // Tones mean something only to a far end that is listening: an answered call, not on hold.
      if (call.status !== 'active') return refuse(state, 'not_active');
      const tones = command.tones.toUpperCase();
      if (!DTMF_TONES.test(tones)) return refuse(state, 'bad_tones');
      return accept(state, [...tones].map((tone) => ({ op: 'dtmf' as const, callId: call.id, tone })), call.id);
    }
    case 'dial': {
      if (state.line !== 'registered') return refuse(state, 'line_down');
      const target = normaliseTarget(command.target);
      if (!target) return refuse(state, 'bad_target');
      if (state.calls.some(isTalking) || state.calls.some((c) => c.status === 'ringing')) return refuse(state, 'busy');
      const call = newOutbound(ctx, target, command.interactionId ?? null, 'main');
      return accept({ ...state, calls: [...state.calls, call] }, [{ op: 'invite', callId: call.id, target, interactionId: call.interactionId }], call.id);
    }
    case 'blindTransfer': {
      const call = find(state, command.callId);
      if (!call) return refuse(state, 'no_call');
      if (state.transfer) return refuse(state, 'transfer_in_progress');
      if (call.status !== 'active' && call.status !== 'held') return refuse(state, 'not_active');
      const target = normaliseTarget(command.target);
      if (!target) return refuse(state, 'bad_target');
      const transfer: TransferView = { mode: 'blind', callId: call.id, consultCallId: null, target, priorStatus: call.status, failed: false };
      return accept({ ...update(state, call.id, { status: 'transferring', pending: null }), transfer }, [{ op: 'refer', callId: call.id, target, toQueue: command.toQueue === true }], call.id);
    }
    case 'warmTransferStart': {
      const call = find(state, command.callId);
      if (!call) return refuse(state, 'no_call');
      if (state.transfer) return refuse(state, 'transfer_in_progress');
      if (state.line !== 'registered') return refuse(state, 'line_down');
      if ((call.status !== 'active' && call.status !== 'held') || call.pending) return refuse(state, 'not_active');
      const target = normaliseTarget(command.target);
      if (!target) return refuse(state, 'bad_target');
      // The consumer waits on hold while the adviser talks to the target.
      const consult = newOutbound(ctx, target, null, 'consult');
      const effects: SipEffect[] = [];
      let next = state;
      if (call.status === 'active') {
        next = update(next, call.id, { pending: 'hold' });
        effects.push({ op: 'hold', callId: call.id });
      }
      effects.push({ op: 'invite', callId: consult.id, target, interactionId: null });
      // The consumer is on hold for the whole consultation, so a failed completion leaves them held.
      const transfer: TransferView = { mode: 'warm', callId: call.id, consultCallId: consult.id, target, priorStatus: 'held', failed: false };
      return accept({ ...next, calls: [...next.calls, consult], transfer }, effects, consult.id);
    }
    case 'warmTransferComplete': {
      const transfer = state.transfer;
      if (!transfer || transfer.mode !== 'warm' || !transfer.consultCallId) return refuse(state, 'no_transfer');
      const main = find(state, transfer.callId);
      const consult = find(state, transfer.consultCallId);
      if (!main) return refuse(state, 'no_call');
      if (!consult || (consult.status !== 'active' && consult.status !== 'held')) return refuse(state, 'consult_not_answered');
      if (main.status === 'transferring') return refuse(state, 'transfer_in_progress');
      const next = update(state, main.id, { status: 'transferring', pending: null });
      return accept({ ...next, transfer: { ...transfer, failed: false } }, [{ op: 'referReplaces', callId: main.id, replacesCallId: consult.id }], main.id);
    }
    case 'warmTransferCancel': {
      const transfer = state.transfer;
      if (!transfer || transfer.mode !== 'warm') return refuse(state, 'no_transfer');
      const main = find(state, transfer.callId);
      if (main?.status === 'transferring') return refuse(state, 'transfer_in_progress');
      const effects: SipEffect[] = [];
      if (transfer.consultCallId && find(state, transfer.consultCallId)) effects.push({ op: 'hangup', callId: transfer.consultCallId });
      let next: PhoneState = { ...state, transfer: null };
      // Back to the consumer: off hold at once (the consultation leg is going away).
      if (main?.status === 'held') {
        next = update(next, main.id, { pending: 'resume' });
        effects.push({ op: 'unhold', callId: main.id });
      }
      return accept(next, effects, main?.id);
    }
  }
}

export function apply(state: PhoneState, event: SipEvent, now: number): Step {
  const none = (next: PhoneState): Step => ({ state: next, effects: [] });
  switch (event.type) {
    case 'registering':
      return none({ ...state, line: 'registering', lineError: null });
    case 'registered':
      return none({ ...state, line: 'registered', lineError: null });
    case 'unregistered':
      return none({ ...state, line: 'unregistered', lineError: event.error });
    case 'not_configured':
      return none({ ...state, line: 'not_configured', lineError: null });
    case 'stopped':
      return none({ ...state, line: 'idle', lineError: null });
    case 'incoming': {
      if (state.calls.some((c) => c.id === event.callId)) return none(state);
      const replaced = event.replacesCallId ? find(state, event.replacesCallId) : undefined;
      // A transfer taking over a call here is answered at once (the adapter does): no ringing.
      const call = freshCall(event.callId, 'inbound', event.remote, now, {
        remoteName: event.remoteName,
        interactionId: event.interactionId,
        status: replaced ? 'connecting' : 'ringing',
        role: replaced?.role ?? 'main',
      });
      return none({ ...state, calls: [...state.calls, call] });
    }
    case 'referred': {
      if (state.calls.some((c) => c.id === event.callId)) return none(state);
      const call = freshCall(event.callId, 'outbound', event.remote, now);
      return none({ ...state, calls: [...state.calls, call] });
    }
    case 'established': {
      const call = find(state, event.callId);
      if (!call) return none(state);
      return none(update(state, call.id, { status: 'active', answeredAt: call.answeredAt ?? now }));
    }
    case 'held': {
      const call = find(state, event.callId);
      if (!call || call.status === 'transferring') return none(state);
      return none(update(state, call.id, { status: event.held ? 'held' : 'active', pending: null }));
    }
    case 'hold_failed': {
      const call = find(state, event.callId);
      return none(call ? update(state, call.id, { pending: null }) : state);
    }
    case 'refer_result': {
      const transfer = state.transfer;
      if (!transfer || transfer.callId !== event.callId) return none(state);
      if (event.ok) {
        // The target has the consumer now: our legs end, and say why.
        const effects: SipEffect[] = [{ op: 'hangup', callId: transfer.callId }];
        if (transfer.consultCallId && find(state, transfer.consultCallId)) effects.push({ op: 'hangup', callId: transfer.consultCallId });
        let next = state;
        if (transfer.consultCallId) next = update(next, transfer.consultCallId, { status: 'transferring' });
        return { state: next, effects };
      }
      return none({ ...update(state, transfer.callId, { status: transfer.priorStatus }), transfer: transfer.mode === 'warm' ? { ...transfer, failed: true } : null });
    }
    case 'ended': {
      const call = state.calls.find((c) => c.id === event.callId);
      if (!call) return none(state);
      // A warm transfer being completed: the target ends the consultation as the consumer's call replaces it.
      const completing = state.transfer?.consultCallId === call.id && find(state, state.transfer.callId)?.status === 'transferring';
      const cause = call.status === 'transferring' || completing ? 'transferred' : event.cause;
      const ended: CallView = { ...call, status: 'ended', endedAt: now, endCause: cause, pending: null };
      const calls = state.calls.filter((c) => c.id !== call.id);
      let transfer = state.transfer;
      if (transfer && (transfer.callId === call.id || transfer.consultCallId === call.id)) {
        if (transfer.callId === call.id) {
          // The consumer is gone (or handed over): a consultation leg still up is an ordinary call now.
          transfer = null;
          const rest = calls.map((c) => (c.role === 'consult' ? { ...c, role: 'main' as const } : c));
          return none({ ...state, calls: rest, transfer, lastEnded: ended });
        }
        // The target hung up or never answered: the consumer stays on hold for the adviser to resume.
        // While completing, the REFER's outcome decides (it may still fail and leave the consumer held).
        if (!completing) transfer = null;
      }
      return none({ ...state, calls, transfer, lastEnded: ended });
    }
  }
}
