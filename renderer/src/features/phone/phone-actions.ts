// The softphone's public API for the rest of the workspace (offer cards,
// shortcuts, the headset, the callback feature): plain functions that work
// from anywhere, outside React too.
//
//   placeCall(number, interactionId)  dial out, e.g. a callback; the
//       interaction id travels as X-Interaction-Id so the platform and the
//       backend tie the call to it.
//   answerInteraction(interactionId)  answer the ringing call routed for an
//       offered phone contact (the offer card's Answer).
import type { CommandResult, PhoneCommand } from './call-types';
import { usePhoneStore } from './phone-store';

export function phoneCommand(command: PhoneCommand): Promise<CommandResult> {
  const client = usePhoneStore.getState().client;
  if (!client) return Promise.resolve({ ok: false, code: 'no_phone' });
  return client.command(command);
}

export function placeCall(number: string, interactionId: string | null = null): Promise<CommandResult> {
  return phoneCommand({ kind: 'dial', target: number, interactionId });
}

export function answerInteraction(interactionId: string): Promise<CommandResult> {
  return phoneCommand({ kind: 'answerInteraction', interactionId });
}

/** True when a SIP call routed for this interaction is ringing here now. */
export function isRingingHere(interactionId: string): boolean {
  return usePhoneStore.getState().state.calls.some((c) => c.status === 'ringing' && c.interactionId === interactionId);
}

/** The live call of an interaction, if the softphone has one. */
export function callOfInteraction(interactionId: string) {
  return usePhoneStore.getState().state.calls.find((c) => c.interactionId === interactionId) ?? null;
}
