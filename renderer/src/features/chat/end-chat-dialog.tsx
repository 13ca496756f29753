// "End the chat?": ending closes the chat for the consumer, the server puts
// the transcript on the case, and the wrap-up begins (the inbox's wrap-up
// card, which gets the cursor). Cancel is the safe default.
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useUiStore } from '../../app/ui-store';
import { liveErrorText, liveProblemCode } from '../live/live-errors';
import { useContactStep, useMyContacts } from '../live/live-hooks';
import { contactCardHeading, focusWhenThere } from './focus-later';

export function EndChatDialog({ interactionId, onClose }: { interactionId: string; onClose(): void }) {
  const { t } = useTranslation();
  const contact = useMyContacts().active.find((i) => i.id === interactionId) ?? null;
  const end = useContactStep();
  const announce = useUiStore((s) => s.announce);
  const failure = end.isError ? (liveProblemCode(end.error) === 'offline' ? t('live.offline') : liveErrorText(end.error)) : null;

  const confirm = () =>
    end.mutate(
      { id: interactionId, step: 'end' },
      {
        onSuccess: () => {
          announce(t('chat.endDialog.done'));
          onClose();
          focusWhenThere(contactCardHeading(interactionId));
        },
      },
    );

  return (
    <ModalDialog title={t('chat.endDialog.title')} onClose={onClose}>
      <p>{contact ? t('chat.endDialog.body') : t('chat.ended.other')}</p>
      {failure && (
        <p className="form-error" role="alert">
          {t('inbox.stepFailed', { message: failure })}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        {contact && (
          <button type="button" className="primary danger-button" onClick={confirm} disabled={end.isPending}>
            {t('chat.endDialog.confirm')}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
