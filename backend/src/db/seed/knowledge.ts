// Assembles knowledge-base articles from the hand-written building blocks.
// Each article gets its own lead and, depending on its kind and position, a
// different selection and order of the subtopic's sections.
import type { ArticleTopicsTable, ArticlesTable, Language } from '../schema.js';
import type { AreaContent, ArticleSpec, SubtopicContent } from './knowledge-types.js';
import { GOODS_SV, SERVICES_SV } from './knowledge-sv-goods.js';
import { CRAFTSMEN_SV, TRAVEL_SV } from './knowledge-sv-craftsmen-travel.js';
import { FINANCE_SV, HOUSING_SV } from './knowledge-sv-housing-finance.js';
import { ENERGY_SV, INSURANCE_SV } from './knowledge-sv-insurance-energy.js';
import { TELECOM_SV, VEHICLES_SV } from './knowledge-sv-telecom-vehicles.js';
import { CROSSBORDER_SV, DEBT_SV } from './knowledge-sv-debt-crossborder.js';
import { FRAUD_SV, GAMBLING_SV, OTHER_SV, SUSTAINABLE_SV } from './knowledge-sv-fraud-sustainable.js';
import { EXTRA_SV } from './knowledge-sv-extra.js';
import { CONTENT_EN } from './knowledge-en.js';
import type { Random } from './random.js';

const CONTENT_SV: readonly AreaContent[] = [
  GOODS_SV, SERVICES_SV, CRAFTSMEN_SV, TRAVEL_SV, HOUSING_SV, FINANCE_SV, INSURANCE_SV, ENERGY_SV,
  TELECOM_SV, VEHICLES_SV, DEBT_SV, CROSSBORDER_SV, FRAUD_SV, SUSTAINABLE_SV, GAMBLING_SV, OTHER_SV,
];

const HEADINGS = {
  sv: {
    keyPoints: 'I korthet', rules: 'Det här gäller', steps: 'Så går du tillväga', stepByStep: 'Steg för steg',
    tips: 'Tänk på', goodToKnow: 'Bra att veta', help: 'Om ni inte blir överens', helpAlt: 'Här kan du få hjälp',
    checklist: 'Checklista', why: 'Därför är det viktigt', wrong: 'Om något går fel', tool: 'Så använder du verktyget',
    background: 'Bakgrund',
  },
  en: {
    keyPoints: 'In brief', rules: 'What applies', steps: 'What to do', stepByStep: 'Step by step',
    tips: 'Keep in mind', goodToKnow: 'Good to know', help: 'If you cannot agree', helpAlt: 'Where to get help',
    checklist: 'Checklist', why: 'Why it matters', wrong: 'If something goes wrong', tool: 'How to use this tool',
    background: 'Background',
  },
} as const;

export interface ArticleSource {
  language: Language;
  spec: ArticleSpec;
  subtopic: SubtopicContent;
  help: string;
  /** Position of the article among its subtopic's articles; picks the layout. */
  index: number;
}

/** Every article source in a stable order: Swedish by area, then English. */
export function articleSources(): ArticleSource[] {
  const out: ArticleSource[] = [];
  const add = (language: Language, areas: readonly AreaContent[], extra: Readonly<Record<string, readonly ArticleSpec[]>>) => {
    for (const area of areas) {
      for (const subtopic of area.subtopics) {
        const specs = [...subtopic.articles, ...(extra[subtopic.topic] ?? [])];
        specs.forEach((spec, index) => out.push({ language, spec, subtopic, help: area.help, index }));
      }
    }
  };
  add('sv', CONTENT_SV, EXTRA_SV);
  add('en', CONTENT_EN, {});
  return out;
}

const bullets = (items: readonly string[]) => items.map((i) => `- ${i}`).join('\n');
const numbered = (items: readonly string[]) => items.map((i, n) => `${n + 1}. ${i}`).join('\n');
const ticks = (items: readonly string[]) => items.map((i) => `- [ ] ${i}`).join('\n');
const section = (heading: string, body: string) => `## ${heading}\n\n${body}`;

/** Markdown body of one article. */
export function renderBody(src: ArticleSource): string {
  const h = HEADINGS[src.language];
  const { spec, subtopic: s } = src;
  const parts: string[] = [spec.lead];
  const points = spec.points && spec.points.length > 0 ? spec.points : null;

  if (spec.kind === 'checklist') {
    parts.push(section(h.checklist, ticks(points ?? [...s.steps, ...s.tips])));
    if (points) parts.push(section(h.tips, bullets(s.tips)));
    parts.push(section(h.why, `${s.intro}\n\n${bullets(s.facts.slice(0, 2))}`));
    parts.push(section(h.wrong, src.help));
  } else if (spec.kind === 'tool') {
    parts.push(section(h.tool, numbered(points ?? s.steps)));
    parts.push(section(h.background, s.intro));
    parts.push(section(h.rules, bullets(s.facts.slice(0, 3))));
    parts.push(section(h.helpAlt, src.help));
  } else if (src.index === 0) {
    parts.push(s.intro);
    if (points) parts.push(section(h.keyPoints, bullets(points)));
    parts.push(section(h.rules, bullets(s.facts)));
    parts.push(section(h.steps, numbered(s.steps)));
    parts.push(section(h.tips, bullets(s.tips)));
    parts.push(section(h.help, src.help));
  } else if (src.index % 2 === 1) {
    // Without points of its own the article borrows the introduction, so it still opens with context.
    parts.push(points ? section(h.keyPoints, bullets(points)) : s.intro);
    parts.push(section(h.stepByStep, numbered(s.steps)));
    parts.push(section(h.goodToKnow, bullets([...s.facts.slice(-3), ...s.tips.slice(0, 2)])));
    parts.push(section(h.helpAlt, src.help));
  } else {
    parts.push(s.intro);
    if (points) parts.push(section(h.keyPoints, bullets(points)));
    parts.push(section(h.rules, bullets(s.facts.slice(0, 3))));
    if (!points) parts.push(section(h.steps, numbered(s.steps)));
    parts.push(section(h.tips, bullets(s.tips)));
    parts.push(section(h.helpAlt, src.help));
  }
  return `${parts.join('\n\n')}\n`;
}

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface KnowledgeSeed {
  articles: ArticlesTable[];
  topics: ArticleTopicsTable[];
}

const DAY = 86_400_000;
/** How many articles are left as drafts, to show the editorial state. */
const DRAFTS = 8;

export function buildArticles(rng: Random, today: Date, editors: readonly string[], limit?: number): KnowledgeSeed {
  const all = articleSources();
  // A subset is spread over the whole list so it keeps the mix of areas and languages.
  const sources = limit !== undefined && limit < all.length
    ? Array.from({ length: Math.max(0, limit) }, (_, i) => all[Math.floor((i * all.length) / limit)]).filter((s): s is ArticleSource => s !== undefined)
    : all;
  const drafts = new Set(rng.sample(sources.map((_, i) => i), DRAFTS));
  const slugs = new Set<string>();
  const articles: ArticlesTable[] = [];
  const topics: ArticleTopicsTable[] = [];
  sources.forEach((src, i) => {
    const id = rng.uuid();
    let slug = slugify(src.spec.title);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(src.spec.title)}-${n}`;
    slugs.add(slug);
    const draft = drafts.has(i);
    // Office hours, Swedish time, on a day within the past two years.
    const minuteOfDay = rng.int(7 * 60, 15 * 60);
    const published = new Date(today.getTime() - rng.int(2, 729) * DAY + minuteOfDay * 60_000);
    const created = draft
      ? new Date(today.getTime() - rng.int(1, 30) * DAY + minuteOfDay * 60_000)
      : new Date(published.getTime() - rng.int(0, 14) * DAY);
    articles.push({
      id,
      slug,
      kind: src.spec.kind,
      language: src.language,
      title: src.spec.title,
      summary: src.spec.summary,
      body: renderBody(src),
      tags: JSON.stringify(src.spec.tags),
      status: draft ? 'draft' : 'published',
      version: 1,
      published_at: draft ? null : published.toISOString(),
      created_at: created.toISOString(),
      updated_at: (draft ? created : published).toISOString(),
      updated_by: rng.pick(editors),
    });
    for (const topic_id of new Set([src.subtopic.topic, ...(src.spec.topics ?? [])])) topics.push({ article_id: id, topic_id });
  });
  return { articles, topics };
}
