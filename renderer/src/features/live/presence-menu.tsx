// "Change status": a disclosure button opening a short list of choices —
// ready, not ready with each reason, offline. Escape or a click elsewhere
// closes it and focus goes back to the button.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHOSEN_REASONS, type PresenceChange, type PresenceIntent, type PresenceReason } from './presence-look';

interface Props {
  intent: PresenceIntent;
  reason: PresenceReason | null;
  disabled: boolean;
  onChoose(change: PresenceChange): void;
}

export function PresenceMenu({ intent, reason, disabled, onChoose }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    listRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const choose = (change: PresenceChange) => {
    close();
    onChoose(change);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const choices: Array<{ key: string; label: string; change: PresenceChange; current: boolean }> = [
    { key: 'ready', label: t('live.chooseReady'), change: { intent: 'ready' }, current: intent === 'ready' },
    ...CHOSEN_REASONS.map((r) => ({
      key: `not_ready-${r}`,
      label: t('live.chooseNotReady', { reason: t(`live.reason.${r}`) }),
      change: { intent: 'not_ready', reason: r } as PresenceChange,
      current: intent === 'not_ready' && reason === r,
    })),
    { key: 'offline', label: t('live.chooseOffline'), change: { intent: 'offline' }, current: intent === 'offline' },
  ];

  return (
    <div className="presence-menu-wrap" ref={wrapRef} onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="presence-menu-toggle"
        aria-expanded={open}
        aria-controls="presence-choices"
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        {t('live.change')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id="presence-choices" ref={listRef} className="presence-menu" aria-label={t('live.choices')}>
          {choices.map((c) => (
            <li key={c.key}>
              <button type="button" aria-current={c.current ? 'true' : undefined} onClick={() => choose(c.change)}>
                <span className="presence-menu-mark" aria-hidden="true">
                  {c.current ? '✓' : ''}
                </span>
                {c.label}
                {c.current && <span className="visually-hidden"> {t('live.current')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
