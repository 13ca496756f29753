// A lead moves an adviser between channels and languages. The change carries
// the profile version the form was filled from; if someone else changed the
// profile meanwhile the server answers 409 version_conflict, the form takes
// the current values and says so, and the lead decides again.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import type { Channel, Language, Presence } from '../../lib/bridge-types';
import { errorMessage } from '../../lib/error-message';
import { useUpdateAdviserProfile } from './adviser-hooks';
import { CHANNELS } from './adviser-view';
import { isVersionConflict } from '../../lib/api-answer';
import type { BoardFormat } from './board-format';

const LANGUAGES: readonly Language[] = ['sv', 'en'];

interface Base {
  version: number;
  channels: Channel[];
  languages: Language[];
}

const baseOf = (p: Presence): Base => ({ version: p.profileVersion, channels: p.channels, languages: p.languages });
const sameSet = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x) => b.includes(x));
const inOrder = <T,>(order: readonly T[], picked: ReadonlySet<T>) => order.filter((x) => picked.has(x));

export function ProfileForm({ presence, format }: { presence: Presence; format: BoardFormat }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useUiStore((s) => s.announce);
  const update = useUpdateAdviserProfile();
  const [base, setBase] = useState<Base>(() => baseOf(presence));
  const [channels, setChannels] = useState<Set<Channel>>(() => new Set(presence.channels));
  const [languages, setLanguages] = useState<Set<Language>>(() => new Set(presence.languages));
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [awaitingCurrent, setAwaitingCurrent] = useState(false);

  // After a conflict, take the newer profile as soon as it is known.
  useEffect(() => {
    if (!awaitingCurrent || presence.profileVersion <= base.version) return;
    setBase(baseOf(presence));
    setChannels(new Set(presence.channels));
    setLanguages(new Set(presence.languages));
    setAwaitingCurrent(false);
  }, [awaitingCurrent, presence, base.version]);

  const toggle = <T,>(set: Set<T>, value: T, on: boolean): Set<T> => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const nextChannels = inOrder(CHANNELS, channels);
    const nextLanguages = inOrder(LANGUAGES, languages);
    if (nextLanguages.length === 0) return setProblem(t('wallboard.needLanguage'));
    const channelsChanged = !sameSet(nextChannels, base.channels);
    const languagesChanged = !sameSet(nextLanguages, base.languages);
    if (!channelsChanged && !languagesChanged) return setProblem(t('wallboard.noChange'));
    setProblem(null);
    update.mutate(
      { userId: presence.userId, version: base.version, ...(channelsChanged ? { channels: nextChannels } : {}), ...(languagesChanged ? { languages: nextLanguages } : {}) },
      {
        onSuccess: (saved) => {
          setBase(baseOf(saved));
          const text = t('wallboard.profileSaved', { name: presence.displayName });
          setDone(text);
          announce(text);
        },
        onError: (error) => {
          if (isVersionConflict(error)) {
            setAwaitingCurrent(true);
            setProblem(t('wallboard.conflict', { name: presence.displayName }));
          } else {
            setProblem(t('wallboard.failed', { message: errorMessage(error) }));
          }
        },
      },
    );
  };

  return (
    <form className="steer-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('wallboard.profileLegend')}</legend>
        <fieldset className="inner-fieldset">
          <legend>{t('wallboard.channelsLegend')}</legend>
          <div className="choice-grid">
            {CHANNELS.map((c) => (
              <label key={c} className="choice">
                <input type="checkbox" name={`${id}-channel`} value={c} checked={channels.has(c)} onChange={(e) => setChannels(toggle(channels, c, e.target.checked))} />
                {format.channel(c)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="inner-fieldset">
          <legend>{t('wallboard.languagesLegend')}</legend>
          <div className="choice-row">
            {LANGUAGES.map((l) => (
              <label key={l} className="choice">
                <input type="checkbox" name={`${id}-language`} value={l} checked={languages.has(l)} onChange={(e) => setLanguages(toggle(languages, l, e.target.checked))} />
                {t(`language.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <p className="form-done" role="status">
        {done}
      </p>
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? t('wallboard.saving') : t('wallboard.applyProfile')}
        </button>
      </div>
    </form>
  );
}
