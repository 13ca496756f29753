// The chat area: a column of its own beside the case while the adviser has
// chats in hand — tabs for the chats (unread and whose turn on each), the
// chat on screen, and the polite announcements of what consumers write.
// Receipts and the chat shortcuts are looked after here.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatAnnouncer } from './chat-announcer';
import { useSelectedChat, type HeldChat } from './chat-hooks';
import { ChatPanel } from './chat-panel';
import { ChatTabs } from './chat-tabs';
import { useChatAttention } from './use-chat-attention';
import { useChatCommands } from './use-chat-commands';
import { useChatReceipts } from './use-chat-receipts';

const PANEL_ID = 'chat-panel';

export function ChatPane({ chats }: { chats: readonly HeldChat[] }) {
  const { t } = useTranslation();
  const selected = useSelectedChat();
  const selectedId = selected?.interaction.id ?? null;
  const area = useRef<HTMLElement>(null);
  const looking = useChatAttention(area, selectedId);
  useChatReceipts(chats, looking);
  useChatCommands(chats, selected);

  return (
    <section ref={area} className="pane pane-chat" aria-labelledby="chat-pane-heading">
      <h2 id="chat-pane-heading" className="visually-hidden">
        {t('chat.pane')}
      </h2>
      <ChatTabs chats={chats} selectedId={selectedId} panelId={PANEL_ID} />
      {selected && <ChatPanel key={selectedId} chat={selected} panelId={PANEL_ID} />}
      <ChatAnnouncer chats={chats} selectedId={selectedId} />
    </section>
  );
}
