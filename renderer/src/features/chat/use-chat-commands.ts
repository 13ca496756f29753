// The chat shortcuts (see lib/shortcuts.ts), carried out where the chats
// are known: jump to the chat that has waited longest for a reply, step
// through the chats, open the canned responses for the chat on screen.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useLiveCommand } from '../live/live-commands';
import type { HeldChat } from './chat-hooks';
import { chatOutbox } from './chat-outbox';
import { turnOf } from './chat-turn';
import { useChatUiStore } from './chat-ui-store';
import { conversationEntries, type PendingMessage } from './pending-messages';

/** The running chat whose consumer has waited longest for the adviser, if any. */
export function longestWaiting(chats: readonly HeldChat[], pending: readonly PendingMessage[]): HeldChat | null {
  let best: { chat: HeldChat; since: string } | null = null;
  for (const chat of chats) {
    const turn = turnOf(conversationEntries(chat.view.messages, pending.filter((p) => p.chatId === chat.interaction.id)), chat.ended, chat.interaction.acceptedAt ?? chat.interaction.arrivedAt);
    if (turn.kind === 'adviser' && (!best || turn.since < best.since)) best = { chat, since: turn.since };
  }
  return best?.chat ?? null;
}

const focusTab = (id: string) => window.setTimeout(() => document.getElementById(`chat-tab-${id}`)?.focus(), 0);

export function useChatCommands(chats: readonly HeldChat[], selected: HeldChat | null): void {
  const { t } = useTranslation();
  useLiveCommand(['focusChat', 'nextChat', 'previousChat', 'cannedResponses'], (command) => {
    const ui = useChatUiStore.getState();
    const announce = useUiStore.getState().announce;
    if (chats.length === 0) {
      announce(t('chat.noChat'));
      return;
    }
    if (command === 'focusChat') {
      const target = longestWaiting(chats, chatOutbox.getState().pending) ?? selected ?? chats[0]!;
      ui.select(target.interaction.id);
      if (target.ended) focusTab(target.interaction.id);
      else ui.focusComposer(target.interaction.id);
      return;
    }
    if (command === 'nextChat' || command === 'previousChat') {
      const ids = chats.map((c) => c.interaction.id);
      const index = Math.max(0, ids.indexOf(selected?.interaction.id ?? ''));
      const next = ids[(index + (command === 'nextChat' ? 1 : ids.length - 1)) % ids.length]!;
      ui.select(next);
      focusTab(next);
      return;
    }
    if (!selected || selected.ended) {
      announce(t('chat.noChat'));
      return;
    }
    useUiStore.getState().openDialog({ kind: 'cannedPicker', chatId: selected.interaction.id });
  });
}
