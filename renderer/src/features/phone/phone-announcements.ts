// What to tell a screen-reader user when the phone changes: the same things a
// sighted adviser sees change in the call panel. Pure: from two states to
// message keys; use-phone-announcer.ts says them through the app's announcer.
import type { Messages } from '../../lib/i18n/sv';
import type { EndCause, PhoneState } from './call-types';

export interface Announcement {
  key: `phone.${keyof Messages['phone']}`;
  caller?: string;
  cause?: EndCause;
}

export function phoneAnnouncements(prev: PhoneState, next: PhoneState): Announcement[] {
  const out: Announcement[] = [];
  const before = new Map(prev.calls.map((c) => [c.id, c]));
  for (const call of next.calls) {
    const was = before.get(call.id);
    // A routed call is announced by its offer (the inbox says who and on which channel).
    if (!was && call.status === 'ringing' && !call.interactionId) out.push({ key: 'phone.announceIncoming', caller: call.remoteName ?? call.remote });
    if (!was) continue;
    if (call.status === 'active' && (was.status === 'ringing' || was.status === 'connecting')) {
      out.push({ key: call.role === 'consult' ? 'phone.announceConsultAnswered' : 'phone.announceAnswered' });
    }
    if (call.status === 'held' && was.status === 'active') out.push({ key: 'phone.announceHeld' });
    if (call.status === 'active' && was.status === 'held') out.push({ key: 'phone.announceResumed' });
    if (call.muted !== was.muted) out.push({ key: call.muted ? 'phone.announceMuted' : 'phone.announceUnmuted' });
  }
  const ended = next.lastEnded;
  if (ended && ended.endCause && (prev.lastEnded?.id !== ended.id || prev.lastEnded.endedAt !== ended.endedAt)) {
    out.push({ key: 'phone.announceEnded', cause: ended.endCause });
  }
  if (next.transfer?.failed && !prev.transfer?.failed) out.push({ key: 'phone.transferFailed' });
  return out;
}
