import { describe, expect, it } from 'vitest';
import { OUTCOMES, outcomeBlock } from './close-rules';

describe('outcomeBlock', () => {
  it('blocks "referred" until the case has a referral', () => {
    expect(outcomeBlock('referred', 0)).toBe('needs_referral');
    expect(outcomeBlock('referred', 1)).toBeNull();
  });

  it('never blocks the other outcomes', () => {
    for (const outcome of OUTCOMES.filter((o) => o !== 'referred')) expect(outcomeBlock(outcome, 0)).toBeNull();
  });
});
