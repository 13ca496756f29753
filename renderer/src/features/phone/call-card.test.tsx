// The call panel's pieces rendered to HTML: the controls each state offers
// (and the ones it must not), states in words, every control named and
// carrying its keyboard shortcut, the keypad's keys, the line in the top bar.
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { sv } from '../../lib/i18n/sv';
import type { CallView, TransferView } from './call-types';
import { CallCardView } from './call-card';
import { KeypadView, toneOfKey } from './keypad-dialog';
import { PhoneStatusView } from './phone-status';
import { SERVICE_NUMBERS, directTarget } from './phone-transfer-dialog';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { sv: { translation: sv } }, lng: 'sv', interpolation: { escapeValue: false }, showSupportNotice: false });
});

const render = (node: ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => ({ label: text(m[1] ?? ''), disabled: / disabled=""/.test(m[0]), keys: /aria-keyshortcuts="([^"]+)"/.exec(m[0])?.[1] ?? null }));

const call = (status: CallView['status'], extra: Partial<CallView> = {}): CallView => ({
  id: 'c1', direction: 'inbound', remote: '0701234567', remoteName: 'Eva', interactionId: 'ix', status, muted: false, role: 'main', pending: null, createdAt: 0, answeredAt: Date.now() - 65_000, endedAt: null, endCause: null, ...extra,
});
const card = (c: CallView, transfer: TransferView | null = null) => render(<CallCardView call={c} transfer={transfer} onChoose={() => undefined} />);

describe('CallCardView', () => {
  it('offers Answer and Reject while ringing, and nothing that needs an answered call', () => {
    const html = card(call('ringing'));
    expect(buttons(html).map((b) => b.label)).toEqual(['Svara', 'Avvisa']);
    expect(buttons(html)[0]?.keys).toBe('Control+Alt+A Alt+A');
    expect(text(html)).toContain('Inkommande samtal');
    expect(text(html)).toContain('0701234567');
    expect(text(html)).toContain('Ringer');
  });

  it('offers hang up, hold, mute, keypad and transfer in a call, each with its shortcut, and shows the call time', () => {
    const html = card(call('active'));
    expect(buttons(html)).toEqual([
      { label: 'Lägg på', disabled: false, keys: 'Control+Alt+L Alt+L' },
      { label: 'Parkera', disabled: false, keys: 'Control+Alt+P Alt+P' },
      { label: 'Stäng av mikrofonen', disabled: false, keys: 'Control+Alt+M Alt+M' },
      { label: 'Knappsats', disabled: false, keys: 'Control+Alt+K Alt+K' },
      { label: 'Koppla vidare', disabled: false, keys: 'Control+Alt+V Alt+V' },
    ]);
    expect(text(html)).toMatch(/Samtalstid 01:0[5-6]/);
    expect(html).toContain('aria-pressed="false"');
  });

  it('says in words that the call is held and the microphone off, and keeps the keypad for an active call', () => {
    const html = card(call('held', { muted: true }));
    expect(text(html)).toContain('Parkerat');
    expect(text(html)).toContain('Mikrofonen är avstängd');
    expect(buttons(html).find((b) => b.label === 'Återta')?.disabled).toBe(false);
    expect(buttons(html).find((b) => b.label === 'Knappsats')?.disabled).toBe(true);
    expect(html).toContain('aria-pressed="true"');
  });

  it('lets nothing be pressed twice while a hold is on its way', () => {
    expect(buttons(card(call('active', { pending: 'hold' }))).find((b) => b.label === 'Parkera')?.disabled).toBe(true);
  });

  it('shows a consultation with Complete (once answered) and Back to the caller, and no second transfer', () => {
    const transfer: TransferView = { mode: 'warm', callId: 'c0', consultCallId: 'c1', target: '081234567', priorStatus: 'held', failed: false };
    const ringingTarget = card(call('connecting', { role: 'consult', remote: '081234567', direction: 'outbound', answeredAt: null }), transfer);
    expect(text(ringingTarget)).toContain('Konsultation med 081234567');
    expect(buttons(ringingTarget).slice(0, 2)).toEqual([
      { label: 'Slutför överkopplingen', disabled: true, keys: null },
      { label: 'Tillbaka till uppringaren', disabled: false, keys: 'Control+Alt+L Alt+L' },
    ]);
    const answered = card(call('active', { role: 'consult', remote: '081234567', direction: 'outbound' }), transfer);
    expect(buttons(answered)[0]).toEqual({ label: 'Slutför överkopplingen', disabled: false, keys: null });
    expect(buttons(answered).some((b) => b.label === 'Koppla vidare')).toBe(false);
    expect(text(card(call('active', { role: 'consult' }), { ...transfer, failed: true }))).toContain('Överkopplingen gick inte igenom');
  });

  it('shows the caller’s name beside the number, but not the number twice', () => {
    expect(text(card(call('active')))).toContain('0701234567 · Eva');
    expect(text(card(call('active', { remoteName: '0701234567' })))).not.toContain('0701234567 · 0701234567');
  });

  it('offers no controls while the call is being transferred', () => {
    expect(buttons(card(call('transferring')))).toEqual([]);
    expect(text(card(call('transferring')))).toContain('Kopplas vidare');
  });
});

describe('the keypad', () => {
  it('has the twelve keys as buttons and says what was sent', () => {
    const html = render(<KeypadView sent="12#" error={null} onTone={() => undefined} />);
    expect(buttons(html).map((b) => b.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#']);
    expect(html).toContain('role="status"');
    expect(text(html)).toContain('Skickat: 12#');
  });

  it('takes digits, * and # from the keyboard, nothing else', () => {
    expect(['1', '0', '*', '#'].map(toneOfKey)).toEqual(['1', '0', '*', '#']);
    expect(['a', 'Enter', 'Escape', '+', ' '].map(toneOfKey)).toEqual([null, null, null, null, null]);
  });
});

describe('the phone line in the top bar', () => {
  it('says the state in words and shape, not colour alone', () => {
    const html = render(<PhoneStatusView line="registered" onSettings={() => undefined} />);
    expect(text(html)).toContain('● Telefon ansluten');
    expect(html).toContain('role="status"');
    expect(text(render(<PhoneStatusView line="unregistered" onSettings={() => undefined} />))).toContain('Telefon inte ansluten');
    expect(text(render(<PhoneStatusView line="not_configured" onSettings={() => undefined} />))).toContain('Ingen telefoni');
  });
});

describe('directTarget (a call put through without the backend)', () => {
  it('sends queues to their language’s service number and partners to their number', () => {
    expect(directTarget('queue', 'sv', '', '')).toBe(SERVICE_NUMBERS.sv);
    expect(directTarget('queue', 'en', '', '')).toBe('0771525526');
    expect(directTarget('queue', null, '', '')).toBeNull();
    expect(directTarget('number', null, '', '08-123 45 67')).toBe('081234567');
    expect(directTarget('colleague', null, 'adviser2', '')).toBe('adviser2');
    expect(directTarget('number', null, '', 'ring mig')).toBeNull();
  });
});
