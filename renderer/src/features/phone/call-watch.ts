// What follows from the phone's state changes, decided purely so it is
// tested: which routed calls were just answered here (however — offer card,
// call panel, shortcut or headset — so their case opens), and whether a
// direct call (a colleague, a transfer target calling back) is ringing, which
// the routed-offer ring does not cover.
import type { PhoneState } from './call-types';

/** Interaction ids of calls that left ringing for connecting or active between `prev` and `next`. */
export function answeredInteractions(prev: PhoneState, next: PhoneState): string[] {
  const before = new Map(prev.calls.map((c) => [c.id, c.status]));
  return next.calls
    .filter((c) => c.interactionId && before.get(c.id) === 'ringing' && (c.status === 'connecting' || c.status === 'active'))
    .map((c) => c.interactionId as string);
}

/** True while a call with no routed offer behind it rings here. */
export function directCallRinging(state: PhoneState): boolean {
  return state.calls.some((c) => c.status === 'ringing' && !c.interactionId);
}
