// A conversation line rendered to HTML: the adviser's messages say in words
// where they are (on their way, sent, delivered, read, not sent — never by
// colour or ticks alone), the consumer's text stays text, and each line says
// who wrote it.
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { sv } from '../../lib/i18n/sv';
import { ChatMessageItem } from './chat-message-item';
import type { ConversationEntry } from './pending-messages';
import { msg, pending } from './test-messages';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { sv: { translation: sv } }, lng: 'sv', interpolation: { escapeValue: false }, showSupportNotice: false });
});

const render = (node: ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const line = (entry: ConversationEntry) => render(<ChatMessageItem entry={entry} language="sv" me="Sara" />);
const message = (m: ReturnType<typeof msg>): ConversationEntry => ({ kind: 'message', key: String(m.seq), message: m });

describe('ChatMessageItem', () => {
  it('says in words where the adviser’s message is', () => {
    expect(text(line(message(msg(3, 'adviser'))))).toContain('Skickat');
    expect(text(line(message(msg(3, 'adviser', { delivered: true }))))).toContain('Levererat');
    expect(text(line(message(msg(3, 'adviser', { delivered: true, read: true }))))).toContain('Läst');
    expect(text(line({ kind: 'pending', key: 'a', pending: pending('a', 1) }))).toContain('Skickas…');
    expect(text(line({ kind: 'pending', key: 'a', pending: pending('a', 1, { status: 'retrying' }) }))).toContain('Skickas… väntar på anslutning');
  });

  it('says why a message was not sent, and offers to remove it', () => {
    const html = line({ kind: 'pending', key: 'a', pending: pending('a', 1, { status: 'failed', failure: 'ended' }) });
    expect(text(html)).toContain('Skickades inte');
    expect(text(html)).toContain('Chatten har avslutats.');
    expect(html).toMatch(/<button[^>]*>Ta bort<\/button>/);
  });

  it('names the writer: the consumer, you, a colleague before a transfer, the service', () => {
    expect(text(line(message(msg(2, 'consumer'))))).toMatch(/^Konsument /);
    const named = render(<ChatMessageItem entry={message(msg(2, 'consumer'))} language="sv" me="Sara" consumerName={'Eva <b>'} />);
    expect(text(named)).toMatch(/^Eva &lt;b&gt; /);
    expect(text(line(message(msg(3, 'adviser', { authorName: 'Sara' }))))).toMatch(/^Du /);
    expect(text(line(message(msg(3, 'adviser', { authorName: 'Ahmed' }))))).toMatch(/^Ahmed /);
    expect(text(line(message(msg(1, 'system', { body: 'Välkommen' }))))).toMatch(/^Hallå konsument: Välkommen/);
  });

  it('keeps the consumer’s markup as text', () => {
    const html = line(message(msg(2, 'consumer', { body: '<img src=x onerror=alert(1)>' })));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
