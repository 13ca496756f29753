import { describe, expect, it } from 'vitest';
import { RING } from './offer-ring';

describe('the offer ring', () => {
  it('is short: over within a second', () => {
    const end = Math.max(...RING.map((t) => t.at + t.duration));
    expect(end).toBeGreaterThan(0.3);
    expect(end).toBeLessThanOrEqual(1);
  });

  it('has notes that do not overlap, in order, within the audible range of a headset', () => {
    for (let i = 1; i < RING.length; i++) {
      const previous = RING[i - 1]!;
      expect(RING[i]!.at).toBeGreaterThanOrEqual(previous.at + previous.duration);
    }
    for (const tone of RING) {
      expect(tone.frequency).toBeGreaterThanOrEqual(300);
      expect(tone.frequency).toBeLessThanOrEqual(3000);
    }
  });
});
