import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setUiLanguage, type UiLanguage } from '../lib/i18n';

/** The UI language, named in its own language so anyone can find theirs. `compact` hides the label visually (the top bar is tight at 1280 px). */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('topbar.language')}
      </label>
      <select id={id} value={i18n.language} onChange={(e) => setUiLanguage(e.target.value === 'en' ? 'en' : 'sv')}>
        <option value={'sv' satisfies UiLanguage} lang="sv">
          Svenska
        </option>
        <option value={'en' satisfies UiLanguage} lang="en">
          English
        </option>
      </select>
    </div>
  );
}
