// One chat's tab: what it is called, whose turn it is and for how long, and
// how many of the consumer's messages are unread. Each state is said in
// words and drawn with its own shape; colour only repeats it.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, secondsSince } from '../live/clock-format';
import { useServerNow } from '../live/live-hooks';
import { useChatCase, useConversation, useUnreadCount, type HeldChat } from './chat-hooks';
import { chatTitle } from './chat-title';
import { turnOf } from './chat-turn';

interface Props {
  chat: HeldChat;
  selected: boolean;
  panelId: string;
  onSelect(): void;
  ref?: Ref<HTMLButtonElement>;
}

export function ChatTab({ chat, selected, panelId, onSelect, ref }: Props) {
  const { t, i18n } = useTranslation();
  const now = useServerNow();
  const kase = useChatCase(chat);
  const entries = useConversation(chat);
  const unread = useUnreadCount(chat);
  const { interaction } = chat;
  const turn = turnOf(entries, chat.ended, interaction.acceptedAt ?? interaction.arrivedAt);

  return (
    <button
      ref={ref}
      type="button"
      role="tab"
      id={`chat-tab-${interaction.id}`}
      aria-controls={panelId}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      className={`chat-tab turn-${turn.kind}${unread > 0 ? ' has-unread' : ''}`}
      onClick={onSelect}
    >
      <span className="chat-tab-top">
        <span className="chat-tab-title">{chatTitle(t, i18n.language, interaction, kase, chat.view.consumerName)}</span>
        <span className="chat-tab-lang" lang={interaction.language}>
          <span className="visually-hidden">{t(`language.${interaction.language}`)}</span>
          <span aria-hidden="true">{interaction.language.toUpperCase()}</span>
        </span>
        {unread > 0 && (
          // The number is the information; the words are for screen readers (the pill alone reads as "unread" to the eye).
          <span className="unread-badge">
            <span aria-hidden="true">{unread}</span>
            <span className="visually-hidden">{t('chat.unreadLabel', { count: unread })}</span>
          </span>
        )}
      </span>
      <span className="chat-tab-subject">{interaction.subject ?? t('chat.noQuestion')}</span>
      <span className="chat-tab-turn">
        <span className="turn-shape" aria-hidden="true" />
        <span className="chat-tab-turn-text">{t(`chat.turn.${turn.kind}`)}</span>
        {turn.kind !== 'ended' && (
          <span className="chat-tab-clock">
            <span className="visually-hidden"> </span>
            {formatClock(secondsSince(turn.since, now))}
            <span className="visually-hidden"> {t('chat.sinceLast')}</span>
          </span>
        )}
      </span>
    </button>
  );
}
