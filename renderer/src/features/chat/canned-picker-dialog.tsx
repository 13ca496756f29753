// Picking a canned response for the chat on screen: search as you type
// (words in title, text or tags; Swedish or English, the chat's language
// first), arrow keys choose, Enter inserts. The preview shows the text with
// the consumer's name, the adviser's first name and the case number filled
// in, and says what could not be filled. Team leads reach the management
// dialog from here.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useUiStore } from '../../app/ui-store';
import type { Language } from '../../lib/bridge-types';
import { displayReference } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { errorMessage } from '../../lib/error-message';
import { useArrivingCase } from '../live/live-hooks';
import { useSession } from '../session/session-hooks';
import { fillCanned, firstNameOf } from './canned-fill';
import { useCannedResponses, useMayKeepCanned } from './canned-hooks';
import { useHeldChats } from './chat-hooks';
import { useChatUiStore } from './chat-ui-store';

type LanguageFilter = Language | 'all';

export function CannedPickerDialog({ chatId, onClose }: { chatId: string; onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const chat = useHeldChats().find((c) => c.interaction.id === chatId) ?? null;
  const kase = useArrivingCase(chat?.interaction.caseId ?? null).data ?? null;
  const user = useSession()?.user ?? null;
  const mayKeep = useMayKeepCanned();
  const openDialog = useUiStore((s) => s.openDialog);
  const announce = useUiStore((s) => s.announce);
  const [language, setLanguage] = useState<LanguageFilter>(chat?.interaction.language ?? 'all');
  const [text, setText] = useState('');
  const query = useDebounced(text, 150);
  const results = useCannedResponses(language, query);
  const [activeId, setActiveId] = useState<string | null>(null);

  const items = results.data ?? [];
  const index = Math.max(0, items.findIndex((c) => c.id === activeId));
  const current = items[index] ?? null;
  const filled = current
    ? fillCanned(current.body, { name: kase?.consumer?.name ?? chat?.view.consumerName ?? null, adviser: firstNameOf(user?.displayName), reference: displayReference(kase?.reference) })
    : null;
  const optionId = (cannedId: string) => `${id}-option-${cannedId}`;

  const insert = () => {
    if (!filled || !chat) return;
    const ui = useChatUiStore.getState();
    ui.insert(chatId, filled.text);
    ui.focusComposer(chatId);
    announce(t('chat.picker.inserted'));
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (items.length === 0) return;
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = Math.min(items.length - 1, index + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (event.key === 'Home' && event.ctrlKey) next = 0;
    else if (event.key === 'End' && event.ctrlKey) next = items.length - 1;
    else if (event.key === 'Enter') {
      event.preventDefault();
      insert();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    setActiveId(items[next]?.id ?? null);
    document.getElementById(optionId(items[next]?.id ?? ''))?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <ModalDialog title={t('chat.picker.title')} onClose={onClose} className="dialog-wide canned-dialog">
      <div className="canned-filters">
        <div className="field canned-search">
          <label htmlFor={`${id}-search`}>{t('chat.picker.search')}</label>
          <input
            id={`${id}-search`}
            type="text"
            role="combobox"
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={current ? optionId(current.id) : undefined}
            aria-describedby={`${id}-hint`}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setActiveId(null);
            }}
            onKeyDown={onKeyDown}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('chat.picker.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => {
              setLanguage(e.target.value === 'sv' || e.target.value === 'en' ? e.target.value : 'all');
              setActiveId(null);
            }}
          >
            <option value="sv">{t('language.sv')}</option>
            <option value="en">{t('language.en')}</option>
            <option value="all">{t('chat.picker.allLanguages')}</option>
          </select>
        </div>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('chat.picker.hint')}
      </p>
      {results.isError && (
        <p className="form-error" role="alert">
          {t('chat.picker.loadFailed', { message: errorMessage(results.error) })}
        </p>
      )}
      <p className="muted small" role="status">
        {results.data ? (items.length === 0 ? t('chat.picker.none') : t('chat.picker.count', { count: items.length })) : t('common.loading')}
      </p>
      <div className="canned-columns">
        <ul id={`${id}-list`} role="listbox" aria-label={t('chat.picker.results')} className="canned-list">
          {items.map((c, i) => (
            // Chosen with the arrow keys in the search box (aria-activedescendant); a click chooses too.
            <li
              key={c.id}
              id={optionId(c.id)}
              role="option"
              aria-selected={i === index}
              className={i === index ? 'canned-option active' : 'canned-option'}
              onClick={() => setActiveId(c.id)}
              onDoubleClick={insert}
            >
              <span className="canned-option-title" lang={c.language}>
                {c.title}
              </span>
              <span className="canned-option-meta">
                {t(`language.${c.language}`)}
                {c.tags.length > 0 && ` · ${c.tags.join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
        <section className="canned-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>{t('chat.picker.preview')}</h3>
          {filled && current ? (
            <>
              <p className="canned-preview-text" lang={current.language}>
                {filled.text}
              </p>
              {filled.missing.includes('name') && <p className="hint">{t('chat.picker.nameUnknown')}</p>}
              {filled.missing.includes('reference') && <p className="hint">{t('chat.picker.referenceUnknown')}</p>}
            </>
          ) : (
            <p className="muted">{t('chat.picker.none')}</p>
          )}
        </section>
      </div>
      <div className="dialog-buttons">
        {mayKeep && (
          <button type="button" className="dialog-button-start" onClick={() => openDialog({ kind: 'cannedManage' })}>
            {t('chat.picker.manage')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={insert} disabled={!filled || !chat}>
          {t('chat.picker.insert')}
        </button>
      </div>
    </ModalDialog>
  );
}
