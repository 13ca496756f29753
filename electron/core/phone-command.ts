// Bridge arguments are untrusted data: a phone command from the workspace is
// checked for shape here before it is relayed to the phone window.
import type { PhoneCommand } from '../bridge.js';

const str = (v: unknown, max = 256): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function parsePhoneCommand(input: unknown): PhoneCommand | null {
  if (typeof input !== 'object' || input === null) return null;
  const c = input as Record<string, unknown>;
  switch (c.kind) {
    case 'answer':
    case 'reject':
    case 'hangup':
    case 'hold':
    case 'resume':
      return str(c.callId) ? { kind: c.kind, callId: c.callId } : null;
    case 'answerInteraction':
      return str(c.interactionId) ? { kind: 'answerInteraction', interactionId: c.interactionId } : null;
    case 'mute':
      return str(c.callId) && typeof c.muted === 'boolean' ? { kind: 'mute', callId: c.callId, muted: c.muted } : null;
    case 'dtmf':
      return str(c.callId) && str(c.tones, 64) ? { kind: 'dtmf', callId: c.callId, tones: c.tones } : null;
    case 'dial':
      if (!str(c.target)) return null;
      if (c.interactionId !== undefined && c.interactionId !== null && !str(c.interactionId)) return null;
      return { kind: 'dial', target: c.target, interactionId: (c.interactionId as string | null | undefined) ?? null };
    case 'blindTransfer':
      if (c.toQueue !== undefined && typeof c.toQueue !== 'boolean') return null;
      return str(c.callId) && str(c.target) ? { kind: 'blindTransfer', callId: c.callId, target: c.target, ...(c.toQueue ? { toQueue: true } : {}) } : null;
    case 'warmTransferStart':
      return str(c.callId) && str(c.target) ? { kind: c.kind, callId: c.callId, target: c.target } : null;
    case 'warmTransferComplete':
    case 'warmTransferCancel':
      return { kind: c.kind };
    default:
      return null;
  }
}
