// A callback in the adviser's hands: the number to call, the window the
// consumer asked for, their question and the attempts so far; "Ring upp"
// dials (through features/phone/dial.ts), and the outcome buttons record how
// the attempt went. No answer or busy sends it back to the queue for a later
// try, so the card leaves the inbox; reached keeps the conversation going.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import type { Interaction } from '../../lib/bridge-types';
import { formatDateTime, formatTime } from '../../lib/format';
import { liveErrorText, liveProblemCode } from '../live/live-errors';
import { recoverFocusToInbox } from '../inbox/focus-helpers';
import { dialNumber } from '../phone/dial';
import { formatWindow, groupSwedishNumber } from './callback-format';
import { useCallbackDetail, useRecordAttempt, type CallbackOutcome } from './callback-hooks';

const OUTCOMES: readonly CallbackOutcome[] = ['reached', 'no_answer', 'busy', 'wrong_number'];

export function CallbackPanel({ contact }: { contact: Interaction }) {
  const { t, i18n } = useTranslation();
  const noteId = useId();
  const detail = useCallbackDetail(contact.id);
  const record = useRecordAttempt();
  const announce = useUiStore((s) => s.announce);
  const [note, setNote] = useState('');
  const [dialRefusal, setDialRefusal] = useState<string | null>(null);

  if (detail.isPending) return <p role="status">{t('callback.loading')}</p>;
  if (detail.isError) {
    return (
      <p className="form-error" role="alert">
        {t('callback.loadFailed', { message: liveErrorText(detail.error) })}
      </p>
    );
  }
  const cb = detail.data;
  const phone = cb.phone;
  const number = phone ? groupSwedishNumber(phone) : null;
  const reached = cb.attempts.some((a) => a.outcome === 'reached');
  const lang = i18n.language;

  const recordOutcome = (outcome: CallbackOutcome) => {
    if (record.isPending) return;
    record.mutate(
      { id: contact.id, outcome, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (result) => {
          setNote('');
          const state = result.interaction.state;
          if (state === 'queued') {
            announce(t('callback.retryLater', { time: formatTime(result.interaction.availableAt, lang) }));
            recoverFocusToInbox();
          } else if (state === 'wrap_up' || state === 'done') {
            announce(t('callback.ended'));
          } else {
            announce(t('callback.reachedAnnounce'));
          }
        },
      },
    );
  };
  const failure = record.isError ? (liveProblemCode(record.error) === 'offline' ? t('live.offline') : liveErrorText(record.error)) : null;

  return (
    <div className="callback-panel">
      <dl className="contact-facts">
        <dt>{t('callback.number')}</dt>
        <dd className="contact-from">{number ?? t('inbox.unknownFrom')}</dd>
        <dt>{t('callback.window')}</dt>
        {/* A callback registered by a channel (no booking) has no window's end: it may be called from then on. */}
        <dd>{cb.windowEnd ? formatWindow(cb.windowStart, cb.windowEnd, lang) : t('callback.from', { when: formatDateTime(cb.windowStart, lang) })}</dd>
        {cb.reference && (
          <>
            <dt>{t('callback.reference')}</dt>
            <dd>{cb.reference}</dd>
          </>
        )}
        {cb.gaveUpWaitingAt && (
          <>
            <dt>{t('callback.origin')}</dt>
            <dd>{t('callback.gaveUpWaiting', { when: formatDateTime(cb.gaveUpWaitingAt, lang) })}</dd>
          </>
        )}
        {cb.question && (
          <>
            <dt>{t('callback.question')}</dt>
            <dd className="callback-question">{cb.question}</dd>
          </>
        )}
      </dl>
      <h4 className="callback-attempts-title">{t('callback.attempts', { done: cb.attempts.length, max: cb.maxAttempts })}</h4>
      {cb.attempts.length === 0 ? (
        <p className="muted small">{t('callback.noAttempts')}</p>
      ) : (
        <ol className="callback-attempts">
          {cb.attempts.map((a) => (
            <li key={a.at}>
              <span className="tabular">{formatTime(a.at, lang)}</span> {t(`callback.outcome.${a.outcome}`)} – {a.adviserName}
              {a.note && <span className="callback-attempt-note">: {a.note}</span>}
            </li>
          ))}
        </ol>
      )}
      {reached ? (
        <p className="muted small">{t('callback.reachedHint')}</p>
      ) : (
        <>
          {phone && (
            <div className="contact-actions">
              <button type="button" className="primary" onClick={() => void dialNumber(phone, contact.id).then(setDialRefusal)}>
                {t('callback.dial', { number })}
              </button>
            </div>
          )}
          <fieldset className="callback-outcomes" disabled={record.isPending}>
            <legend>{t('callback.outcomeLegend')}</legend>
            <label htmlFor={noteId} className="small">
              {t('callback.note')}
            </label>
            <input id={noteId} type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
            <div className="contact-actions">
              {OUTCOMES.map((outcome) => (
                <button key={outcome} type="button" onClick={() => recordOutcome(outcome)}>
                  {t(`callback.outcome.${outcome}`)}
                </button>
              ))}
            </div>
          </fieldset>
        </>
      )}
      {dialRefusal && (
        <p className="form-error" role="alert">
          {dialRefusal}
        </p>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {t('inbox.stepFailed', { message: failure })}
        </p>
      )}
    </div>
  );
}
