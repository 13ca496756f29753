// The app's hooks for chat: the chats in hand as the core keeps them, the
// conversation as shown (with the adviser's messages on their way), unread
// counts, sending and the typing signal. Components use these, not the
// stores or the API directly.
import { useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { CaseView, ChatView, Interaction } from '../../lib/bridge-types';
import { useArrivingCase, useLiveWork } from '../live/live-hooks';
import { useSession } from '../session/session-hooks';
import { chatApi } from './chat-api';
import { chatOutbox } from './chat-outbox';
import { unreadCount, watermarks } from './chat-turn';
import { useChatUiStore } from './chat-ui-store';
import { typingSignalDue } from './composer-input';
import { conversationEntries, type ConversationEntry, type PendingMessage } from './pending-messages';

export interface HeldChat {
  interaction: Interaction;
  view: ChatView;
  /** The conversation is over (the adviser or the consumer ended it): wrap-up. */
  ended: boolean;
}

const EMPTY_VIEW: ChatView = { messages: [], consumerName: null, consumerTyping: false, consumerPresent: true, deliveredSeq: 0, readSeq: 0, loading: true };

/** Chats in hand (in conversation or in wrap-up), in the order they were taken. */
export function useHeldChats(): HeldChat[] {
  const work = useLiveWork();
  return useMemo(() => {
    const chats = (work?.interactions ?? []).filter((i) => i.channel === 'chat' && (i.state === 'active' || i.state === 'wrap_up'));
    return chats
      .map((interaction) => ({ interaction, view: work?.chats[interaction.id] ?? EMPTY_VIEW, ended: interaction.state !== 'active' }))
      .sort((a, b) => (a.interaction.acceptedAt ?? '').localeCompare(b.interaction.acceptedAt ?? ''));
  }, [work]);
}

/** The chat on screen: the one chosen, or else the first in hand. */
export function useSelectedChat(): HeldChat | null {
  const chats = useHeldChats();
  const chosen = useChatUiStore((s) => s.selectedChatId);
  return chats.find((c) => c.interaction.id === chosen) ?? chats[0] ?? null;
}

/** The chat a link or canned response goes to: the one on screen, while its conversation runs. */
export function useChatTarget(): HeldChat | null {
  const chat = useSelectedChat();
  return chat && !chat.ended ? chat : null;
}

/** The chat's case, once the cache has it (it arrives through sync just after the chat is taken). */
export function useChatCase(chat: HeldChat): CaseView | null {
  return useArrivingCase(chat.interaction.caseId).data ?? null;
}

export function usePendingMessages(chatId: string): PendingMessage[] {
  const all = useStore(chatOutbox, (s) => s.pending);
  return useMemo(() => all.filter((p) => p.chatId === chatId), [all, chatId]);
}

/** The conversation as shown: the core's messages plus the adviser's still on their way, each once. */
export function useConversation(chat: HeldChat): ConversationEntry[] {
  const pending = usePendingMessages(chat.interaction.id);
  return useMemo(() => conversationEntries(chat.view.messages, pending), [chat.view.messages, pending]);
}

/** Consumer messages the adviser has not read yet. */
export function useUnreadCount(chat: HeldChat): number {
  const said = useChatUiStore((s) => s.readUpTo[chat.interaction.id] ?? 0);
  return unreadCount(chat.view.messages, watermarks(chat.view.messages, { delivered: 0, read: said }).read);
}

function newClientId(): string {
  return crypto.randomUUID();
}

/** Sends a message: it goes into the outbox (shown as "sending" at once) and the sender takes it from there. */
export function useSendChatMessage(): (chatId: string, text: string) => void {
  const work = useLiveWork();
  const offset = work?.clockOffsetMs ?? 0;
  const userId = useSession()?.user?.id ?? null;
  return (chatId, text) => {
    const outbox = chatOutbox.getState();
    outbox.owner(userId);
    outbox.add({ clientId: newClientId(), chatId, text, createdAt: new Date(Date.now() + offset).toISOString() });
  };
}

/**
 * The typing signal: `changed` on each keystroke tells the server "typing" at
 * most every three seconds (a lost signal does not matter); `sent` after a
 * message, since the server stops showing typing then and the next keystroke
 * must say so again at once.
 */
export function useTypingSignal(chatId: string): { changed: (draft: string) => void; sent: () => void } {
  const last = useRef<number | null>(null);
  return {
    changed: (draft) => {
      const now = Date.now();
      if (!typingSignalDue(last.current, now, draft)) return;
      last.current = now;
      chatApi.typing(chatId).catch(() => undefined);
    },
    sent: () => {
      last.current = null;
    },
  };
}
