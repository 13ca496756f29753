// The top of a chat: what it is called and in which language, whether the
// consumer is there (typing, gone), and what the adviser can do with it —
// open its case, transfer it, end it.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import type { CaseView } from '../../lib/bridge-types';
import { displayReference } from '../../lib/format';
import { ChannelIcon } from '../inbox/channel-icon';
import type { HeldChat } from './chat-hooks';
import { chatTitle } from './chat-title';

export type ConsumerPresence = 'here' | 'left';

/** Is the consumer's chat page open? (Their typing shows under the conversation.) */
export function presenceOf(chat: HeldChat): ConsumerPresence | null {
  if (chat.ended) return null;
  return chat.view.consumerPresent ? 'here' : 'left';
}

export function ChatHeader({ chat, kase, headingId }: { chat: HeldChat; kase: CaseView | null; headingId: string }) {
  const { t, i18n } = useTranslation();
  const selectCase = useUiStore((s) => s.selectCase);
  const shownCaseId = useUiStore((s) => s.selectedCaseId);
  const openDialog = useUiStore((s) => s.openDialog);
  const { interaction } = chat;
  const presence = presenceOf(chat);
  const reference = kase ? (displayReference(kase.reference) ?? t('caseItem.newUnsynced')) : null;

  return (
    <div className="chat-head">
      <div className="chat-head-line">
        <h3 id={headingId} className="chat-title">
          <ChannelIcon channel="chat" />
          {chatTitle(t, i18n.language, interaction, kase, chat.view.consumerName)}
          <span className="chat-lang">{t(`language.${interaction.language}`)}</span>
        </h3>
        {presence && (
          <p className={`chat-presence presence-${presence}`}>
            <span className="presence-mark" aria-hidden="true" />
            {t(`chat.presence.${presence}`)}
          </p>
        )}
      </div>
      <div className="chat-head-line">
        <p className="chat-case">
          <span className="contact-case-label">{t('chat.caseLabel')}: </span>
          {kase && reference ? (
            <>
              <button type="button" className="link-button" onClick={() => selectCase(kase.id)} aria-label={t('chat.openCase', { reference })}>
                {reference}
              </button>
              {/* A note written beside the chat must go on the right case: say when the case pane shows this one. */}
              {shownCaseId === kase.id && <span className="chat-case-shown"> · {t('chat.caseShown')}</span>}
            </>
          ) : (
            <span className="muted">{t('chat.caseLoading')}</span>
          )}
        </p>
        {!chat.ended && (
          <div className="chat-actions" role="group" aria-label={t('chat.actions')}>
            <button type="button" className="small-button" onClick={() => openDialog({ kind: 'transfer', interactionId: interaction.id })}>
              {t('chat.transfer')}
            </button>
            <button type="button" className="small-button danger-button" onClick={() => openDialog({ kind: 'endChat', interactionId: interaction.id })}>
              {t('chat.end')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
