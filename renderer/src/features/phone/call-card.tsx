// One call in the call panel: who (number, name), its state in words, the
// call time, and the controls that make sense now. The view takes the call
// and reports what the adviser chose, so it renders (and is tested) without
// a phone behind it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView, PhoneCommand, TransferView } from './call-types';
import { CallTimer } from './call-timer';

export type CallChoice = { kind: 'command'; command: PhoneCommand } | { kind: 'keypad'; callId: string } | { kind: 'transfer'; callId: string };

export interface CallCardProps {
  call: CallView;
  transfer: TransferView | null;
  onChoose(choice: CallChoice): void;
}

export function CallCardView({ call, transfer, onChoose }: CallCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const command = (c: PhoneCommand) => () => onChoose({ kind: 'command', command: c });
  const consult = call.role === 'consult';
  const title = consult ? t('phone.consultWith', { target: call.remote }) : t(call.direction === 'inbound' ? 'phone.incoming' : 'phone.outgoing');
  const answered = call.status === 'active' || call.status === 'held';
  const inWarmTransfer = transfer?.mode === 'warm';
  const busy = call.pending !== null;

  return (
    <article className={`contact-card call-card call-${call.status}`} data-call-id={call.id} aria-labelledby={headingId}>
      <div className="contact-card-head">
        <h3 id={headingId} className="contact-title">
          <span aria-hidden="true" className="channel-icon">
            ☎
          </span>
          {title}
        </h3>
        {answered && <CallTimer answeredAt={call.answeredAt} label={t('phone.callTime')} />}
      </div>
      <p className="call-who">
        <strong className="call-number">{call.remote || t('phone.unknownCaller')}</strong>
        {/* Many platforms send the number as the display name too; say it once. */}
        {call.remoteName && call.remoteName !== call.remote && <span className="call-name"> · {call.remoteName}</span>}
      </p>
      <p className="call-state">
        <span className={`status-pill call-status-${call.status}`}>{t(`phone.status_${call.status}`)}</span>
        {call.muted && <span className="call-muted"> · {t('phone.mutedNote')}</span>}
      </p>
      {consult && transfer?.failed && (
        <p className="form-error" role="alert">
          {t('phone.transferFailed')}
        </p>
      )}
      <div className="contact-actions call-actions">
        {call.status === 'ringing' && (
          <>
            <button type="button" className="primary" onClick={command({ kind: 'answer', callId: call.id })} aria-keyshortcuts="Control+Alt+A Alt+A">
              {t('phone.answer')}
            </button>
            <button type="button" onClick={command({ kind: 'reject', callId: call.id })}>
              {t('phone.reject')}
            </button>
          </>
        )}
        {consult && inWarmTransfer && (
          <>
            <button type="button" className="primary" onClick={command({ kind: 'warmTransferComplete' })} disabled={call.status !== 'active' && call.status !== 'held'}>
              {t('phone.completeTransfer')}
            </button>
            <button type="button" onClick={command({ kind: 'warmTransferCancel' })} aria-keyshortcuts="Control+Alt+L Alt+L">
              {t('phone.cancelTransfer')}
            </button>
          </>
        )}
        {!consult && call.status !== 'ringing' && call.status !== 'transferring' && (
          <button type="button" className="danger" onClick={command({ kind: 'hangup', callId: call.id })} aria-keyshortcuts="Control+Alt+L Alt+L">
            {t('phone.hangUp')}
          </button>
        )}
        {answered && (
          <>
            {call.status === 'active' ? (
              <button type="button" onClick={command({ kind: 'hold', callId: call.id })} disabled={busy || (inWarmTransfer && !consult)} aria-keyshortcuts="Control+Alt+P Alt+P">
                {t('phone.hold')}
              </button>
            ) : (
              <button type="button" onClick={command({ kind: 'resume', callId: call.id })} disabled={busy || (inWarmTransfer && !consult)} aria-keyshortcuts="Control+Alt+P Alt+P">
                {t('phone.resume')}
              </button>
            )}
            <button type="button" aria-pressed={call.muted} onClick={command({ kind: 'mute', callId: call.id, muted: !call.muted })} aria-keyshortcuts="Control+Alt+M Alt+M">
              {call.muted ? t('phone.unmute') : t('phone.mute')}
            </button>
            <button type="button" onClick={() => onChoose({ kind: 'keypad', callId: call.id })} disabled={call.status !== 'active'} aria-haspopup="dialog" aria-keyshortcuts="Control+Alt+K Alt+K">
              {t('phone.keypad')}
            </button>
            {!consult && (
              <button type="button" onClick={() => onChoose({ kind: 'transfer', callId: call.id })} disabled={transfer !== null} aria-haspopup="dialog" aria-keyshortcuts="Control+Alt+V Alt+V">
                {t('phone.transfer')}
              </button>
            )}
          </>
        )}
      </div>
    </article>
  );
}
