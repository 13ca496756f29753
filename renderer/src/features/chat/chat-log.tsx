// The conversation as a list, oldest first. It follows new lines while the
// adviser is at the bottom, and stays put while they scroll back to read.
// It can take focus, so it scrolls from the keyboard too.
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { firstNameOf } from './canned-fill';
import type { HeldChat } from './chat-hooks';
import { ChatMessageItem } from './chat-message-item';
import type { ConversationEntry } from './pending-messages';
import { useSession } from '../session/session-hooks';

/** Within this many pixels of the bottom counts as "at the bottom". */
const NEAR_BOTTOM_PX = 48;

export function ChatLog({ chat, entries }: { chat: HeldChat; entries: readonly ConversationEntry[] }) {
  const { t } = useTranslation();
  const me = firstNameOf(useSession()?.user?.displayName);
  const ref = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  const last = entries[entries.length - 1];
  // The adviser's own new message always brings the view down.
  const ownLast = last?.kind === 'pending';

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && (atBottom.current || ownLast)) el.scrollTop = el.scrollHeight;
  }, [entries.length, last?.key, ownLast]);

  if (chat.view.loading && entries.length === 0) return <p className="chat-log-empty muted">{t('chat.loadingHistory')}</p>;
  return (
    <ol
      ref={ref}
      className="chat-log"
      aria-label={t('chat.log')}
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget;
        atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
      }}
    >
      {entries.length === 0 && <li className="msg msg-system">{t('chat.empty')}</li>}
      {entries.map((entry) => (
        <ChatMessageItem key={entry.key} entry={entry} language={chat.interaction.language} me={me} consumerName={chat.view.consumerName} />
      ))}
    </ol>
  );
}
