import { describe, expect, it } from 'vitest';
import { offerForShortcut } from './offer-choice';

const now = Date.parse('2026-11-25T09:00:30Z');
const contact = (id: string, over: { state?: 'offered' | 'active' | 'wrap_up'; offeredAt?: string; expires?: string | null } = {}) => ({
  id,
  state: over.state ?? 'offered',
  arrivedAt: '2026-11-25T08:59:00Z',
  offeredAt: over.offeredAt ?? '2026-11-25T09:00:20Z',
  offerExpiresAt: over.expires === undefined ? '2026-11-25T09:00:40Z' : over.expires,
});

describe('offerForShortcut', () => {
  it('acts on the one ringing offer', () => {
    expect(offerForShortcut([contact('a')], now)?.id).toBe('a');
  });

  it('never acts on a contact that is not offered', () => {
    expect(offerForShortcut([contact('a', { state: 'active' }), contact('b', { state: 'wrap_up' })], now)).toBeNull();
    expect(offerForShortcut([], now)).toBeNull();
  });

  it('prefers an offer still ringing over an older one whose time ran out', () => {
    const old = contact('old', { offeredAt: '2026-11-25T09:00:00Z', expires: '2026-11-25T09:00:20Z' });
    const fresh = contact('fresh', { offeredAt: '2026-11-25T09:00:25Z', expires: '2026-11-25T09:00:45Z' });
    expect(offerForShortcut([fresh, old], now)?.id).toBe('fresh');
  });

  it('takes the oldest of several ringing offers', () => {
    const first = contact('first', { offeredAt: '2026-11-25T09:00:10Z' });
    const second = contact('second', { offeredAt: '2026-11-25T09:00:20Z' });
    expect(offerForShortcut([second, first], now)?.id).toBe('first');
  });

  it('still tries an offer whose countdown reached zero when there is no other (the server may not have taken it back yet)', () => {
    expect(offerForShortcut([contact('late', { expires: '2026-11-25T09:00:30Z' })], now)?.id).toBe('late');
    expect(offerForShortcut([contact('none', { expires: null })], now)?.id).toBe('none');
  });

  it('acts on the offer with focus in its card, even if another is older', () => {
    const first = contact('first', { offeredAt: '2026-11-25T09:00:10Z' });
    const second = contact('second', { offeredAt: '2026-11-25T09:00:20Z' });
    expect(offerForShortcut([first, second], now, 'second')?.id).toBe('second');
    // Focus on a contact that is no offer (an active one) changes nothing.
    expect(offerForShortcut([first, contact('active', { state: 'active' })], now, 'active')?.id).toBe('first');
  });
});
