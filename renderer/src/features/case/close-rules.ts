// Which outcomes a case can close with now. Mirrors the backend's rule that
// "referred" needs a referral on the case, so the adviser sees why up front.
import type { CaseOutcome } from '../../lib/bridge-types';

export const OUTCOMES: readonly CaseOutcome[] = ['answered', 'referred', 'outside_remit'];

export type OutcomeBlock = 'needs_referral' | null;

export function outcomeBlock(outcome: CaseOutcome, referralCount: number): OutcomeBlock {
  return outcome === 'referred' && referralCount === 0 ? 'needs_referral' : null;
}
