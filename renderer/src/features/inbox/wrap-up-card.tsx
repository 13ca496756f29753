// The wrap-up of one contact: the time left (server time, extendable), then
// topic, outcome, closing and referrals, written to the case through the
// desk's offline-capable case writes; "Done" then completes the wrap-up on
// the server. What the adviser fills in is kept as a draft, so it survives
// the server ending the wrap-up when its time runs out (then the form only
// saves to the case).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TopicSelect } from '../../components/topic-select';
import { useUiStore } from '../../app/ui-store';
import { displayReference } from '../../lib/format';
import { useChangeCase } from '../case/case-queries';
import { OUTCOMES } from '../case/close-rules';
import { useSession } from '../session/session-hooks';
import { useTopics } from '../topics/reference-queries';
import { liveErrorText, liveProblemCode } from '../live/live-errors';
import { useArrivingCase, useCompleteWrapUp } from '../live/live-hooks';
import { ChannelIcon } from './channel-icon';
import { focusIsLost, recoverFocusToInbox } from './focus-helpers';
import { WrapUpTimer } from './wrap-up-timer';
import { casePatch, finishBlock, formValues, type DraftFields, type WrapUpEntry } from './wrap-up-draft';
import { useWrapUpDrafts } from './wrap-up-drafts';

export function WrapUpCard({ entry }: { entry: WrapUpEntry }) {
  const { t } = useTranslation();
  const id = useId();
  const userId = useSession()?.user?.id ?? '';
  const { interaction, draft } = entry;
  const caseId = interaction?.caseId ?? draft?.caseId ?? null;
  const channel = interaction?.channel ?? draft?.channel ?? 'phone';
  const view = useArrivingCase(caseId).data ?? null;
  const topics = useTopics();
  const edit = useWrapUpDrafts((s) => s.edit);
  const discard = useWrapUpDrafts((s) => s.discard);
  const openDialog = useUiStore((s) => s.openDialog);
  const selectCase = useUiStore((s) => s.selectCase);
  const announce = useUiStore((s) => s.announce);
  const change = useChangeCase();
  const complete = useCompleteWrapUp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Ending the contact removed the button that had focus: carry on here.
  useEffect(() => {
    if (focusIsLost()) headingRef.current?.focus();
  }, []);

  const values = formValues(draft, view);
  const set = (fields: DraftFields) => {
    setError(null);
    edit({ interactionId: entry.id, userId, caseId, channel }, fields);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (caseId && !view) {
      setError(t('inbox.wrapUp.needsCase'));
      return;
    }
    const block = view ? finishBlock(draft, view) : null;
    if (block) {
      setError(block === 'needs_outcome' ? t('inbox.wrapUp.needsOutcome') : t('closeCase.referredNeedsReferral'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const patch = view ? casePatch(draft, view) : null;
      // The case first: it is written locally and synced, so it holds even if completing fails.
      if (view && patch) await change.mutateAsync({ view, patch });
      if (interaction) {
        try {
          await complete.mutateAsync({ id: interaction.id });
        } catch (failure) {
          // The server already ended it (the time ran out a moment ago): the case is written, that is what counts.
          if (liveProblemCode(failure) !== 'invalid_state') throw failure;
        }
      }
      discard(entry.id);
      announce(interaction ? t('inbox.wrapUp.completed') : t('inbox.wrapUp.saved'));
      recoverFocusToInbox();
    } catch (failure) {
      const message = liveProblemCode(failure) === 'offline' ? t('live.offline') : liveErrorText(failure);
      setError(t('inbox.stepFailed', { message }));
    } finally {
      setBusy(false);
    }
  };

  const reference = view ? (displayReference(view.reference) ?? t('caseItem.newUnsynced')) : null;
  const referralNames = view?.referrals.map((r) => r.partnerName).join(', ') ?? '';
  const closed = view?.status === 'closed';

  return (
    <li>
      <article className={entry.expired ? 'contact-card wrap-up-card wrap-up-expired' : 'contact-card wrap-up-card'} data-contact-id={entry.id} aria-labelledby={`${id}-title`}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="contact-card-head">
            <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="contact-title">
              <ChannelIcon channel={channel} />
              {t('inbox.wrapUp.title', { channel: t(`channel.${channel}`) })}
            </h3>
            {interaction && <WrapUpTimer contact={interaction} />}
          </div>
          {!interaction && <p className="banner banner-pending">{entry.expired ? t('inbox.wrapUp.expired') : t('inbox.wrapUp.unsynced')}</p>}
          <p className="contact-case">
            <span className="contact-case-label">{t('inbox.caseLabel')}: </span>
            {view && reference ? (
              <button type="button" className="link-button" onClick={() => selectCase(view.id)} aria-label={t('inbox.openCase', { reference })}>
                {reference}
              </button>
            ) : (
              <span role="status">{caseId ? t('inbox.loadingCase') : t('common.none')}</span>
            )}
          </p>
          <div className="field">
            <label htmlFor={`${id}-topic`}>{t('inbox.wrapUp.topic')}</label>
            <TopicSelect
              id={`${id}-topic`}
              topics={topics.data ?? []}
              value={values.topicId}
              emptyLabel={t('caseView.noTopic')}
              disabled={!view || closed}
              onChange={(topicId) => set({ topicId })}
            />
          </div>
          <fieldset className="radio-group">
            <legend>{t('inbox.wrapUp.outcome')}</legend>
            {OUTCOMES.map((value) => (
              <div key={value} className="radio-row">
                <input
                  type="radio"
                  id={`${id}-outcome-${value}`}
                  name={`${id}-outcome`}
                  value={value}
                  checked={values.outcome === value}
                  disabled={!view || closed}
                  onChange={() => set({ outcome: value })}
                />
                <label htmlFor={`${id}-outcome-${value}`}>{t(`outcome.${value}`)}</label>
              </div>
            ))}
          </fieldset>
          {!closed && (
            <div className="checkbox-row">
              <input type="checkbox" id={`${id}-close`} checked={values.closeCase} disabled={!view} onChange={(e) => set({ closeCase: e.target.checked })} />
              <label htmlFor={`${id}-close`}>{t('inbox.wrapUp.closeCase')}</label>
            </div>
          )}
          <div className="wrap-up-referrals">
            <p className="small">
              {view && view.referrals.length > 0 ? t('inbox.wrapUp.referrals', { count: view.referrals.length, names: referralNames }) : t('inbox.wrapUp.noReferrals')}
            </p>
            <button
              type="button"
              className="small-button"
              disabled={!view || closed}
              onClick={() => view && openDialog({ kind: 'referral', caseId: view.id, ...(values.topicId ? { topicId: values.topicId } : {}) })}
            >
              {t('inbox.wrapUp.refer')}
            </button>
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {interaction && <p className="hint">{t('inbox.wrapUp.savedOnDone')}</p>}
          <div className="contact-actions">
            <button type="submit" className="primary" disabled={busy}>
              {interaction ? t('inbox.wrapUp.done') : t('inbox.wrapUp.save')}
            </button>
            {!interaction && (
              <button type="button" onClick={() => discard(entry.id)} disabled={busy}>
                {t('inbox.wrapUp.discard')}
              </button>
            )}
          </div>
        </form>
      </article>
    </li>
  );
}
