// The chat on screen: its header, the consumer's earlier cases, the
// conversation, and the composer — or, once the chat has ended, where the
// transcript and the wrap-up are.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EarlierCases } from '../inbox/earlier-cases';
import { useLiveWork } from '../live/live-hooks';
import { useChatCase, useConversation, type HeldChat } from './chat-hooks';
import { ChatComposer } from './chat-composer';
import { ChatEndedNote } from './chat-ended-note';
import { ChatHeader } from './chat-header';
import { ChatLog } from './chat-log';

export function ChatPanel({ chat, panelId }: { chat: HeldChat; panelId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const kase = useChatCase(chat);
  const entries = useConversation(chat);
  const connected = useLiveWork()?.connected ?? false;
  const from = kase?.consumer?.phone ?? kase?.consumer?.email ?? null;

  return (
    <div role="tabpanel" id={panelId} aria-labelledby={`chat-tab-${chat.interaction.id}`} className="chat-panel">
      <ChatHeader chat={chat} kase={kase} headingId={headingId} />
      {chat.interaction.note && (
        <p className="chat-transfer-note">
          <strong>{t('chat.transferNote')}</strong> <span className="contact-note">{chat.interaction.note}</span>
        </p>
      )}
      {/* Only a consumer with a number or address on the case can be found again; a chat alone says nothing to search by. */}
      {from && (
        <div className="chat-context">
          <EarlierCases from={from} exclude={kase?.id ?? null} />
        </div>
      )}
      {!connected && <p className="banner banner-pending chat-offline">{t('chat.disconnected')}</p>}
      <ChatLog chat={chat} entries={entries} />
      {chat.view.consumerTyping && !chat.ended && (
        <p className="chat-typing" aria-hidden="true">
          {t('chat.presence.typing')}
        </p>
      )}
      {chat.ended ? <ChatEndedNote chat={chat} kase={kase} /> : <ChatComposer chat={chat} />}
    </div>
  );
}
