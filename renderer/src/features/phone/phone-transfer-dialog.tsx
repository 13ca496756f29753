// Transfer the call: to a queue (the service number of its language, so the
// call is routed again), to a colleague (their SIP user name), or to a
// number — typically a partner's, prefilled from their contact card. Blind
// (REFER at once) or warm (the caller waits on hold while the adviser talks
// to the target, then completes or goes back).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useUiStore } from '../../app/ui-store';
import { normaliseTarget } from './dial-target';
import { phoneCommand } from './phone-actions';
import { useCall } from './phone-hooks';
import { rememberPartnerTransfer } from './partner-transfer-referral';
import { refusalText } from './refusal-text';

/** The service numbers (the routing engine's phone queues) by language. */
export const SERVICE_NUMBERS = { sv: '0771525525', en: '0771525526' } as const;

type Kind = 'queue-sv' | 'queue-en' | 'colleague' | 'number';

export function transferTarget(kind: Kind, colleague: string, number: string): string | null {
  if (kind === 'queue-sv') return SERVICE_NUMBERS.sv;
  if (kind === 'queue-en') return SERVICE_NUMBERS.en;
  return normaliseTarget(kind === 'colleague' ? colleague : number);
}

interface Props {
  callId: string;
  number: string;
  /** From a partner's contact card: the referral to record once the call is handed over. */
  partner: { partnerId: string; caseId: string } | null;
  onClose(): void;
}

export function PhoneTransferDialog({ callId, number: initialNumber, partner, onClose }: Props) {
  const { t } = useTranslation();
  const call = useCall(callId);
  const announce = useUiStore((s) => s.announce);
  const [kind, setKind] = useState<Kind>(initialNumber ? 'number' : 'queue-sv');
  const [colleague, setColleague] = useState('');
  const [number, setNumber] = useState(initialNumber);
  const [mode, setMode] = useState<'blind' | 'warm'>(initialNumber ? 'warm' : 'blind');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = transferTarget(kind, colleague, number);
    if (!target) {
      setError(t('phone.refused', { reason: t('phone.refused_bad_target') }));
      return;
    }
    setBusy(true);
    void phoneCommand(mode === 'blind' ? { kind: 'blindTransfer', callId, target } : { kind: 'warmTransferStart', callId, target }).then((result) => {
      setBusy(false);
      const refusal = refusalText(result);
      if (refusal) {
        setError(refusal);
        return;
      }
      // Still the partner's number (not changed to another in the dialog): the handover is a referral to them.
      if (partner && kind === 'number' && target === normaliseTarget(initialNumber)) rememberPartnerTransfer({ callId, ...partner });
      announce(mode === 'blind' ? t('phone.status_transferring') : t('phone.transferStarted', { target }));
      onClose();
    });
  };

  const radio = (name: string, value: string, checked: boolean, onChange: () => void, label: string, autoFocus = false) => (
    <label className="radio-line">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} data-autofocus={autoFocus ? true : undefined} /> {label}
    </label>
  );

  return (
    <ModalDialog title={t('phone.transferTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {!call ? (
          <p className="muted">{t('phone.noCall')}</p>
        ) : (
          <>
            <fieldset className="field">
              <legend>{t('phone.transferTargetKind')}</legend>
              {radio('transfer-kind', 'queue-sv', kind === 'queue-sv', () => setKind('queue-sv'), t('phone.transferQueueSv'), kind === 'queue-sv')}
              {radio('transfer-kind', 'queue-en', kind === 'queue-en', () => setKind('queue-en'), t('phone.transferQueueEn'))}
              {radio('transfer-kind', 'colleague', kind === 'colleague', () => setKind('colleague'), t('phone.transferToColleague'))}
              {radio('transfer-kind', 'number', kind === 'number', () => setKind('number'), t('phone.transferToNumber'), kind === 'number')}
            </fieldset>
            {kind === 'colleague' && (
              <div className="field">
                <label htmlFor="transfer-colleague">{t('phone.transferColleague')}</label>
                <input id="transfer-colleague" value={colleague} onChange={(e) => setColleague(e.target.value)} autoComplete="off" />
              </div>
            )}
            {kind === 'number' && (
              <div className="field">
                <label htmlFor="transfer-number">{t('phone.transferNumber')}</label>
                <input id="transfer-number" type="tel" value={number} onChange={(e) => setNumber(e.target.value)} aria-describedby="transfer-number-hint" autoComplete="off" />
                <span id="transfer-number-hint" className="hint">
                  {t('phone.transferNumberHint')}
                </span>
              </div>
            )}
            <fieldset className="field">
              <legend>{t('phone.transferMode')}</legend>
              {radio('transfer-mode', 'blind', mode === 'blind', () => setMode('blind'), t('phone.transferBlind'))}
              {radio('transfer-mode', 'warm', mode === 'warm', () => setMode('warm'), t('phone.transferWarm'))}
            </fieldset>
          </>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!call || busy}>
            {mode === 'blind' ? t('phone.transferSubmitBlind') : t('phone.transferSubmitWarm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
