// The data files on their own, no database: facts that must hold by construction.
import { describe, expect, it } from 'vitest';
import { COUNTIES, MUNICIPALITIES } from './municipalities.js';
import { TOPICS, SUBTOPIC_IDS } from './topics.js';
import { articleSources, renderBody, slugify } from './knowledge.js';
import { openingHours, swedishHolidays } from './opening-hours.js';
import { NATIONAL_PARTNERS } from './partners-national.js';
import { REFERRALS_BY_AREA, REFERRALS_BY_SUBTOPIC, SUBJECTS } from './case-texts.js';
import { createRandom } from './random.js';
import { DEMO_LOGINS } from './people.js';

describe('municipalities', () => {
  it('lists exactly 290 municipalities with unique four-digit codes', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(MUNICIPALITIES.every((m) => /^\d{4}$/.test(m.code))).toBe(true);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(290);
  });

  it('puts every municipality in one of the 21 counties', () => {
    expect(COUNTIES).toHaveLength(21);
    const counties = new Set(COUNTIES.map((c) => c.code));
    expect(MUNICIPALITIES.every((m) => counties.has(m.countyCode))).toBe(true);
    expect(COUNTIES.every((c) => MUNICIPALITIES.some((m) => m.countyCode === c.code))).toBe(true);
  });

  it('knows the well-known codes', () => {
    const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));
    expect(byCode.get('0180')).toBe('Stockholm');
    expect(byCode.get('1480')).toBe('Göteborg');
    expect(byCode.get('1280')).toBe('Malmö');
    expect(byCode.get('0380')).toBe('Uppsala');
    expect(byCode.get('2584')).toBe('Kiruna');
  });
});

describe('topics', () => {
  it('is a two-level taxonomy with 3–6 subtopics per area and unique ids', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(10);
    for (const t of TOPICS) {
      expect(t.children.length).toBeGreaterThanOrEqual(3);
      expect(t.children.length).toBeLessThanOrEqual(6);
      expect(t.children.every((c) => c.id.startsWith(`${t.id}.`))).toBe(true);
    }
    const ids = [...TOPICS.map((t) => t.id), ...SUBTOPIC_IDS];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is referenced only by ids that exist', () => {
    const ids = new Set([...TOPICS.map((t) => t.id), ...SUBTOPIC_IDS]);
    const used = [
      ...NATIONAL_PARTNERS.flatMap((p) => p.topics),
      ...articleSources().flatMap((s) => [s.subtopic.topic, ...(s.spec.topics ?? [])]),
      ...Object.keys(SUBJECTS),
      ...Object.keys(REFERRALS_BY_SUBTOPIC),
      ...Object.keys(REFERRALS_BY_AREA),
    ];
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
    expect(SUBTOPIC_IDS.filter((id) => !SUBJECTS[id])).toEqual([]);
  });

  it('refers cases only to national partners that exist', () => {
    const keys = new Set(NATIONAL_PARTNERS.map((p) => p.key));
    const targets = [...Object.values(REFERRALS_BY_AREA), ...Object.values(REFERRALS_BY_SUBTOPIC)].flat();
    expect(targets.flatMap((t) => ('national' in t && !keys.has(t.national) ? [t.national] : []))).toEqual([]);
  });
});

describe('knowledge building blocks', () => {
  const sources = articleSources();

  it('yields at least 220 articles with unique slugs', () => {
    expect(sources.length).toBeGreaterThanOrEqual(220);
    const slugs = sources.map((s) => slugify(s.spec.title));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugify('Ångerrätt vid distansköp')).toBe('angerratt-vid-distanskop');
  });

  it('renders bodies of 150–600 words with headings and lists', () => {
    for (const s of sources) {
      const body = renderBody(s);
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words, s.spec.title).toBeGreaterThanOrEqual(150);
      expect(words, s.spec.title).toBeLessThanOrEqual(600);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^(- |\d+\. )/m);
    }
  });

  it('gives every article its own body', () => {
    const bodies = sources.map(renderBody);
    expect(new Set(bodies).size).toBe(bodies.length);
  });
});

describe('opening hours', () => {
  it('computes the movable Swedish holidays', () => {
    const h = new Map(swedishHolidays(2026).map((x) => [x.note, x.date]));
    expect(h.get('Långfredagen')).toBe('2026-04-03');
    expect(h.get('Påskdagen')).toBe('2026-04-05');
    expect(h.get('Kristi himmelsfärds dag')).toBe('2026-05-14');
    expect(h.get('Midsommarafton')).toBe('2026-06-19');
    expect(h.get('Alla helgons dag')).toBe('2026-10-31');
  });

  it('closes on holidays that fall on opening days within the window, and not outside it', () => {
    const hours = openingHours('authority', new Date('2026-11-25T00:00:00Z'));
    const byDate = new Map(hours.exceptions.map((e) => [e.date, e]));
    expect(byDate.get('2026-12-24')).toEqual({ date: '2026-12-24', hours: [], note: 'Julafton' });
    expect(byDate.get('2027-01-05')?.hours).toEqual([['08:00', '12:00']]);
    expect(byDate.has('2026-11-01')).toBe(false);
    // 2026-12-26 is a Saturday: the office is closed anyway.
    expect(byDate.has('2026-12-26')).toBe(false);
    expect(hours.weekly.sat).toEqual([]);
  });
});

describe('random', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRandom('x');
    const b = createRandom('x');
    const c = createRandom('y');
    const seqA = Array.from({ length: 5 }, () => a.uuid());
    expect(Array.from({ length: 5 }, () => b.uuid())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.uuid())).not.toEqual(seqA);
    expect(seqA.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
  });
});

describe('demo logins', () => {
  it('has the four role accounts plus eleven more advisers, each with password demo-<username>', () => {
    expect(DEMO_LOGINS.map((u) => u.username)).toEqual(
      expect.arrayContaining(['adviser', 'teamlead', 'supervisor', 'admin', 'adviser2', 'adviser12']),
    );
    expect(DEMO_LOGINS).toHaveLength(15);
    expect(DEMO_LOGINS.find((u) => u.username === 'teamlead')?.role).toBe('team_lead');
    expect(DEMO_LOGINS.every((u) => u.password === `demo-${u.username}`)).toBe(true);
  });
});
