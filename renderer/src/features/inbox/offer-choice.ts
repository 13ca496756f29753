// Which offer the accept/decline shortcut acts on. The server rings at most
// one contact per adviser at a time, but the page may briefly hold two (an
// offer that rang out while the next arrived), so the choice is explicit:
// the offer the adviser is on (focus inside its card), else the oldest one
// still ringing, else the oldest one — the page's countdown may reach zero a
// moment before the server takes an offer back, and trying costs nothing.
import type { Interaction } from '../../lib/bridge-types';

type Offer = Pick<Interaction, 'id' | 'state' | 'offerExpiresAt' | 'offeredAt' | 'arrivedAt'>;

const stillRinging = (offer: Offer, serverNow: number) => offer.offerExpiresAt !== null && Date.parse(offer.offerExpiresAt) > serverNow;
const offeredTime = (offer: Offer) => offer.offeredAt ?? offer.arrivedAt;

export function offerForShortcut<T extends Offer>(contacts: readonly T[], serverNow: number, focusedId: string | null = null): T | null {
  const offers = contacts.filter((c) => c.state === 'offered').sort((a, b) => offeredTime(a).localeCompare(offeredTime(b)));
  const focused = focusedId ? offers.find((o) => o.id === focusedId) : undefined;
  if (focused) return focused;
  return offers.find((o) => stillRinging(o, serverNow)) ?? offers[0] ?? null;
}
