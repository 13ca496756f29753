// What the adviser fills in during wrap-up (topic, outcome, close the case),
// kept as a draft per contact until it is written to the case. The server
// ends a wrap-up by itself when its time runs out; the contact then leaves
// the live picture, but a draft with something in it stays (as "time ran
// out, save it to the case"), so nothing typed is lost. Pure rules here; the
// store is wrap-up-drafts.ts.
import type { CaseOutcome, CaseView, Channel, Interaction } from '../../lib/bridge-types';
import type { CasePatchInput } from '../case/case-queries';
import { outcomeBlock } from '../case/close-rules';

export interface WrapUpDraft {
  interactionId: string;
  /** Whose draft: a shared workstation never shows one adviser's draft to the next. */
  userId: string;
  caseId: string | null;
  channel: Channel;
  startedAt: string;
  /** Undefined: not touched, the case's own value stands. '' chooses no topic. */
  topicId?: string;
  outcome?: CaseOutcome;
  /** Close the case with the outcome (most contacts are settled in one go). */
  closeCase: boolean;
}

export type DraftFields = Partial<Pick<WrapUpDraft, 'topicId' | 'outcome' | 'closeCase'>>;

export interface WrapUpEntry {
  id: string;
  /** The contact in wrap-up, or null when only the draft is left. */
  interaction: Interaction | null;
  draft: WrapUpDraft | null;
  /** The server ended the wrap-up (its time ran out) while the draft was still open. */
  expired: boolean;
}

/**
 * The wrap-up forms to show: every contact in wrap-up (with its draft, if
 * any), then the drafts left behind by contacts that are gone. Whether a
 * contact is gone is only known while the live picture is current
 * (`liveKnown`); until then a leftover draft is shown but not called expired.
 */
export function wrapUpEntries(
  interactions: readonly Interaction[],
  drafts: Readonly<Record<string, WrapUpDraft>>,
  userId: string | null,
  liveKnown: boolean,
): WrapUpEntry[] {
  const mine = Object.values(drafts).filter((d) => d.userId === userId);
  const held = new Set(interactions.map((i) => i.id));
  const inWrapUp = interactions.filter((i) => i.state === 'wrap_up').map((i) => ({ id: i.id, interaction: i, draft: mine.find((d) => d.interactionId === i.id) ?? null, expired: false }));
  const leftOver = mine
    .filter((d) => !held.has(d.interactionId))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((d) => ({ id: d.interactionId, interaction: null, draft: d, expired: liveKnown }));
  return [...inWrapUp, ...leftOver];
}

/** The form's values: the draft where touched, the case's own values elsewhere. */
export function formValues(draft: WrapUpDraft | null, view: Pick<CaseView, 'topicId' | 'outcome'> | null): { topicId: string; outcome: CaseOutcome | null; closeCase: boolean } {
  return {
    topicId: draft?.topicId !== undefined ? draft.topicId : (view?.topicId ?? ''),
    outcome: draft?.outcome ?? view?.outcome ?? null,
    closeCase: draft?.closeCase ?? true,
  };
}

/** Only what differs from the case, so finishing twice (or after a sync) writes nothing twice; null when nothing does. */
export function casePatch(draft: WrapUpDraft | null, view: Pick<CaseView, 'topicId' | 'outcome' | 'status'>): CasePatchInput | null {
  const values = formValues(draft, view);
  const patch: CasePatchInput = {};
  const topicId = values.topicId || null;
  if (topicId !== (view.topicId ?? null)) patch.topicId = topicId;
  if (values.outcome && values.outcome !== view.outcome) patch.outcome = values.outcome;
  if (values.closeCase && view.status !== 'closed') patch.status = 'closed';
  return Object.keys(patch).length > 0 ? patch : null;
}

export type FinishBlock = 'needs_outcome' | 'needs_referral' | null;

/** Why the form cannot be finished yet: an outcome is always asked for, and closing as "referred" needs a referral. */
export function finishBlock(draft: WrapUpDraft | null, view: Pick<CaseView, 'topicId' | 'outcome' | 'status' | 'referrals'>): FinishBlock {
  const values = formValues(draft, view);
  if (!values.outcome) return 'needs_outcome';
  if (values.closeCase && view.status !== 'closed' && outcomeBlock(values.outcome, view.referrals.length)) return 'needs_referral';
  return null;
}
