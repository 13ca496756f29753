// Adding or changing one canned response. A change carries the version the
// lead started from; if someone else saved in between, the server says so
// (409) with its current version, which is shown beside the form — the
// lead's text stays, and saving again replaces the other version knowingly.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, isVersionConflict } from '../../lib/api-answer';
import type { Language } from '../../lib/bridge-types';
import { errorMessage } from '../../lib/error-message';
import { useUiStore } from '../../app/ui-store';
import { useCreateCanned, useUpdateCanned, type CannedResponse } from './canned-hooks';

const VARIABLES = [
  ['{{name}}', 'varName'],
  ['{{adviser}}', 'varAdviser'],
  ['{{reference}}', 'varReference'],
] as const;

const splitTags = (text: string) => [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];

function currentOf(problem: unknown): CannedResponse | null {
  return typeof problem === 'object' && problem !== null && 'current' in problem ? (problem.current as CannedResponse) : null;
}

export function CannedForm({ initial, onDone }: { initial: CannedResponse | null; onDone(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useUiStore((s) => s.announce);
  const create = useCreateCanned();
  const update = useUpdateCanned();
  const [language, setLanguage] = useState<Language>(initial?.language ?? 'sv');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [theirs, setTheirs] = useState<CannedResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = create.isPending || update.isPending;
  const first = useRef<HTMLInputElement>(null);
  // The form opens inside the dialog in place of the list: the cursor goes to its first field.
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !body.trim()) {
      setError(t('chat.manage.needsText'));
      return;
    }
    const fields = { language, title: title.trim(), body: body.trim(), tags: splitTags(tags) };
    setError(null);
    try {
      if (initial) await update.mutateAsync({ id: initial.id, patch: { version, ...fields } });
      else await create.mutateAsync(fields);
      announce(t('chat.manage.saved'));
      onDone();
    } catch (failure) {
      if (isVersionConflict(failure)) {
        const current = currentOf(failure.problem);
        setTheirs(current);
        if (current) setVersion(current.version);
        setError(t('chat.manage.conflict'));
      } else if (failure instanceof ApiProblem && failure.status === 404) {
        setError(t('chat.manage.gone'));
      } else {
        setError(t('chat.manage.failed', { message: errorMessage(failure) }));
      }
    }
  };

  return (
    <form className="canned-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{initial ? t('chat.manage.editTitle', { title: initial.title }) : t('chat.manage.addTitle')}</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-heading`}>{t('chat.manage.fieldTitle')}</label>
          <input id={`${id}-heading`} ref={first} value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('chat.manage.fieldLanguage')}</label>
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'sv')}>
            <option value="sv">{t('language.sv')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('chat.manage.fieldBody')}</label>
        <textarea id={`${id}-body`} rows={5} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={`${id}-vars`} lang={language} />
        <div id={`${id}-vars`} className="hint">
          {t('chat.manage.variables')}
          <ul className="canned-variables">
            {VARIABLES.map(([code, key]) => (
              <li key={code}>
                <code>{code}</code> – {t(`chat.manage.${key}`)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('chat.manage.fieldTags')}</label>
        <input id={`${id}-tags`} value={tags} onChange={(e) => setTags(e.target.value)} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {theirs && (
        <section className="canned-theirs" aria-labelledby={`${id}-theirs`}>
          <h4 id={`${id}-theirs`}>{t('chat.manage.theirs')}</h4>
          <p className="canned-option-title" lang={theirs.language}>
            {theirs.title}
          </p>
          <p className="canned-preview-text" lang={theirs.language}>
            {theirs.body}
          </p>
        </section>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onDone} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('chat.manage.save')}
        </button>
      </div>
    </form>
  );
}
