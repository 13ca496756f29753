import { describe, expect, it } from 'vitest';
import type { ChatView, Interaction } from '../../lib/bridge-types';
import type { HeldChat } from './chat-hooks';
import { msg, pending } from './test-messages';
import { longestWaiting } from './use-chat-commands';

function chat(id: string, messages: ReturnType<typeof msg>[], ended = false): HeldChat {
  const view: ChatView = { messages: messages.map((m) => ({ ...m, interactionId: id })), consumerName: null, consumerTyping: false, consumerPresent: true, deliveredSeq: 0, readSeq: 0, loading: false };
  return { interaction: { id, acceptedAt: '2026-11-25T08:59:00.000Z', arrivedAt: '2026-11-25T08:58:00.000Z' } as Interaction, view, ended };
}

describe('longestWaiting (Alt+J)', () => {
  it('picks the chat whose consumer has waited longest for a reply', () => {
    const a = chat('a', [msg(5, 'consumer')]);
    const b = chat('b', [msg(2, 'consumer')]);
    const c = chat('c', [msg(1, 'consumer'), msg(3, 'adviser')]);
    expect(longestWaiting([a, b, c], [])?.interaction.id).toBe('b');
  });

  it('skips chats where the adviser has answered (even with a message still on its way) and ended ones', () => {
    const a = chat('a', [msg(5, 'consumer')]);
    const b = chat('b', [msg(2, 'consumer')]);
    const done = chat('d', [msg(1, 'consumer')], true);
    expect(longestWaiting([a, b, done], [{ ...pending('x', 9), chatId: 'b' }])?.interaction.id).toBe('a');
    expect(longestWaiting([done], [])).toBeNull();
  });
});
