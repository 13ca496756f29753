// The DTMF keypad for menus at the far end ("press 1 for…"): twelve buttons,
// or the same keys typed anywhere in the dialog. Each tone goes at once.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { phoneCommand } from './phone-actions';
import { useCall } from './phone-hooks';
import { refusalText } from './refusal-text';

export const KEYPAD_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/** The tone a key press stands for, or null (digits, * and # only; the numpad's keys give the same characters). */
export function toneOfKey(key: string): string | null {
  return /^[0-9*#]$/.test(key) ? key : null;
}

export function KeypadView({ sent, error, onTone }: { sent: string; error: string | null; onTone(tone: string): void }) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const tone = toneOfKey(event.key);
    if (!tone) return;
    event.preventDefault();
    onTone(tone);
  };
  return (
    <div className="keypad" onKeyDown={onKeyDown}>
      <p className="hint">{t('phone.keypadIntro')}</p>
      <div className="keypad-grid" role="group" aria-label={t('phone.keypad')}>
        {KEYPAD_KEYS.map((key, i) => (
          <button key={key} type="button" className="keypad-key" onClick={() => onTone(key)} data-autofocus={i === 0 ? true : undefined}>
            {key}
          </button>
        ))}
      </div>
      <p className="keypad-sent" role="status">
        {sent ? t('phone.keypadSent', { tones: sent }) : '\u00a0'}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function KeypadDialog({ callId, onClose }: { callId: string; onClose(): void }) {
  const { t } = useTranslation();
  const call = useCall(callId);
  const [sent, setSent] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = (tone: string) => {
    setSent((s) => (s + tone).slice(-24));
    void phoneCommand({ kind: 'dtmf', callId, tones: tone }).then((result) => setError(refusalText(result)));
  };
  return (
    <ModalDialog title={t('phone.keypadTitle')} onClose={onClose}>
      {call ? <KeypadView sent={sent} error={error} onTone={send} /> : <p className="muted">{t('phone.noCall')}</p>}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
