// A lead sets an adviser ready, not ready (with a reason) or offline. The
// server answers at once; the board shows the change when its live event
// arrives. An adviser in a contact stays busy until it is done, so the
// confirmation says when the new state applies.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import type { Presence } from '../../lib/bridge-types';
import { errorMessage } from '../../lib/error-message';
import { useSetAdviserPresence, type PresenceIntentChoice } from './adviser-hooks';
import type { BoardFormat } from './board-format';
import { CHOSEN_REASONS, type ChosenReason } from './types';

type Intent = Presence['intent'];
const INTENTS: readonly Intent[] = ['ready', 'not_ready', 'offline'];

const chosenReason = (r: Presence['reason']): ChosenReason | '' => (CHOSEN_REASONS as readonly string[]).includes(r ?? '') ? (r as ChosenReason) : '';

export function PresenceForm({ presence, format }: { presence: Presence; format: BoardFormat }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useUiStore((s) => s.announce);
  const setPresence = useSetAdviserPresence();
  const [intent, setIntent] = useState<Intent>(presence.intent);
  const [reason, setReason] = useState<ChosenReason | ''>(chosenReason(presence.reason));
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (intent === 'not_ready' && !reason) {
      setProblem(t('wallboard.needReason'));
      return;
    }
    setProblem(null);
    const choice: PresenceIntentChoice = intent === 'not_ready' ? { intent, reason: reason as ChosenReason } : { intent };
    const stateText = intent === 'not_ready' ? `${format.state('not_ready')} (${format.reason(reason as ChosenReason)})` : format.state(intent);
    setPresence.mutate(
      { userId: presence.userId, choice },
      {
        onSuccess: (now) => {
          const working = now.state === 'busy' || now.state === 'wrap_up';
          const text = t(working && intent !== 'ready' ? 'wallboard.presenceSetLater' : 'wallboard.presenceSet', { name: presence.displayName, state: stateText });
          setDone(text);
          announce(text);
        },
        onError: (error) => setProblem(t('wallboard.failed', { message: errorMessage(error) })),
      },
    );
  };

  return (
    <form className="steer-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('wallboard.presenceLegend')}</legend>
        <div className="choice-row">
          {INTENTS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-intent`}
                value={value}
                checked={intent === value}
                onChange={() => setIntent(value)}
                {...(intent === value ? { 'data-autofocus': true } : {})}
              />
              {t(`wallboard.intent_${value}`)}
            </label>
          ))}
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('wallboard.reason')}</label>
          <select
            id={`${id}-reason`}
            value={reason}
            disabled={intent !== 'not_ready'}
            aria-required={intent === 'not_ready'}
            aria-invalid={problem === t('wallboard.needReason')}
            onChange={(e) => setReason(e.target.value as ChosenReason | '')}
          >
            <option value="">{t('wallboard.chooseReason')}</option>
            {CHOSEN_REASONS.map((r) => (
              <option key={r} value={r}>
                {format.reason(r)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {/* Always present, so the confirmation is announced when it fills in. */}
      <p className="form-done" role="status">
        {done}
      </p>
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={setPresence.isPending}>
          {setPresence.isPending ? t('wallboard.saving') : t('wallboard.applyPresence')}
        </button>
      </div>
    </form>
  );
}
