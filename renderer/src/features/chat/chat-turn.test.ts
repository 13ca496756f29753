import { describe, expect, it } from 'vitest';
import { lastConsumerSeq, receiptPlan, turnOf, unreadCount, watermarks } from './chat-turn';
import { conversationEntries } from './pending-messages';
import { at, msg, pending } from './test-messages';

const started = at(0);

describe('turnOf', () => {
  it('is the adviser’s turn when the consumer wrote last, counted from that message', () => {
    const entries = conversationEntries([msg(1, 'system'), msg(2, 'consumer'), msg(3, 'adviser'), msg(4, 'consumer'), msg(5, 'system')], []);
    expect(turnOf(entries, false, started)).toEqual({ kind: 'adviser', since: at(4) });
  });

  it('is the consumer’s turn when the adviser wrote last; system lines do not count', () => {
    const entries = conversationEntries([msg(2, 'consumer'), msg(3, 'adviser'), msg(4, 'system')], []);
    expect(turnOf(entries, false, started)).toEqual({ kind: 'consumer', since: at(3) });
  });

  it('counts a message still on its way as the adviser’s answer, but not one that failed', () => {
    const messages = [msg(2, 'consumer')];
    expect(turnOf(conversationEntries(messages, [pending('a', 9)]), false, started)).toEqual({ kind: 'consumer', since: at(9) });
    expect(turnOf(conversationEntries(messages, [pending('a', 9, { status: 'failed', failure: 'ended' })]), false, started)).toEqual({ kind: 'adviser', since: at(2) });
  });

  it('is the adviser’s turn from the start when nobody has written, and nobody’s once the chat has ended', () => {
    expect(turnOf(conversationEntries([msg(1, 'system')], []), false, started)).toEqual({ kind: 'adviser', since: started });
    expect(turnOf(conversationEntries([msg(2, 'consumer')], []), true, started)).toEqual({ kind: 'ended' });
  });
});

describe('unread and watermarks', () => {
  const messages = [msg(1, 'system'), msg(2, 'consumer', { delivered: true, read: true }), msg(3, 'adviser'), msg(4, 'consumer', { delivered: true }), msg(5, 'consumer')];

  it('takes the server’s marks on consumer messages, or what this desk said since, whichever is further', () => {
    expect(watermarks(messages, { delivered: 0, read: 0 })).toEqual({ delivered: 4, read: 2 });
    expect(watermarks(messages, { delivered: 0, read: 5 })).toEqual({ delivered: 5, read: 5 });
    expect(lastConsumerSeq(messages)).toBe(5);
  });

  it('counts consumer messages after the read watermark only', () => {
    expect(unreadCount(messages, 2)).toBe(2);
    expect(unreadCount(messages, 4)).toBe(1);
    expect(unreadCount(messages, 5)).toBe(0);
    expect(unreadCount([msg(1, 'system'), msg(2, 'adviser')], 0)).toBe(0);
  });
});

describe('receiptPlan', () => {
  const messages = [msg(2, 'consumer', { delivered: true, read: true }), msg(3, 'adviser'), msg(4, 'consumer'), msg(5, 'consumer')];

  it('reports new messages delivered while the adviser has not seen them', () => {
    expect(receiptPlan(messages, { delivered: 0, read: 0 }, 0)).toEqual({ deliveredUpTo: 5 });
  });

  it('reports what the adviser has seen as read (which says delivered too) in one call', () => {
    expect(receiptPlan(messages, { delivered: 0, read: 0 }, 5)).toEqual({ readUpTo: 5 });
    expect(receiptPlan(messages, { delivered: 5, read: 0 }, 4)).toEqual({ readUpTo: 4 });
    // Never beyond the last consumer message.
    expect(receiptPlan(messages, { delivered: 0, read: 0 }, 99)).toEqual({ readUpTo: 5 });
  });

  it('makes no call when nothing moved', () => {
    expect(receiptPlan(messages, { delivered: 5, read: 0 }, 2)).toBeNull();
    expect(receiptPlan(messages, { delivered: 5, read: 5 }, 5)).toBeNull();
    expect(receiptPlan([msg(3, 'adviser')], { delivered: 0, read: 0 }, 3)).toBeNull();
  });
});
