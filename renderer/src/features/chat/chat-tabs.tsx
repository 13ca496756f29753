// The chats in hand as ARIA tabs: arrow keys, Home and End move between
// them (and show the one reached), Tab moves into the conversation.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldChat } from './chat-hooks';
import { ChatTab } from './chat-tab';
import { useChatUiStore } from './chat-ui-store';

export function ChatTabs({ chats, selectedId, panelId }: { chats: readonly HeldChat[]; selectedId: string | null; panelId: string }) {
  const { t } = useTranslation();
  const select = useChatUiStore((s) => s.select);
  const refs = useRef(new Map<string, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const ids = chats.map((c) => c.interaction.id);
    const index = Math.max(0, ids.indexOf(selectedId ?? ''));
    let next: string | undefined;
    if (event.key === 'ArrowRight') next = ids[(index + 1) % ids.length];
    else if (event.key === 'ArrowLeft') next = ids[(index - 1 + ids.length) % ids.length];
    else if (event.key === 'Home') next = ids[0];
    else if (event.key === 'End') next = ids[ids.length - 1];
    if (!next) return;
    event.preventDefault();
    select(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div role="tablist" aria-label={t('chat.tabs')} className="chat-tabs" onKeyDown={onKeyDown}>
      {chats.map((chat) => {
        const id = chat.interaction.id;
        return (
          <ChatTab
            key={id}
            ref={(el) => {
              if (el) refs.current.set(id, el);
              else refs.current.delete(id);
            }}
            chat={chat}
            selected={id === selectedId}
            panelId={panelId}
            onSelect={() => select(id)}
          />
        );
      })}
    </div>
  );
}
