// The wallboard's tables rendered to HTML: what the lead's role and wall mode
// change, and that states are spelled out in words, never colour alone.
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Presence, QueueStats } from '../../lib/bridge-types';
import { sv } from '../../lib/i18n/sv';
import { AdviserTable } from './adviser-table';
import { clockTime, type BoardFormat } from './board-format';
import { formatDuration } from './duration';
import { QueueTable } from './queue-table';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { sv: { translation: sv } }, lng: 'sv', interpolation: { escapeValue: false }, showSupportNotice: false });
});

const format: BoardFormat = {
  language: 'sv',
  duration: formatDuration,
  clock: (at, seconds = true) => clockTime(at, 'sv', seconds),
  threshold: (s) => `${s} s`,
  channel: (c) => sv.channel[c],
  channelShort: (c) => sv.wallboard[`channelShort_${c}`],
  queueName: (q) => q.queueId,
  state: (s) => sv.wallboard[`state_${s}`],
  reason: (r) => sv.wallboard[`reason_${r}`],
};

const render = (node: ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function presence(displayName: string, state: Presence['state'], extra: Partial<Presence> = {}): Presence {
  return {
    userId: displayName, displayName, intent: state === 'busy' || state === 'wrap_up' ? 'ready' : state, state, reason: null, since: new Date().toISOString(), idleSince: new Date().toISOString(),
    channels: ['phone'], languages: ['sv'], capacity: { phone: 1 }, load: {}, wrapUpUntil: null, profileVersion: 1, ...extra,
  };
}

const advisers = [
  presence('Ada', 'ready'),
  presence('Bo', 'not_ready', { reason: 'break' }),
  presence('Cia', 'busy', { intent: 'not_ready', reason: 'meeting', load: { phone: 1 } }),
  presence('Dan', 'offline'),
];

describe('AdviserTable', () => {
  it('gives team leads a change button per adviser, named after the adviser', () => {
    const html = render(<AdviserTable advisers={advisers} format={format} steer wall={false} />);
    expect(html.match(/<button/g)).toHaveLength(4);
    expect(html).toContain('aria-label="Ändra status och kanaler för Bo"');
  });

  it('shows an admin the advisers without any control, and says why', () => {
    const html = render(<AdviserTable advisers={advisers} format={format} steer={false} wall={false} />);
    expect(html).not.toContain('<button');
    expect(html).not.toContain('Åtgärder');
    expect(text(html)).toContain(sv.wallboard.adminReadOnly);
  });

  it('spells out state, reason and the state that follows the contact in hand', () => {
    const t = text(render(<AdviserTable advisers={advisers} format={format} steer wall={false} />));
    expect(t).toContain('Ej redo Rast');
    expect(t).toContain('Upptagen sedan: Ej redo (Möte)');
    expect(t).toContain('Telefon 1 av 1');
  });

  it('leaves out controls and offline advisers on the wall, and counts those left out', () => {
    const html = render(<AdviserTable advisers={advisers} format={format} steer wall />);
    expect(html).not.toContain('<button');
    expect(html).not.toContain('>Dan<');
    expect(text(html)).toContain('1 vägledare är offline och visas inte i väggläge.');
  });

  it('has a header for every column and a row header per adviser', () => {
    const html = render(<AdviserTable advisers={advisers} format={format} steer wall={false} />);
    expect(html.match(/<th scope="col"/g)).toHaveLength(7);
    expect(html.match(/<th scope="row"/g)).toHaveLength(4);
  });
});

function queue(queueId: string, extra: Partial<QueueStats> = {}): QueueStats {
  return {
    queueId, channel: 'phone', language: 'sv', open: true, waiting: 0, offered: 0, longestWaitSeconds: 0, active: 0, answeredToday: 0, abandonedToday: 0,
    serviceLevelToday: null, slaTargetPercent: 80, slaSeconds: 60, staffed: 0, available: 0, estimatedWait: null, ...extra,
  };
}

describe('QueueTable', () => {
  const queues = [
    queue('phone-sv', { waiting: 3, offered: 1, longestWaitSeconds: 95, serviceLevelToday: 62.5, answeredToday: 20, staffed: 4, available: 0, estimatedWait: { seconds: 120, low: 40, high: 300 } }),
    queue('chat-sv', { channel: 'chat', serviceLevelToday: 95, answeredToday: 9, staffed: 2, available: 1 }),
    queue('social-en', { channel: 'social', language: 'en', open: false }),
  ];

  it('marks service level below target in words and with an icon, and a wait over the threshold', () => {
    const html = render(<QueueTable queues={queues} info={new Map()} format={format} wall={false} />);
    const t = text(html);
    expect(t).toContain('62 % ▼▼ Långt under mål');
    expect(t).toContain('95 % ✓ Mål nått');
    expect(t).toContain('⚠ 1:35 Över servicenivågränsen');
    expect(t).toContain('≈ 2:00 (0:40–5:00)');
    expect(t).toContain('3 varav 1 ringer');
    expect(t).toContain('Stängd');
  });

  it('shows every queue normally, and only those with activity on the wall', () => {
    expect(render(<QueueTable queues={queues} info={new Map()} format={format} wall={false} />).match(/<th scope="row"/g)).toHaveLength(3);
    const wall = render(<QueueTable queues={queues} info={new Map()} format={format} wall />);
    expect(wall.match(/<th scope="row"/g)).toHaveLength(2);
    expect(text(wall)).toContain('1 kö utan aktivitet i dag visas inte i väggläge.');
  });
});
