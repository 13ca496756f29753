// The phone's line in the top bar, in words and shape (never colour alone):
// connected, connecting, not connected (retrying) or no telephony; the
// button opens the audio and headset settings.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import type { LineStatus } from './call-types';
import { usePhoneAvailable, usePhoneState } from './phone-hooks';

const SHAPE: Record<LineStatus, string> = {
  registered: '●',
  registering: '◐',
  unregistered: '○',
  not_configured: '–',
  idle: '○',
};

export function PhoneStatusView({ line, onSettings }: { line: LineStatus; onSettings(): void }) {
  const { t } = useTranslation();
  return (
    <div className="phone-status">
      <span role="status" className={`badge phone-line phone-line-${line}`}>
        <span aria-hidden="true" className="phone-line-shape">
          {SHAPE[line]}
        </span>{' '}
        {t(`phone.line_${line}`)}
      </span>
      <button type="button" className="small-button" onClick={onSettings} title={t('phone.audioSettings')} aria-haspopup="dialog">
        {t('phone.audioTitle')}
      </button>
    </div>
  );
}

export function PhoneStatus() {
  const available = usePhoneAvailable();
  const line = usePhoneState().line;
  const openDialog = useUiStore((s) => s.openDialog);
  if (!available) return null;
  return <PhoneStatusView line={line} onSettings={() => openDialog({ kind: 'phoneAudio' })} />;
}
