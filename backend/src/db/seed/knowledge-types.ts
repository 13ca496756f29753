// Shapes of the hand-written knowledge-base building blocks. Each subtopic has
// shared blocks (an introduction, the rules, the steps, tips); each article adds
// its own title, summary, lead and optionally its own points, and the generator
// assembles different sections per article so no two read alike.
import type { ArticleKind } from '../schema.js';

export interface ArticleSpec {
  kind: ArticleKind;
  title: string;
  summary: string;
  /** The opening paragraph, written for this article only. */
  lead: string;
  tags: readonly string[];
  /** Article-specific list: checklist items, a tool's steps, or key points. */
  points?: readonly string[];
  /** Further topics besides the subtopic the article sits under. */
  topics?: readonly string[];
}

export interface SubtopicContent {
  topic: string;
  intro: string;
  facts: readonly string[];
  steps: readonly string[];
  tips: readonly string[];
  articles: readonly ArticleSpec[];
}

export interface AreaContent {
  /** Top-level topic id. */
  area: string;
  /** Where to turn when the consumer and the business disagree. */
  help: string;
  subtopics: readonly SubtopicContent[];
}
