// The adviser's messages on their way to the server, and the conversation as
// shown: the core's messages (in order, each once, the adviser's own
// included once the server has them) plus the ones still on their way. A
// message on its way is matched to the server's copy by its client id, so it
// shows once — never as "sending" and "sent" side by side.
import type { ChatMessage } from '../../lib/bridge-types';

export type PendingStatus =
  /** An attempt is running or due now. */
  | 'sending'
  /** The last attempt failed for a reason that may pass (no network, server busy); tried again later. */
  | 'retrying'
  /** The server has it (its sequence is known); the core's copy will replace this one. */
  | 'sent'
  /** The server refused it for good (the chat has ended, it is someone else's). */
  | 'failed';

export type SendFailure = 'ended' | 'forbidden' | 'invalid';

export interface PendingMessage {
  clientId: string;
  chatId: string;
  text: string;
  /** When the adviser sent it, on the server's clock (whose turn it is counts from here). */
  createdAt: string;
  attempts: number;
  status: PendingStatus;
  /** While retrying: when the next attempt is due (ms, this computer's clock). */
  nextAttemptAt: number | null;
  /** Known once the server has it. */
  seq: number | null;
  failure: SendFailure | null;
}

export type ConversationEntry =
  | { kind: 'message'; key: string; message: ChatMessage }
  | { kind: 'pending'; key: string; pending: PendingMessage };

/** Client ids of the adviser's messages the core already shows. */
function confirmedIds(messages: readonly ChatMessage[]): Set<string> {
  return new Set(messages.filter((m) => m.sender === 'adviser').map((m) => m.clientId));
}

/** Pending messages the core now shows itself (they can be forgotten). */
export function settledClientIds(messages: readonly ChatMessage[], pending: readonly PendingMessage[]): string[] {
  const confirmed = confirmedIds(messages);
  return pending.filter((p) => confirmed.has(p.clientId)).map((p) => p.clientId);
}

/**
 * The conversation to show: the core's messages by sequence; a pending one
 * the server has acknowledged at its sequence; the rest after them in the
 * order they were written.
 */
export function conversationEntries(messages: readonly ChatMessage[], pending: readonly PendingMessage[]): ConversationEntry[] {
  const confirmed = confirmedIds(messages);
  const open = pending.filter((p) => !confirmed.has(p.clientId));
  const placed = open.filter((p) => p.seq !== null).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const waiting = open.filter((p) => p.seq === null).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const out: ConversationEntry[] = [];
  let i = 0;
  for (const message of [...messages].sort((a, b) => a.seq - b.seq)) {
    while (i < placed.length && (placed[i]?.seq ?? 0) < message.seq) {
      const p = placed[i++]!;
      out.push({ kind: 'pending', key: `c:${p.clientId}`, pending: p });
    }
    out.push({ kind: 'message', key: message.sender === 'adviser' ? `c:${message.clientId}` : `s:${message.seq}`, message });
  }
  for (const p of [...placed.slice(i), ...waiting]) out.push({ kind: 'pending', key: `c:${p.clientId}`, pending: p });
  return out;
}

/** The next message of a chat to send: the oldest the server does not have yet. Messages go out one at a time, in order. */
export function nextToSend(pending: readonly PendingMessage[], chatId: string): PendingMessage | null {
  const queue = pending.filter((p) => p.chatId === chatId && (p.status === 'sending' || p.status === 'retrying'));
  queue.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return queue[0] ?? null;
}
