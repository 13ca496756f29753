// Tells the server what reached this desk and what the adviser has read, in
// as few calls as possible: per chat one call at a time, only when a
// watermark moves, and "read" (which implies delivered) instead of both.
// What the server already knows comes with the messages (their marks), so a
// reloaded page does not repeat itself.
import { useEffect, useRef, useState } from 'react';
import { chatApi } from './chat-api';
import type { HeldChat } from './chat-hooks';
import { lastConsumerSeq, receiptPlan } from './chat-turn';
import { useChatUiStore } from './chat-ui-store';

/** A failed receipt is tried again this much later (the next change tries sooner). */
const RETRY_MS = 5_000;

/** What this desk has told the server per chat, and which chats have a call running. Outlives the chat area's mounting. */
const told = new Map<string, { delivered: number; read: number }>();
const busy = new Set<string>();

export function useChatReceipts(chats: readonly HeldChat[], lookingAt: string | null): void {
  const [tick, setTick] = useState(0);
  const markRead = useChatUiStore((s) => s.markRead);
  const readUpTo = useChatUiStore((s) => s.readUpTo);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    // An answer may come after this pass was replaced by the next: look again then.
    const again = (ms: number) => window.setTimeout(() => mounted.current && setTick((n) => n + 1), ms);
    for (const chat of chats) {
      const id = chat.interaction.id;
      if (chat.ended || chat.view.loading || busy.has(id)) continue;
      const before = told.get(id) ?? { delivered: 0, read: 0 };
      // Seen: everything while the adviser looks at it, else what was seen before (a failed call is made again).
      const seen = lookingAt === id ? lastConsumerSeq(chat.view.messages) : (readUpTo[id] ?? 0);
      const plan = receiptPlan(chat.view.messages, before, seen);
      if (!plan) continue;
      const top = plan.readUpTo ?? plan.deliveredUpTo ?? 0;
      told.set(id, { delivered: Math.max(before.delivered, top), read: Math.max(before.read, plan.readUpTo ?? 0) });
      // The unread marker goes at once; the server hears of it in the background.
      if (plan.readUpTo) markRead(id, plan.readUpTo);
      busy.add(id);
      chatApi.receipts(id, plan).then(
        () => {
          busy.delete(id);
          again(0);
        },
        () => {
          busy.delete(id);
          told.set(id, before);
          again(RETRY_MS);
        },
      );
    }
  }, [chats, lookingAt, tick, markRead, readUpTo]);
}
