// Builders for the chat unit tests: messages as the core holds them and
// pending messages as the outbox holds them.
import type { ChatMessage } from '../../lib/bridge-types';
import type { PendingMessage } from './pending-messages';

const base = Date.parse('2026-11-25T09:00:00.000Z');
export const at = (second: number) => new Date(base + second * 1000).toISOString();

export function msg(seq: number, sender: ChatMessage['sender'], extra: Partial<ChatMessage> = {}): ChatMessage {
  return {
    seq, interactionId: 'chat-1', sender, clientId: `${sender}-${seq}`, authorName: sender === 'adviser' ? 'Sara' : null, body: `text ${seq}`,
    createdAt: at(seq), delivered: false, read: false, ...extra,
  };
}

export function pending(clientId: string, second: number, extra: Partial<PendingMessage> = {}): PendingMessage {
  return { clientId, chatId: 'chat-1', text: `pending ${clientId}`, createdAt: at(second), attempts: 0, status: 'sending', nextAttemptAt: null, seq: null, failure: null, ...extra };
}
