// Generates a year of demo cases with their consumers, notes and referrals.
// Timestamps follow the working week (phone and chat in office hours, Swedish
// time), volumes follow the seasons, and older cases are closed while recent
// ones are still open or waiting.
import type {
  CaseNotesTable, CaseOutcome, CasesTable, CaseStatus, Channel, ConsumersTable, CountersTable, Language, PartnersTable, ReferralsTable,
} from '../schema.js';
import type { Change } from '../../sync/change-log.js';
import { MUNICIPALITIES } from './municipalities.js';
import { TOPICS } from './topics.js';
import { swedishHolidays } from './opening-hours.js';
import { FIRST_NAMES_EN, FIRST_NAMES_SV, LAST_NAMES_EN, LAST_NAMES_SV } from './people.js';
import {
  AREA_WEIGHTS, CASE_TAGS, CONTEXT_NOTES, FOLLOW_UP_NOTES, OUTCOME_NOTES, REFERRAL_REASONS, REFERRALS_BY_AREA,
  REFERRALS_BY_SUBTOPIC, SUBJECTS, type ReferralTarget,
} from './case-texts.js';
import type { PartnerSeed } from './partners.js';
import type { Random } from './random.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface CaseSeedInput {
  rng: Random;
  /** UTC midnight of the clock's today; every generated time lies before it. */
  today: Date;
  count: number;
  /** Adviser user ids with how large a share of the cases each handles. */
  advisers: readonly { id: string; weight: number }[];
  partners: PartnerSeed;
}

export interface CaseSeed {
  consumers: ConsumersTable[];
  cases: CasesTable[];
  notes: CaseNotesTable[];
  referrals: ReferralsTable[];
  counters: CountersTable[];
  /** Sync changes for every row above, in creation order. */
  changes: Change[];
}

// ---- time -----------------------------------------------------------------

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getTime() - last.getUTCDay() * DAY;
}

/** Stockholm's UTC offset in hours on a given UTC day (CEST from the last Sunday of March to the last Sunday of October). */
function stockholmOffset(dayMs: number): number {
  const y = new Date(dayMs).getUTCFullYear();
  return dayMs >= lastSunday(y, 3) && dayMs < lastSunday(y, 10) ? 2 : 1;
}

const WEEKDAY_FACTOR = [0.1, 1.25, 1.1, 1.0, 1.0, 0.85, 0.12]; // Sun..Sat
const MONTH_FACTOR = [1.2, 1.0, 1.0, 0.95, 0.95, 0.85, 0.6, 0.9, 1.0, 1.05, 1.15, 1.1]; // Jan..Dec

const OFFICE_HOURS: readonly (readonly [number, number])[] = [[8, 1.0], [9, 1.4], [10, 1.5], [11, 1.2], [12, 0.7], [13, 1.2], [14, 1.2], [15, 1.0], [16, 0.4]];
const ANY_HOURS: readonly (readonly [number, number])[] = [
  [6, 0.3], [7, 0.6], [8, 1], [9, 1.2], [10, 1.2], [11, 1.1], [12, 1.1], [13, 1.1], [14, 1], [15, 1], [16, 0.9],
  [17, 0.8], [18, 0.8], [19, 0.9], [20, 1], [21, 0.9], [22, 0.6], [23, 0.3],
];

const WEEKDAY_CHANNELS: readonly (readonly [Channel, number])[] = [['phone', 55], ['email', 17], ['chat', 15.5], ['forum', 5.5], ['callback', 5], ['social', 1]];
const CLOSED_DAY_CHANNELS: readonly (readonly [Channel, number])[] = [['email', 65], ['forum', 25], ['social', 10]];
const REALTIME: ReadonlySet<Channel> = new Set(['phone', 'chat', 'callback']);

/** Cumulative weights for picking from a long list in O(log n). */
function cumulative(weights: readonly number[]): (x: number) => number {
  const acc: number[] = [];
  let sum = 0;
  for (const w of weights) acc.push((sum += w));
  return (x: number) => {
    const target = x * sum;
    let lo = 0;
    let hi = acc.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((acc[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

// ---- people ---------------------------------------------------------------

const fold = (s: string) =>
  s.toLowerCase().replace(/[åäá]/g, 'a').replace(/[öø]/g, 'o').replace(/é/g, 'e').replace(/ü/g, 'u').replace(/[^a-z0-9]/g, '');

/** Mobile number, stored normalised (+46…). Random digits: demo data, not checked against any register. */
function mobile(rng: Random): string {
  let digits = '';
  for (let i = 0; i < 7; i++) digits += String(rng.int(0, 9));
  return `+467${rng.pick(['0', '2', '3', '6'])}${digits}`;
}

/** Addresses on the reserved example domains (RFC 2606), so no real mailbox is named. */
function email(rng: Random, first: string | null, last: string | null): string {
  const domain = rng.pick(['example.com', 'example.net', 'example.org']);
  const suffix = rng.chance(0.4) ? String(rng.int(1, 99)) : '';
  if (first && last) return `${fold(first)}.${fold(last)}${suffix}@${domain}`;
  return `${rng.pick(['kund', 'post', 'mail', 'hej'])}${rng.int(100, 9999)}@${domain}`;
}

// ---- generation -----------------------------------------------------------

interface Draft {
  at: number;
  channel: Channel;
}

export function buildCases(input: CaseSeedInput): CaseSeed {
  const { rng, today, count, partners } = input;
  const todayMs = today.getTime();

  const holidays = new Set(
    [today.getUTCFullYear() - 1, today.getUTCFullYear()].flatMap((y) => swedishHolidays(y).filter((h) => !h.halfDay).map((h) => h.date)),
  );
  const days = Array.from({ length: 365 }, (_, i) => todayMs - (365 - i) * DAY);
  const closedDay = (dayMs: number) => {
    const d = new Date(dayMs);
    return d.getUTCDay() === 0 || d.getUTCDay() === 6 || holidays.has(d.toISOString().slice(0, 10));
  };
  const pickDay = cumulative(days.map((dayMs) => {
    const d = new Date(dayMs);
    const holiday = holidays.has(d.toISOString().slice(0, 10)) ? 0.15 : 1;
    return (WEEKDAY_FACTOR[d.getUTCDay()] ?? 1) * (MONTH_FACTOR[d.getUTCMonth()] ?? 1) * holiday;
  }));

  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const dayMs = days[pickDay(rng.next())] ?? todayMs - DAY;
    const closed = closedDay(dayMs);
    const channel = rng.weighted(closed ? CLOSED_DAY_CHANNELS : WEEKDAY_CHANNELS);
    const friday = new Date(dayMs).getUTCDay() === 5;
    const hours = REALTIME.has(channel) ? OFFICE_HOURS.filter(([h]) => !friday || h < 15) : ANY_HOURS;
    const localHour = rng.weighted(hours);
    const at = dayMs + (localHour - stockholmOffset(dayMs)) * HOUR + rng.int(0, 59) * MINUTE + rng.int(0, 59) * 1000;
    drafts.push({ at: Math.min(at, todayMs - MINUTE), channel });
  }
  drafts.sort((a, b) => a.at - b.at);

  const pickMunicipality = cumulative(MUNICIPALITIES.map((m) => m.population));
  const pickAdviser = cumulative(input.advisers.map((a) => a.weight));
  const adviserAt = (x: number) => input.advisers[pickAdviser(x)]?.id ?? '';
  const partnerById = new Map<string, PartnersTable>(partners.partners.map((p) => [p.id, p]));
  const areas = TOPICS.filter((t) => AREA_WEIGHTS[t.id] !== undefined);

  const out: CaseSeed = { consumers: [], cases: [], notes: [], referrals: [], counters: [], changes: [] };
  const withPhone: ConsumersTable[] = [];
  const withEmail: ConsumersTable[] = [];
  const everyone: ConsumersTable[] = [];

  // The year the window starts in is already under way: number its cases as
  // if the year's earlier cases existed, at the same daily rate.
  const firstYear = new Date(drafts[0]?.at ?? todayMs).getUTCFullYear();
  const perDay = count / 365;
  const dayOfYear = (ms: number) => Math.floor((ms - Date.UTC(new Date(ms).getUTCFullYear(), 0, 1)) / DAY);
  const nextRef = new Map<number, number>([[firstYear, Math.floor(dayOfYear(drafts[0]?.at ?? todayMs) * perDay)]]);

  for (const draft of drafts) {
    const created = draft.at;
    const month = new Date(created).getUTCMonth();
    const area = rng.weighted(areas.map((a): [(typeof areas)[number], number] => {
      let w = AREA_WEIGHTS[a.id] ?? 0;
      if (a.id === 'travel' && month >= 5 && month <= 7) w *= 1.6;
      if (a.id === 'energy') w *= month <= 1 || month >= 10 ? 1.5 : 0.8;
      if (a.id === 'goods' && (month >= 10 || month === 0)) w *= 1.25;
      return [a, w];
    }));
    const topic = rng.pick(area.children).id;
    const channel = draft.channel;

    // Consumer: often none for forum and social posts; some return with a new question.
    const anonymous = rng.chance({ phone: 0.1, callback: 0, email: 0, chat: 0.35, forum: 0.6, social: 0.5 }[channel]);
    let consumer: ConsumersTable | null = null;
    let returning = false;
    if (!anonymous) {
      const pool = channel === 'email' ? withEmail : channel === 'phone' || channel === 'callback' ? withPhone : everyone;
      if (pool.length > 0 && rng.chance(0.18)) {
        // Recent consumers come back more often than old ones.
        consumer = pool[Math.max(0, pool.length - 1 - Math.floor(Math.abs(rng.next() - rng.next()) * pool.length))] ?? null;
        returning = consumer !== null;
      }
      if (!consumer) {
        const english = rng.chance(0.08);
        const first = rng.chance({ phone: 0.75, callback: 0.8, email: 0.85, chat: 0.5, forum: 0.2, social: 0.7 }[channel])
          ? rng.pick(english ? FIRST_NAMES_EN : FIRST_NAMES_SV)
          : null;
        const last = first ? rng.pick(english ? LAST_NAMES_EN : LAST_NAMES_SV) : null;
        const hasPhone = channel === 'callback' || rng.chance(channel === 'phone' ? 0.85 : 0.1);
        const hasEmail = channel === 'email' || rng.chance({ phone: 0.05, callback: 0.05, email: 1, chat: 0.3, forum: 0.4, social: 0.05 }[channel]);
        const at = new Date(created).toISOString();
        consumer = {
          id: rng.uuid(),
          name: first && last ? `${first} ${last}` : null,
          phone: hasPhone ? mobile(rng) : null,
          email: hasEmail ? email(rng, first, last) : null,
          municipality_code: rng.chance(0.7) ? (MUNICIPALITIES[pickMunicipality(rng.next())]?.code ?? null) : null,
          language: rng.chance(0.9) ? (english ? 'en' : 'sv') : null,
          version: 1,
          created_at: at,
          updated_at: at,
        };
        out.consumers.push(consumer);
        out.changes.push({ entity: 'consumer', id: consumer.id });
        everyone.push(consumer);
        if (consumer.phone) withPhone.push(consumer);
        if (consumer.email) withEmail.push(consumer);
      }
    }
    const language: Language = consumer?.language ?? (rng.chance(0.08) ? 'en' : 'sv');

    // Status by age: last week's cases are often still open or waiting.
    const ageDays = (todayMs - created) / DAY;
    let status: CaseStatus = rng.weighted<CaseStatus>(
      ageDays <= 3 ? [['open', 45], ['waiting', 20], ['closed', 35]]
        : ageDays <= 14 ? [['open', 15], ['waiting', 20], ['closed', 65]]
          : ageDays <= 45 ? [['open', 2], ['waiting', 5], ['closed', 93]]
            : [['waiting', 0.5], ['closed', 99.5]],
    );
    const handling = {
      phone: rng.int(4, 25) * MINUTE,
      chat: rng.int(8, 40) * MINUTE,
      callback: rng.int(60, 360) * MINUTE,
      email: rng.int(2 * 60, 5 * 24 * 60) * MINUTE,
      forum: rng.int(60, 3 * 24 * 60) * MINUTE,
      social: rng.int(60, 2 * 24 * 60) * MINUTE,
    }[channel];
    let closedAt: number | null = status === 'closed' ? created + handling : null;
    if (closedAt !== null && closedAt >= todayMs) {
      status = 'waiting';
      closedAt = null;
    }

    let outcome: CaseOutcome | null = null;
    if (status === 'closed') {
      outcome = topic === 'other.outside-remit'
        ? rng.chance(0.85) ? 'outside_remit' : 'answered'
        : topic === 'other.feedback'
          ? 'answered'
          : rng.weighted<CaseOutcome>([['answered', 60], ['referred', 30], ['outside_remit', 10]]);
    }

    const adviser = adviserAt(rng.next());
    const caseId = rng.uuid();

    // Referral targets: a local office needs the consumer's municipality.
    let referred: PartnersTable[] = [];
    if (outcome === 'referred') {
      const rules = REFERRALS_BY_SUBTOPIC[topic] ?? REFERRALS_BY_AREA[area.id] ?? [];
      const resolve = (t: ReferralTarget): string | undefined =>
        'national' in t ? partners.national.get(t.national) : consumer?.municipality_code ? partners.local[t.local].get(consumer.municipality_code) : undefined;
      const usable = rules.flatMap((t): [string, number][] => {
        const id = resolve(t);
        return id ? [[id, t.weight]] : [];
      });
      if (usable.length === 0) {
        outcome = 'answered';
      } else {
        const first = rng.weighted(usable);
        const ids = [first];
        const rest = usable.filter(([id]) => id !== first);
        if (rest.length > 0 && rng.chance(0.1)) ids.push(rng.weighted(rest));
        referred = ids.flatMap((id) => partnerById.get(id) ?? []);
      }
    }

    // Notes: the question, follow-ups, and what came of it.
    const openFor = REALTIME.has(channel) ? rng.int(10, 240) * MINUTE : rng.int(60, 2 * 24 * 60) * MINUTE;
    const end = closedAt ?? created + Math.min(openFor, Math.floor((todayMs - created) * 0.6));
    const noteCount = rng.weighted<number>([[1, 30], [2, 40], [3, 20], [4, 10]]);
    const finalNote = (() => {
      if (status === 'closed' && outcome) {
        const template = rng.pick(OUTCOME_NOTES[outcome]);
        return template.replace('{partner}', referred.map((p) => p.name).join(' och '));
      }
      return rng.pick(status === 'waiting' ? OUTCOME_NOTES.waiting : OUTCOME_NOTES.open);
    })();
    const subject = rng.chance(0.95) ? rng.pick(SUBJECTS[topic] ?? ['Konsumentfråga']) : null;
    const inquiry = subject ? `${subject}. ${rng.pick(CONTEXT_NOTES)}` : rng.pick(CONTEXT_NOTES);
    const bodies = noteCount === 1
      ? [status === 'closed' ? finalNote : inquiry]
      : [inquiry, ...rng.sample(FOLLOW_UP_NOTES, noteCount - 2), finalNote];
    const span = Math.max(end - created, MINUTE);
    const notes = bodies.map((body, i): CaseNotesTable => ({
      id: rng.uuid(),
      case_id: caseId,
      author_id: i > 0 && i < bodies.length - 1 && rng.chance(0.15) ? adviserAt(rng.next()) : adviser,
      body,
      created_at: new Date(created + Math.round((span * (i + 1)) / bodies.length)).toISOString(),
    }));

    const referrals = referred.map((p): ReferralsTable => ({
      id: rng.uuid(),
      case_id: caseId,
      partner_id: p.id,
      reason: rng.pick(REFERRAL_REASONS[p.kind] ?? REFERRAL_REASONS.authority ?? ['']),
      method: rng.chance(0.85) ? p.referral_method : 'informed',
      created_by: adviser,
      created_at: new Date(created + Math.round(span * 0.8)).toISOString(),
    }));

    const tagPool = CASE_TAGS[area.id] ?? [];
    const tags = rng.sample(tagPool, rng.weighted<number>([[0, 50], [1, 35], [2, 15]]));
    if (returning) tags.push('återkommande');

    const year = new Date(created).getUTCFullYear();
    const number = (nextRef.get(year) ?? 0) + 1;
    nextRef.set(year, number);

    const lastNote = notes[notes.length - 1]?.created_at ?? new Date(created).toISOString();
    const closedIso = closedAt === null ? null : new Date(closedAt).toISOString();
    out.cases.push({
      id: caseId,
      reference: `HK-${year}-${String(number).padStart(6, '0')}`,
      consumer_id: consumer?.id ?? null,
      topic_id: topic,
      channel,
      language,
      status,
      outcome,
      assigned_adviser_id: adviser,
      subject,
      tags: JSON.stringify(tags),
      version: 1,
      created_by: adviser,
      created_at: new Date(created).toISOString(),
      updated_at: closedIso !== null && closedIso > lastNote ? closedIso : lastNote,
      closed_at: closedIso,
    });
    out.notes.push(...notes);
    out.referrals.push(...referrals);
    out.changes.push(
      { entity: 'case', id: caseId, caseId },
      ...notes.map((n): Change => ({ entity: 'note', id: n.id, caseId })),
      ...referrals.map((r): Change => ({ entity: 'referral', id: r.id, caseId })),
    );
  }

  out.counters = [...nextRef.entries()].map(([year, value]) => ({ name: `case_ref_${year}`, value }));
  return out;
}
