// Runs the chat sender for as long as the workspace is open, and keeps the
// outbox tidy: it belongs to the signed-in adviser, messages the core now
// shows itself are forgotten, and so are those of chats no longer in hand.
// When the live connection comes back, waiting messages go at once.
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useLiveWork } from '../live/live-hooks';
import { useSession } from '../session/session-hooks';
import { chatApi } from './chat-api';
import { chatOutbox } from './chat-outbox';
import { createChatSender, type ChatSender } from './chat-sender';
import { useChatUiStore } from './chat-ui-store';
import { settledClientIds } from './pending-messages';

export function useChatSender(): void {
  const userId = useSession()?.user?.id ?? null;
  const work = useLiveWork();
  const pending = useStore(chatOutbox, (s) => s.pending);
  const sender = useRef<ChatSender | null>(null);
  const wasConnected = useRef(false);

  useEffect(() => {
    if (!userId) return;
    // Another adviser's unsent messages (a shared desk) are not sent as this one's.
    chatOutbox.getState().owner(userId);
    const s = createChatSender({
      outbox: chatOutbox,
      post: chatApi.send,
      now: () => Date.now(),
      random: () => Math.random(),
      schedule: (ms, fn) => {
        const timer = window.setTimeout(fn, ms);
        return () => window.clearTimeout(timer);
      },
    });
    sender.current = s;
    s.pump();
    const online = () => s.retryNow();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      s.stop();
      sender.current = null;
      // Signed out: the next adviser starts with a clean chat area.
      useChatUiStore.getState().reset();
    };
  }, [userId]);

  const connected = work?.connected ?? false;
  useEffect(() => {
    if (connected && !wasConnected.current) sender.current?.retryNow();
    wasConnected.current = connected;
  }, [connected]);

  useEffect(() => {
    if (!work) return;
    const held = new Set(work.interactions.filter((i) => i.channel === 'chat' && (i.state === 'active' || i.state === 'wrap_up')).map((i) => i.id));
    const drop: string[] = [];
    for (const [chatId, view] of Object.entries(work.chats)) drop.push(...settledClientIds(view.messages, pending.filter((p) => p.chatId === chatId)));
    // Only a connected picture says for sure that a chat is gone (transferred, done).
    if (work.connected) drop.push(...pending.filter((p) => !held.has(p.chatId)).map((p) => p.clientId));
    if (drop.length > 0) chatOutbox.getState().remove(drop);
    if (work.connected) useChatUiStore.getState().keepOnly([...held]);
  }, [work, pending]);
}
