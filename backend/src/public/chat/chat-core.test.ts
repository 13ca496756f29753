// The chat page's pure logic, loaded from the very file the browser loads:
// merging by sequence, the outbox in storage, client ids, back-off, text and
// e-mail checks, links, and the words for waits and opening times.
import { describe, expect, it } from 'vitest';
import {
  backoffMs, BACKOFF_MAX_MS, cleanText, CLIENT_ID, describeOpening, describeWait, isEmailAddress, mergeMessages, newClientId, ownMark, parseSaved,
  settleOutbox, splitLinks, typingDue, type ChatMessage,
} from './chat-core.js';

const msg = (seq: number, sender: ChatMessage['sender'] = 'adviser', clientId = `id-${seq}`): ChatMessage => ({
  seq, interactionId: 'c1', sender, clientId, authorName: sender === 'adviser' ? 'Hanna' : null, body: `text ${seq}`, createdAt: '2026-11-25T09:00:00.000Z', delivered: false, read: false,
});

describe('mergeMessages', () => {
  it('keeps messages in sequence order, each once, and says which were new', () => {
    const first = mergeMessages([], [msg(5), msg(3)]);
    expect(first.list.map((m) => m.seq)).toEqual([3, 5]);
    expect(first.added.map((m) => m.seq)).toEqual([3, 5]);
    const second = mergeMessages(first.list, [msg(5), msg(4), msg(3), msg(9), msg(4)]);
    expect(second.list.map((m) => m.seq)).toEqual([3, 4, 5, 9]);
    expect(second.added.map((m) => m.seq)).toEqual([4, 9]);
  });

  it('keeps the first copy of a sequence and ignores entries without a whole sequence number', () => {
    const a = { ...msg(7), body: 'first' };
    const b = { ...msg(7), body: 'second' };
    const { list, added } = mergeMessages([a], [b, { ...msg(8), seq: 8.5 }, { ...msg(1), seq: Number.NaN }]);
    expect(list).toEqual([a]);
    expect(added).toEqual([]);
  });

  it('does not change the list it was given', () => {
    const list = [msg(1)];
    mergeMessages(list, [msg(2)]);
    expect(list.map((m) => m.seq)).toEqual([1]);
  });
});

describe('the outbox', () => {
  const item = (clientId: string) => ({ clientId, text: 'hej', at: '2026-11-25T09:00:00.000Z' });

  it('lets go of a message once the server has one from the consumer with its client id, and only then', () => {
    const outbox = [item('aaaaaaaaaaaaaaaa'), item('bbbbbbbbbbbbbbbb'), item('cccccccccccccccc')];
    const settled = settleOutbox(outbox, [msg(1, 'consumer', 'bbbbbbbbbbbbbbbb'), msg(2, 'adviser', 'cccccccccccccccc')]);
    expect(settled.map((i) => i.clientId)).toEqual(['aaaaaaaaaaaaaaaa', 'cccccccccccccccc']);
  });

  it('reads back what was saved, and nothing from a damaged or foreign entry', () => {
    const saved = { v: 1, chatId: 'c1', token: 't'.repeat(32), language: 'en', lastSeq: 12, outbox: [item('aaaaaaaaaaaaaaaa')] };
    expect(parseSaved(JSON.stringify(saved))).toEqual(saved);
    for (const bad of [null, '', '{', '[]', '"x"', JSON.stringify({ ...saved, v: 2 }), JSON.stringify({ ...saved, language: 'fi' }), JSON.stringify({ ...saved, token: 5 })]) {
      expect(parseSaved(bad), String(bad)).toBeNull();
    }
  });

  it('drops outbox entries it cannot send (a bad client id, no text) and mends a bad last sequence', () => {
    const raw = { v: 1, chatId: 'c1', token: 'x', language: 'sv', lastSeq: -4, outbox: [item('short'), item('aaaaaaaaaaaaaaaa'), { clientId: 'bbbbbbbbbbbbbbbb' }, 'junk', null, { ...item('cccccccccccccccc'), extra: 1 }] };
    const saved = parseSaved(JSON.stringify(raw));
    expect(saved?.lastSeq).toBe(0);
    expect(saved?.outbox).toEqual([item('aaaaaaaaaaaaaaaa'), item('cccccccccccccccc')]);
  });
});

describe('client ids', () => {
  it('are random UUIDs without dashes where the browser has randomUUID', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newClientId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('are 24 url-safe random characters where it does not', () => {
    const id = newClientId({ getRandomValues: (a: Uint8Array) => crypto.getRandomValues(a) });
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(id).toMatch(CLIENT_ID);
  });

  it('match what the server takes (letters, digits, _ and -; 16 to 64)', () => {
    expect(CLIENT_ID.test('a'.repeat(16))).toBe(true);
    expect(CLIENT_ID.test('a'.repeat(15))).toBe(false);
    expect(CLIENT_ID.test('a'.repeat(65))).toBe(false);
    expect(CLIENT_ID.test(`${'a'.repeat(16)}!`)).toBe(false);
  });
});

describe('backoffMs', () => {
  it('doubles from about a second to at most half a minute, spread by a fifth either way', () => {
    const at = (attempt: number, r: number) => backoffMs(attempt, () => r);
    expect(at(0, 0.5)).toBe(1000);
    expect(at(1, 0.5)).toBe(2000);
    expect(at(3, 0.5)).toBe(8000);
    expect(at(10, 0.5)).toBe(BACKOFF_MAX_MS);
    expect(at(500, 0.5)).toBe(BACKOFF_MAX_MS);
    expect(at(0, 0)).toBe(800);
    expect(at(0, 0.999999)).toBe(1200);
    expect(at(-3, 0.5)).toBe(1000);
  });
});

describe('typing', () => {
  it('is signalled at most every three seconds', () => {
    expect(typingDue(10_000, null)).toBe(true);
    expect(typingDue(12_999, 10_000)).toBe(false);
    expect(typingDue(13_000, 10_000)).toBe(true);
  });
});

describe('cleanText', () => {
  it('trims, makes line ends uniform and drops the control characters the server refuses, keeping tabs and new lines', () => {
    expect(cleanText('  hej\r\nhopp\rdå  ')).toBe('hej\nhopp\ndå');
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\tf')).toBe('abcde\tf');
    expect(cleanText(' \n\t ')).toBe('');
    expect(cleanText('<b>hej</b> & <img src=x>')).toBe('<b>hej</b> & <img src=x>');
  });
});

describe('isEmailAddress', () => {
  it.each([
    ['kund@example.se', true],
    ['Kund.Namn+chatt@post.example.co.uk', true],
    ['  kund@example.se  ', true],
    ['kund@example', false],
    ['kund@', false],
    ['@example.se', false],
    ['kund example@example.se', false],
    ['kund@@example.se', false],
    ['kund@exa mple.se', false],
    ['kund@-example.se', false],
    ['<kund@example.se>', false],
    [`${'a'.repeat(250)}@example.se`, false],
    ['', false],
  ])('%s → %s', (text, ok) => {
    expect(isEmailAddress(text)).toBe(ok);
  });
});

describe('splitLinks', () => {
  it('cuts out web links and leaves everything else as text, markup included', () => {
    expect(splitLinks('Läs https://www.arn.se/om-arn. Eller <a href="x">hit</a>')).toEqual([
      { text: 'Läs ' },
      { url: 'https://www.arn.se/om-arn' },
      { text: '. Eller <a href="x">hit</a>' },
    ]);
    expect(splitLinks('(se http://example.se/a?b=1&c=2)')).toEqual([{ text: '(se ' }, { url: 'http://example.se/a?b=1&c=2' }, { text: ')' }]);
  });

  it('makes no link of other schemes', () => {
    expect(splitLinks('javascript:alert(1) data:text/html,x mailto:a@b.se')).toEqual([{ text: 'javascript:alert(1) data:text/html,x mailto:a@b.se' }]);
  });

  it('gives back the whole text when there is no link', () => {
    expect(splitLinks('hej\nhopp')).toEqual([{ text: 'hej\nhopp' }]);
    expect(splitLinks('')).toEqual([]);
  });
});

describe('ownMark', () => {
  it('is read when the adviser has read up to it, else delivered or sent as the message says', () => {
    expect(ownMark(msg(5, 'consumer'), 5)).toBe('read');
    expect(ownMark({ ...msg(5, 'consumer'), read: true }, 0)).toBe('read');
    expect(ownMark({ ...msg(5, 'consumer'), delivered: true }, 4)).toBe('delivered');
    // The workstation's receipt arrives later, with the chat's state: delivered without the message changing.
    expect(ownMark(msg(5, 'consumer'), 4, 5)).toBe('delivered');
    expect(ownMark(msg(6, 'consumer'), 4, 5)).toBe('sent');
    expect(ownMark(msg(5, 'consumer'), 4)).toBe('sent');
  });
});

describe('describeWait', () => {
  it.each([
    [null, 'sv', 'ingen uppskattning just nu'],
    [{ seconds: 0, low: 0, high: 0 }, 'sv', 'ingen kö'],
    [{ seconds: 20, low: 5, high: 50 }, 'sv', 'under en minut'],
    [{ seconds: 40, low: 10, high: 200 }, 'sv', 'under en minut (oftast högst 3 min)'],
    [{ seconds: 250, low: 30, high: 500 }, 'sv', 'cirka 4 min (oftast högst 8 min)'],
    [{ seconds: 250, low: 120, high: 500 }, 'en', 'about 4 min (usually between 2 min and 8 min)'],
    [{ seconds: 6000, low: 4000, high: 9000 }, 'sv', 'cirka 1,7 tim (oftast mellan 67 min och 2,5 tim)'],
  ] as const)('%j in %s → %s', (estimate, lang, words) => {
    expect(describeWait(estimate, lang)).toBe(words);
  });
});

describe('describeOpening', () => {
  // Wednesday 25 November 2026, 18:00 in Stockholm (CET).
  const now = new Date('2026-11-25T17:00:00Z');
  it.each([
    ['2026-11-25T19:30:00Z', 'sv', 'i dag 20:30'],
    ['2026-11-26T08:00:00Z', 'sv', 'i morgon 09:00'],
    ['2026-11-26T08:00:00Z', 'en', 'tomorrow at 09:00'],
    ['2026-11-30T08:00:00Z', 'sv', 'måndag 09:00'],
    ['2026-11-30T08:00:00Z', 'en', 'on Monday at 09:00'],
    ['2026-12-07T08:00:00Z', 'sv', 'måndag 7 december 09:00'],
  ] as const)('%s in %s → %s', (iso, lang, words) => {
    expect(describeOpening(iso, lang, now)).toBe(words);
  });
});
