// Tells screen-reader users, politely, what the consumer writes — the new
// line itself in the chat on screen, a short notice for the others — and
// when a consumer leaves. Only the news is spoken, never the whole log.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldChat } from './chat-hooks';
import { presenceOf } from './chat-header';
import { chatTitle } from './chat-title';

export function ChatAnnouncer({ chats, selectedId }: { chats: readonly HeldChat[]; selectedId: string | null }) {
  const { t, i18n } = useTranslation();
  /** Per chat: the newest consumer message already announced (or there when it was first seen), and the consumer's presence. */
  const seen = useRef(new Map<string, { seq: number; presence: string | null }>());
  const [text, setText] = useState('');

  useEffect(() => {
    const lines: string[] = [];
    for (const chat of chats) {
      // A chat whose history is still on its way would announce all of it.
      if (chat.view.loading) continue;
      const id = chat.interaction.id;
      const consumer = chat.view.messages.filter((m) => m.sender === 'consumer');
      const top = consumer.reduce((max, m) => Math.max(max, m.seq), 0);
      const presence = presenceOf(chat) === 'left' ? 'left' : chat.ended ? chat.interaction.endReason : null;
      const before = seen.current.get(id);
      seen.current.set(id, { seq: top, presence });
      if (!before) continue;
      const news = consumer.filter((m) => m.seq > before.seq);
      if (news.length > 0) {
        if (id === selectedId) lines.push(...news.map((m) => t('chat.announceMessage', { text: m.body })));
        else lines.push(t('chat.announceOther', { title: chatTitle(t, i18n.language, chat.interaction, null, chat.view.consumerName) }));
      }
      if (presence !== before.presence && presence === 'left') lines.push(t('chat.presence.left'));
      if (presence !== before.presence && presence === 'consumer_ended') lines.push(t('chat.ended.consumer_ended'));
    }
    if (lines.length > 0) setText(lines.join(' '));
  }, [chats, selectedId, t, i18n.language]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
