import { describe, expect, it } from 'vitest';
import { conversationEntries, nextToSend, settledClientIds, type ConversationEntry } from './pending-messages';
import { msg, pending } from './test-messages';

const shape = (entries: ConversationEntry[]) => entries.map((e) => (e.kind === 'message' ? `${e.message.sender[0]}${e.message.seq}` : `p:${e.pending.clientId}`));

describe('conversationEntries', () => {
  it('shows the core messages in sequence order and messages on their way after them, in the order written', () => {
    const entries = conversationEntries([msg(3, 'consumer'), msg(1, 'system'), msg(2, 'consumer')], [pending('b', 20), pending('a', 10)]);
    expect(shape(entries)).toEqual(['s1', 'c2', 'c3', 'p:a', 'p:b']);
  });

  it('shows a message once when the core has the server copy: matched by client id, the pending one disappears', () => {
    const echoed = msg(4, 'adviser', { clientId: 'a' });
    const entries = conversationEntries([msg(2, 'consumer'), echoed], [pending('a', 10, { status: 'sent', seq: 4 }), pending('b', 11)]);
    expect(shape(entries)).toEqual(['c2', 'a4', 'p:b']);
    // The same React key before and after the echo, so the row stays put.
    expect(entries[1]?.key).toBe('c:a');
  });

  it('places a message the server acknowledged (but the core has not shown yet) at its sequence', () => {
    const entries = conversationEntries([msg(2, 'consumer'), msg(6, 'consumer')], [pending('later', 30), pending('acked', 10, { status: 'sent', seq: 5 })]);
    expect(shape(entries)).toEqual(['c2', 'p:acked', 'c6', 'p:later']);
  });

  it('does not mistake a consumer message with the same client id for the adviser’s', () => {
    const entries = conversationEntries([msg(2, 'consumer', { clientId: 'a' })], [pending('a', 10)]);
    expect(shape(entries)).toEqual(['c2', 'p:a']);
  });

  it('keeps a failed message in view', () => {
    expect(shape(conversationEntries([msg(1, 'consumer')], [pending('x', 5, { status: 'failed', failure: 'ended' })]))).toEqual(['c1', 'p:x']);
  });
});

describe('settledClientIds', () => {
  it('names the pending messages the core shows itself', () => {
    expect(settledClientIds([msg(3, 'adviser', { clientId: 'a' }), msg(4, 'consumer', { clientId: 'b' })], [pending('a', 1), pending('b', 2)])).toEqual(['a']);
  });
});

describe('nextToSend', () => {
  it('is the oldest message of the chat still to go, skipping sent and failed ones and other chats', () => {
    const list = [
      pending('sent', 1, { status: 'sent', seq: 9 }),
      pending('failed', 2, { status: 'failed', failure: 'ended' }),
      pending('third', 4),
      pending('second', 3, { status: 'retrying', nextAttemptAt: 99 }),
      pending('other', 0, { chatId: 'chat-2' }),
    ];
    expect(nextToSend(list, 'chat-1')?.clientId).toBe('second');
    expect(nextToSend(list, 'chat-2')?.clientId).toBe('other');
    expect(nextToSend(list, 'chat-3')).toBeNull();
  });
});
