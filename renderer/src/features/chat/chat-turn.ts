// Who owes the next word in a chat, since when, and how many of the
// consumer's messages the adviser has not read. Computed from the
// conversation as shown, so a message still on its way already counts as
// the adviser's answer.
import type { ChatMessage } from '../../lib/bridge-types';
import type { ConversationEntry } from './pending-messages';

export type Turn =
  /** The consumer wrote last (or nobody has yet): they wait for the adviser. */
  | { kind: 'adviser'; since: string }
  /** The adviser wrote last: waiting for the consumer. */
  | { kind: 'consumer'; since: string }
  | { kind: 'ended' };

/** `startedAt`: when the adviser took the chat, if nobody has written yet. */
export function turnOf(entries: readonly ConversationEntry[], ended: boolean, startedAt: string): Turn {
  if (ended) return { kind: 'ended' };
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.kind === 'pending') {
      if (e.pending.status !== 'failed') return { kind: 'consumer', since: e.pending.createdAt };
      continue;
    }
    if (e.message.sender === 'consumer') return { kind: 'adviser', since: e.message.createdAt };
    if (e.message.sender === 'adviser') return { kind: 'consumer', since: e.message.createdAt };
  }
  return { kind: 'adviser', since: startedAt };
}

const consumerMessages = (messages: readonly ChatMessage[]) => messages.filter((m) => m.sender === 'consumer');

/** The newest consumer message's sequence (0 if none). */
export function lastConsumerSeq(messages: readonly ChatMessage[]): number {
  return consumerMessages(messages).reduce((top, m) => Math.max(top, m.seq), 0);
}

/** What the server already counts as delivered / read at this desk (from the messages' marks), or what this desk has said since. */
export function watermarks(messages: readonly ChatMessage[], said: { delivered: number; read: number }): { delivered: number; read: number } {
  let delivered = said.delivered;
  let read = said.read;
  for (const m of consumerMessages(messages)) {
    if (m.read) read = Math.max(read, m.seq);
    if (m.delivered || m.read) delivered = Math.max(delivered, m.seq);
  }
  return { delivered: Math.max(delivered, read), read };
}

/** Consumer messages after the read watermark. */
export function unreadCount(messages: readonly ChatMessage[], read: number): number {
  return consumerMessages(messages).filter((m) => m.seq > read).length;
}

/**
 * The one receipt call worth making now, or null. Messages that arrived are
 * reported delivered; those the adviser has seen (`seenUpTo`: all of them
 * while looking at the chat) are reported read, which implies delivered, so
 * one call says both.
 */
export function receiptPlan(messages: readonly ChatMessage[], said: { delivered: number; read: number }, seenUpTo: number): { deliveredUpTo?: number; readUpTo?: number } | null {
  const top = lastConsumerSeq(messages);
  const marks = watermarks(messages, said);
  const seen = Math.min(seenUpTo, top);
  if (seen > marks.read) return { readUpTo: seen };
  if (top > marks.delivered) return { deliveredUpTo: top };
  return null;
}
