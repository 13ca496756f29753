// Transfer the call: to a queue, to a colleague, or to a number — typically a
// partner's, prefilled from their contact card. A call routed to this
// adviser moves through the backend: it goes back in line at its original
// place (in the queue chosen, or offered to the colleague chosen), with a
// note for whoever takes it, as the same contact. Any other call (one this
// adviser dialled) is simply put through: to the chosen language's service
// number or a colleague's SIP user. To a number it is blind (REFER at once)
// or warm (the caller waits on hold while the adviser talks to the target,
// then completes or goes back).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../session/session-hooks';
import { liveErrorText } from '../live/live-errors';
import { useColleagues, useMyContacts, useQueues } from '../live/live-hooks';
import { useTransferLabels } from '../live/transfer-labels';
import { normaliseTarget } from './dial-target';
import { phoneCommand } from './phone-actions';
import { useCall } from './phone-hooks';
import { useStartPhoneTransfer } from './phone-transfer-api';
import { rememberPartnerTransfer } from './partner-transfer-referral';
import { refusalText } from './refusal-text';

/** The service numbers by language: where a call this adviser dialled is put through to a queue (as a new call). */
export const SERVICE_NUMBERS = { sv: '0771525525', en: '0771525526' } as const;

const LISTS_COLLEAGUES = new Set(['team_lead', 'supervisor']);

type Kind = 'queue' | 'colleague' | 'number';

/** Where a call put through directly goes: the queue's service number (by its language), a colleague's SIP user, or a number. */
export function directTarget(kind: Kind, queueLanguage: keyof typeof SERVICE_NUMBERS | null, colleague: string, number: string): string | null {
  if (kind === 'queue') return queueLanguage ? SERVICE_NUMBERS[queueLanguage] : null;
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
  const labels = useTransferLabels();
  const call = useCall(callId);
  const user = useSession()?.user ?? null;
  const announce = useUiStore((s) => s.announce);
  // A call the platform routed here carries its contact; the backend moves it.
  const contact = useMyContacts().active.find((i) => call?.direction === 'inbound' && i.id === call.interactionId) ?? null;
  const routed = contact !== null;
  const queues = useQueues();
  const colleagues = useColleagues(routed && LISTS_COLLEAGUES.has(user?.role ?? ''));
  const startTransfer = useStartPhoneTransfer();
  const phoneQueues = (queues.data ?? []).filter((q) => q.active && q.channel === 'phone');
  const colleagueChoices = (colleagues.data ?? []).filter((p) => p.userId !== user?.id && p.channels.includes('phone'));

  const [kind, setKind] = useState<Kind>(initialNumber ? 'number' : 'queue');
  const [queueId, setQueueId] = useState(contact?.queueId ?? '');
  const [colleague, setColleague] = useState('');
  const [number, setNumber] = useState(initialNumber);
  const [note, setNote] = useState('');
  const [mode, setMode] = useState<'blind' | 'warm'>(initialNumber ? 'warm' : 'blind');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosenQueue = phoneQueues.find((q) => q.id === (queueId || contact?.queueId)) ?? phoneQueues[0] ?? null;
  // Through the backend a transfer is always blind: the consumer waits in line, not on hold.
  const effectiveMode = kind === 'number' ? mode : 'blind';

  const fail = (message: string) => {
    setBusy(false);
    setError(message);
  };

  /** Where to REFER the consumer: from the backend for a routed call, else the number or user itself. */
  const resolveTarget = async (): Promise<string | null> => {
    if (routed && contact && kind !== 'number') {
      const trimmed = note.trim();
      const body = kind === 'queue' ? { queueId: chosenQueue?.id ?? '' } : { adviserId: colleague };
      if (!body.queueId && !body.adviserId) return null;
      const answer = await startTransfer.mutateAsync({ interactionId: contact.id, ...body, ...(trimmed ? { note: trimmed } : {}) });
      return answer.referTo;
    }
    return directTarget(kind, chosenQueue?.language ?? null, colleague, number);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    void resolveTarget().then(
      (target) => {
        if (!target) return fail(t('phone.refused', { reason: t('phone.refused_bad_target') }));
        const command =
          effectiveMode === 'blind' ? { kind: 'blindTransfer' as const, callId, target, toQueue: kind === 'queue' || (routed && kind === 'colleague') } : { kind: 'warmTransferStart' as const, callId, target };
        return phoneCommand(command).then((result) => {
          const refusal = refusalText(result);
          if (refusal) return fail(refusal);
          // Still the partner's number (not changed to another in the dialog): the handover is a referral to them.
          if (partner && kind === 'number' && target === normaliseTarget(initialNumber)) rememberPartnerTransfer({ callId, ...partner });
          announce(effectiveMode === 'blind' ? t('phone.status_transferring') : t('phone.transferStarted', { target }));
          setBusy(false);
          onClose();
        });
      },
      (failure: unknown) => fail(t('inbox.stepFailed', { message: liveErrorText(failure) })),
    );
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
              {radio('transfer-kind', 'queue', kind === 'queue', () => setKind('queue'), t('phone.transferToQueue'), kind === 'queue')}
              {radio('transfer-kind', 'colleague', kind === 'colleague', () => setKind('colleague'), t('phone.transferToColleague'))}
              {radio('transfer-kind', 'number', kind === 'number', () => setKind('number'), t('phone.transferToNumber'), kind === 'number')}
            </fieldset>
            {kind === 'queue' && (
              <div className="field">
                <label htmlFor="transfer-queue">{t('phone.transferQueue')}</label>
                <select id="transfer-queue" value={chosenQueue?.id ?? ''} onChange={(e) => setQueueId(e.target.value)} aria-describedby="transfer-queue-hint">
                  {phoneQueues.map((q) => (
                    <option key={q.id} value={q.id}>
                      {labels.queue(q)}
                    </option>
                  ))}
                </select>
                <span id="transfer-queue-hint" className="hint">
                  {routed ? t('phone.transferKeepsPlace') : t('phone.transferNewCall')}
                </span>
                {queues.isError && <span className="form-error small">{t('inbox.transferDialog.loadFailed', { message: liveErrorText(queues.error) })}</span>}
              </div>
            )}
            {kind === 'colleague' &&
              (routed ? (
                <div className="field">
                  <label htmlFor="transfer-colleague">{t('phone.transferColleaguePick')}</label>
                  <select id="transfer-colleague" value={colleague} onChange={(e) => setColleague(e.target.value)} disabled={!colleagues.isSuccess}>
                    <option value="">{t('inbox.transferDialog.choose')}</option>
                    {colleagueChoices.map((p) => (
                      <option key={p.userId} value={p.userId}>
                        {labels.colleague(p)}
                      </option>
                    ))}
                  </select>
                  {!colleagues.isSuccess && <span className="hint">{t('inbox.transferDialog.colleaguesForLeads')}</span>}
                </div>
              ) : (
                <div className="field">
                  <label htmlFor="transfer-colleague">{t('phone.transferColleague')}</label>
                  <input id="transfer-colleague" value={colleague} onChange={(e) => setColleague(e.target.value)} autoComplete="off" />
                </div>
              ))}
            {kind === 'number' && (
              <div className="field">
                <label htmlFor="transfer-number">{t('phone.transferNumber')}</label>
                <input id="transfer-number" type="tel" value={number} onChange={(e) => setNumber(e.target.value)} aria-describedby="transfer-number-hint" autoComplete="off" />
                <span id="transfer-number-hint" className="hint">
                  {t('phone.transferNumberHint')}
                </span>
              </div>
            )}
            {kind === 'number' ? (
              <fieldset className="field">
                <legend>{t('phone.transferMode')}</legend>
                {radio('transfer-mode', 'blind', mode === 'blind', () => setMode('blind'), t('phone.transferBlind'))}
                {radio('transfer-mode', 'warm', mode === 'warm', () => setMode('warm'), t('phone.transferWarm'))}
              </fieldset>
            ) : (
              routed && (
                <div className="field">
                  <label htmlFor="transfer-note">{t('inbox.transferDialog.note')}</label>
                  <textarea id="transfer-note" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
                </div>
              )
            )}
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
            {effectiveMode === 'blind' ? t('phone.transferSubmitBlind') : t('phone.transferSubmitWarm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
