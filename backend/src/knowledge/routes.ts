import type { Domain } from '../domain.js';
import { actorOf, allStaff, supervisors } from '../http/access.js';
import { IdParams, ref } from '../http/schemas.js';
import {
  Article,
  ArticlePage,
  ArticlePatchBody,
  ListQuery,
  NewArticleBody,
  SearchQuery,
  SearchResult,
  knowledgeSchemas,
} from './schemas.js';
import { createArticle, getArticle, listArticles, searchArticles, updateArticle } from './service.js';

export const knowledgeDomain: Domain = {
  name: 'knowledge',
  schemas: knowledgeSchemas,
  routes(app, deps) {
    const tags = ['knowledge'];
    app.get(
      '/v1/knowledge/search',
      {
        config: { auth: allStaff },
        schema: {
          tags,
          summary: 'Full-text search of published articles, best match first, with highlighted snippets',
          querystring: SearchQuery,
          response: { 200: ref(SearchResult) },
        },
      },
      async (req) => ({ items: await searchArticles(deps, req.query) }),
    );
    app.get(
      '/v1/knowledge/articles',
      {
        config: { auth: allStaff },
        schema: {
          tags,
          summary: 'Articles by title, without bodies; published unless a supervisor asks for drafts',
          querystring: ListQuery,
          response: { 200: ref(ArticlePage) },
        },
      },
      async (req) => listArticles(deps, actorOf(req), req.query),
    );
    app.get(
      '/v1/knowledge/articles/:id',
      {
        config: { auth: allStaff },
        schema: { tags, summary: 'One article with its body; drafts only for supervisors', params: IdParams, response: { 200: ref(Article) } },
      },
      async (req) => getArticle(deps, actorOf(req), req.params.id),
    );
    app.post(
      '/v1/knowledge/articles',
      {
        config: { auth: supervisors },
        schema: { tags, summary: 'Create an article (a draft unless status is published)', body: NewArticleBody, response: { 201: ref(Article) } },
      },
      async (req, reply) => reply.code(201).send(await createArticle(deps, actorOf(req), req.body)),
    );
    app.patch(
      '/v1/knowledge/articles/:id',
      {
        config: { auth: supervisors },
        schema: {
          tags,
          summary: 'Change an article at the version last read; status published publishes, draft unpublishes',
          params: IdParams,
          body: ArticlePatchBody,
          response: { 200: ref(Article) },
        },
      },
      async (req) => updateArticle(deps, actorOf(req), req.params.id, req.body),
    );
  },
};
