// Ring on new offers, or not (a quiet room, a second screen that rings already).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAlertSettings } from './alert-settings';
import { unlockAudio } from './offer-ring';

export function SoundToggle() {
  const { t } = useTranslation();
  const id = useId();
  const muted = useAlertSettings((s) => s.muted);
  const setMuted = useAlertSettings((s) => s.setMuted);
  return (
    <div className="checkbox-row sound-toggle">
      <input
        type="checkbox"
        id={id}
        checked={!muted}
        onChange={(e) => {
          if (e.target.checked) unlockAudio();
          setMuted(!e.target.checked);
        }}
      />
      <label htmlFor={id}>{t('inbox.sound')}</label>
    </div>
  );
}
