// Transfer an ongoing contact: back to a queue of its channel (at its
// original place in line) or, for team leads and supervisors, who may list
// colleagues, to a named colleague — with an internal note for whoever takes
// it next.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../session/session-hooks';
import { liveErrorText, liveProblemCode } from '../live/live-errors';
import { useColleagues, useMyContacts, useQueues, useTransfer } from '../live/live-hooks';
import { useTransferLabels } from '../live/transfer-labels';

const LISTS_COLLEAGUES = new Set(['team_lead', 'supervisor']);

export function TransferDialog({ interactionId, onClose }: { interactionId: string; onClose(): void }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const user = useSession()?.user ?? null;
  const contact = useMyContacts().active.find((i) => i.id === interactionId) ?? null;
  const queues = useQueues();
  const colleagues = useColleagues(LISTS_COLLEAGUES.has(user?.role ?? ''));
  const transfer = useTransfer();
  const announce = useUiStore((s) => s.announce);
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const channel = contact?.channel;
  const queueChoices = (queues.data ?? []).filter((q) => q.active && q.channel === channel);
  const colleagueChoices = (colleagues.data ?? []).filter((p) => p.userId !== user?.id && (!channel || p.channels.includes(channel)));
  const colleaguesAvailable = colleagues.isSuccess;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!contact) return;
    const [kind, id] = target.split(':', 2);
    if (!id || (kind !== 'queue' && kind !== 'adviser')) {
      setError(t('inbox.transferDialog.chooseTarget'));
      return;
    }
    const trimmed = note.trim();
    transfer.mutate(
      { id: contact.id, ...(kind === 'queue' ? { queueId: id } : { adviserId: id }), ...(trimmed ? { note: trimmed } : {}) },
      {
        onSuccess: () => {
          announce(t('inbox.transferDialog.done'));
          onClose();
        },
        onError: (failure) => setError(t('inbox.stepFailed', { message: liveProblemCode(failure) === 'offline' ? t('live.offline') : liveErrorText(failure) })),
      },
    );
  };


  return (
    <ModalDialog title={t('inbox.transferDialog.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('inbox.transferDialog.intro')}</p>
        {!contact ? (
          <p className="muted">{t('inbox.noOffer')}</p>
        ) : (
          <>
            <div className="field">
              <label htmlFor="transfer-target">{t('inbox.transferDialog.target')}</label>
              <select id="transfer-target" value={target} onChange={(e) => setTarget(e.target.value)} data-autofocus>
                <option value="">{t('inbox.transferDialog.choose')}</option>
                <optgroup label={t('inbox.transferDialog.queues')}>
                  {queueChoices.map((q) => (
                    <option key={q.id} value={`queue:${q.id}`}>
                      {labels.queue(q)}
                    </option>
                  ))}
                </optgroup>
                {colleaguesAvailable && colleagueChoices.length > 0 && (
                  <optgroup label={t('inbox.transferDialog.colleagues')}>
                    {colleagueChoices.map((p) => (
                      <option key={p.userId} value={`adviser:${p.userId}`}>
                        {labels.colleague(p)}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
              {queues.isError && <span className="form-error small">{t('inbox.transferDialog.loadFailed', { message: liveErrorText(queues.error) })}</span>}
              {!colleaguesAvailable && <span className="hint">{t('inbox.transferDialog.colleaguesForLeads')}</span>}
            </div>
            <div className="field">
              <label htmlFor="transfer-note">{t('inbox.transferDialog.note')}</label>
              <textarea id="transfer-note" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
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
          <button type="submit" className="primary" disabled={!contact || transfer.isPending}>
            {t('inbox.transferDialog.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
