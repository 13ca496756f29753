// The knowledge base's API shapes.
import { Type } from '@sinclair/typebox';
import { Id, Language, Nullable, PageQuery, ref, Timestamp } from '../http/schemas.js';
import { MAX_WORDS } from './query-words.js';

export const ArticleKind = Type.Union([Type.Literal('article'), Type.Literal('checklist'), Type.Literal('tool')], {
  $id: 'ArticleKind',
});
export const ArticleStatus = Type.Union([Type.Literal('draft'), Type.Literal('published')], { $id: 'ArticleStatus' });

// Query strings are inlined: their fields become OpenAPI parameters one by one.
const LanguageParam = Type.Union([Type.Literal('sv'), Type.Literal('en')]);
const KindParam = Type.Union([Type.Literal('article'), Type.Literal('checklist'), Type.Literal('tool')]);
const StatusParam = Type.Union([Type.Literal('draft'), Type.Literal('published')]);

const Slug = Type.String({ minLength: 1, maxLength: 160, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'Lower-case words joined by hyphens; unique' });
const Title = Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' });
const Summary = Type.String({ maxLength: 2_000 });
const Body = Type.String({ maxLength: 200_000, description: 'Markdown' });
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 30 });
const TopicIds = Type.Array(Id, { maxItems: 20, description: 'Topic ids; each must exist' });

export const SnippetSegment = Type.Object(
  { text: Type.String(), hit: Type.Boolean({ description: 'True where the text matched a search word' }) },
  { $id: 'SnippetSegment' },
);

const summaryFields = {
  id: Type.String(),
  slug: Type.String(),
  kind: ref(ArticleKind),
  language: ref(Language),
  title: Type.String(),
  summary: Type.String(),
  tags: Type.Array(Type.String()),
  topicIds: Type.Array(Type.String()),
  status: ref(ArticleStatus),
  version: Type.Integer(),
  publishedAt: Nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: Nullable(Type.String()),
};

export const ArticleSummary = Type.Object(summaryFields, { $id: 'ArticleSummary' });
export const Article = Type.Object({ ...summaryFields, body: Type.String({ description: 'Markdown' }) }, { $id: 'Article' });
export const ArticlePage = Type.Object(
  { items: Type.Array(ref(ArticleSummary)), nextCursor: Nullable(Type.String()) },
  { $id: 'ArticlePage' },
);

export const SearchHit = Type.Object(
  {
    id: Type.String(),
    slug: Type.String(),
    kind: ref(ArticleKind),
    language: ref(Language),
    title: Type.String(),
    summary: Type.String(),
    topicIds: Type.Array(Type.String()),
    snippet: Type.Array(ref(SnippetSegment), { description: 'Plain-text segments; render hits emphasised, never as HTML' }),
  },
  { $id: 'SearchHit' },
);
export const SearchResult = Type.Object({ items: Type.Array(ref(SearchHit)) }, { $id: 'SearchResult' });

export const SearchQuery = Type.Object(
  {
    q: Type.String({
      minLength: 1,
      maxLength: 200,
      description: `Words to find (prefixes match; diacritics are ignored; at most ${MAX_WORDS} words are used)`,
    }),
    language: Type.Optional(LanguageParam),
    topic: Type.Optional(Id),
    kind: Type.Optional(KindParam),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  { additionalProperties: false },
);

export const ListQuery = Type.Object(
  {
    language: Type.Optional(LanguageParam),
    topic: Type.Optional(Id),
    kind: Type.Optional(KindParam),
    status: Type.Optional(StatusParam),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const NewArticleBody = Type.Object(
  {
    slug: Slug,
    kind: ref(ArticleKind),
    language: ref(Language),
    title: Title,
    summary: Summary,
    body: Body,
    tags: Type.Optional(Tags),
    topicIds: Type.Optional(TopicIds),
    status: Type.Optional(ref(ArticleStatus)),
  },
  { additionalProperties: false },
);

export const ArticlePatchBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version the editor saw' }),
    slug: Type.Optional(Slug),
    kind: Type.Optional(ref(ArticleKind)),
    language: Type.Optional(ref(Language)),
    title: Type.Optional(Title),
    summary: Type.Optional(Summary),
    body: Type.Optional(Body),
    tags: Type.Optional(Tags),
    topicIds: Type.Optional(TopicIds),
    status: Type.Optional(ref(ArticleStatus)),
  },
  { additionalProperties: false, minProperties: 2 },
);

export const knowledgeSchemas = [ArticleKind, ArticleStatus, SnippetSegment, ArticleSummary, Article, ArticlePage, SearchHit, SearchResult];
