// Chat's routes. The consumer's (under /v1/public/chats, no login: the chat's
// secret in X-Chat-Token is the key, and an unknown chat or a wrong secret is
// simply "not found"), rate-limited per client; the adviser's (under
// /v1/interactions/:id, for the adviser handling the chat); and the team's
// canned responses.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { Domain } from '../domain.js';
import { actorOf, caseWorkers, leads } from '../http/access.js';
import { IdParams, ref } from '../http/schemas.js';
import { Problem } from '../http/problem.js';
import { publicGuard } from '../public/guard.js';
import { createRateLimiter, type RateLimiter } from '../public/rate-limit.js';
import { createCanned, listCanned, removeCanned, updateCanned } from './canned.js';
import {
  adviserChatInfo, adviserMessages, adviserReceipts, adviserSend, adviserTyping, consumerActivity, consumerEnd, consumerMessages, consumerReceipts, consumerSend,
  consumerTranscript,
} from './conversation.js';
import { servePage } from './page-socket.js';
import { installChatRuntime, PRESENT_MS } from './runtime.js';
import { openChat, publicChat, chatByToken } from './session.js';
import {
  AfterQuery, CannedBody, CannedPatchBody, CannedQuery, CannedResponseSchema, ChatIdParams, ChatInfoSchema, ChatMessageSchema, chatSchemas, NewChatBody, OpenedChatSchema,
  PublicChatSchema, ReceiptBody, SendBody, TranscriptBody,
} from './schemas.js';
import './hooks.js';

const TOKEN_HEADER = 'x-chat-token';

export const chatDomain: Domain = {
  name: 'chat',
  schemas: chatSchemas,
  routes(app, deps) {
    const publicTags = ['public chat'];
    const tags = ['chat'];
    // A few at once (a page reloaded, a second tab), then the hourly pace.
    const opening = createRateLimiter(deps.config.newChatsPerHour / 60, Math.max(5, Math.ceil(deps.config.newChatsPerHour / 4)));
    const calls = createRateLimiter(deps.config.publicRatePerMinute * 2);
    const origins = deps.config.publicOrigins;
    const { hub } = installChatRuntime(app, deps);

    const checked = publicGuard(origins);
    const guard = (req: FastifyRequest, reply: FastifyReply, limiter: RateLimiter = calls) => checked(req, reply, limiter);
    const token = (req: FastifyRequest) => req.headers[TOKEN_HEADER];

    // ------------------------------------------------------------ consumer
    const chatParams = { params: ChatIdParams };
    app.post(
      '/v1/public/chats',
      {
        config: { auth: 'public' },
        schema: { tags: publicTags, summary: 'Start a chat (refused with 409 queue_closed outside opening hours)', body: ref(NewChatBody), response: { 201: ref(OpenedChatSchema) } },
      },
      async (req, reply) => {
        guard(req, reply, opening);
        return reply.code(201).send(await openChat(deps, req.body));
      },
    );
    app.get(
      '/v1/public/chats/:id',
      { config: { auth: 'public' }, schema: { tags: publicTags, summary: 'The chat as the consumer sees it (X-Chat-Token)', ...chatParams, response: { 200: ref(PublicChatSchema) } } },
      async (req, reply) => {
        guard(req, reply);
        await chatByToken(deps, req.params.id, token(req));
        return publicChat(deps, req.params.id);
      },
    );
    app.get(
      '/v1/public/chats/:id/messages',
      {
        config: { auth: 'public' },
        schema: { tags: publicTags, summary: 'Messages after a sequence (X-Chat-Token)', ...chatParams, querystring: AfterQuery, response: { 200: Type.Array(ref(ChatMessageSchema)) } },
      },
      async (req, reply) => {
        guard(req, reply);
        return consumerMessages(deps, req.params.id, token(req), req.query.after ?? 0);
      },
    );
    app.post(
      '/v1/public/chats/:id/messages',
      {
        config: { auth: 'public' },
        schema: { tags: publicTags, summary: 'Send a message; sending again with the same clientId stores it once (X-Chat-Token)', ...chatParams, body: ref(SendBody), response: { 200: ref(ChatMessageSchema) } },
      },
      async (req, reply) => {
        guard(req, reply);
        return consumerSend(deps, req.params.id, token(req), req.body);
      },
    );
    const noContent = { 204: Type.Null({ description: 'Done' }) };
    app.post(
      '/v1/public/chats/:id/typing',
      { config: { auth: 'public' }, schema: { tags: publicTags, summary: 'The consumer is typing (X-Chat-Token)', ...chatParams, response: noContent } },
      async (req, reply) => {
        guard(req, reply);
        await consumerActivity(deps, req.params.id, token(req), true);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/v1/public/chats/:id/receipts',
      { config: { auth: 'public' }, schema: { tags: publicTags, summary: 'Messages received and read by the consumer (X-Chat-Token)', ...chatParams, body: ref(ReceiptBody), response: noContent } },
      async (req, reply) => {
        guard(req, reply);
        await consumerReceipts(deps, req.params.id, token(req), req.body);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/v1/public/chats/:id/transcript',
      {
        config: { auth: 'public' },
        schema: { tags: publicTags, summary: 'Send the transcript to this address when the chat ends (X-Chat-Token)', ...chatParams, body: ref(TranscriptBody), response: { 200: ref(PublicChatSchema) } },
      },
      async (req, reply) => {
        guard(req, reply);
        return consumerTranscript(deps, req.params.id, token(req), req.body.email);
      },
    );
    app.post(
      '/v1/public/chats/:id/end',
      { config: { auth: 'public' }, schema: { tags: publicTags, summary: 'The consumer ends the chat (X-Chat-Token)', ...chatParams, response: { 200: ref(PublicChatSchema) } } },
      async (req, reply) => {
        guard(req, reply);
        return consumerEnd(deps, req.params.id, token(req));
      },
    );
    app.route({
      method: 'GET',
      url: '/v1/public/chats/:id/live',
      config: { auth: 'public' },
      schema: {
        tags: publicTags,
        summary: 'The chat page\'s live feed (WebSocket). First message from the page: {"type":"auth","token":"…","after":<last seq seen>}; then the server sends {"type":"message","message":ChatMessage} once per message, in order, and {"type":"chat","chat":PublicChat} when the chat changes',
        ...chatParams,
      },
      handler: async (_req, reply) => {
        void reply;
        throw new Problem(426, 'validation_failed', 'Connect with a WebSocket (Upgrade: websocket)');
      },
      wsHandler: (socket: WebSocket, req) => {
        if (calls.take(req.ip, Date.now()) !== true) {
          socket.close(4429, 'too many requests');
          return;
        }
        servePage(socket, (req.params as { id: string }).id, hub, deps);
      },
    });

    // ------------------------------------------------------------ adviser
    const auth = { auth: caseWorkers };
    app.get(
      '/v1/interactions/:id/chat',
      { config: auth, schema: { tags, summary: 'Who the consumer is and how far they have got (read after reconnecting; audited)', params: IdParams, response: { 200: ref(ChatInfoSchema) } } },
      async (req) => adviserChatInfo(deps, actorOf(req), req.params.id, PRESENT_MS),
    );
    app.get(
      '/v1/interactions/:id/messages',
      { config: auth, schema: { tags, summary: 'A chat\'s messages after a sequence (audited)', params: IdParams, querystring: AfterQuery, response: { 200: Type.Array(ref(ChatMessageSchema)) } } },
      async (req) => adviserMessages(deps, actorOf(req), req.params.id, req.query.after ?? 0),
    );
    app.post(
      '/v1/interactions/:id/messages',
      { config: auth, schema: { tags, summary: 'Write in the chat you handle; sending again with the same clientId stores it once', params: IdParams, body: ref(SendBody), response: { 200: ref(ChatMessageSchema) } } },
      async (req) => adviserSend(deps, actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/v1/interactions/:id/typing',
      { config: auth, schema: { tags, summary: 'You are typing in the chat', params: IdParams, response: noContent } },
      async (req, reply) => {
        await adviserTyping(deps, actorOf(req), req.params.id);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/v1/interactions/:id/receipts',
      { config: auth, schema: { tags, summary: 'Chat messages received and read at your workstation', params: IdParams, body: ref(ReceiptBody), response: noContent } },
      async (req, reply) => {
        await adviserReceipts(deps, actorOf(req), req.params.id, req.body);
        return reply.code(204).send(null);
      },
    );

    // ------------------------------------------------------------ canned responses
    app.get(
      '/v1/canned-responses',
      { config: auth, schema: { tags, summary: 'The team\'s canned responses, by language and words', querystring: CannedQuery, response: { 200: Type.Array(ref(CannedResponseSchema)) } } },
      async (req) => listCanned(deps, req.query),
    );
    app.post(
      '/v1/canned-responses',
      { config: { auth: leads }, schema: { tags, summary: 'Add a canned response', body: ref(CannedBody), response: { 201: ref(CannedResponseSchema) } } },
      async (req, reply) => reply.code(201).send(await createCanned(deps, actorOf(req), req.body)),
    );
    app.patch(
      '/v1/canned-responses/:id',
      { config: { auth: leads }, schema: { tags, summary: 'Change a canned response; a stale version gets 409', params: IdParams, body: ref(CannedPatchBody), response: { 200: ref(CannedResponseSchema) } } },
      async (req) => updateCanned(deps, actorOf(req), req.params.id, req.body),
    );
    app.delete(
      '/v1/canned-responses/:id',
      { config: { auth: leads }, schema: { tags, summary: 'Remove a canned response', params: IdParams, response: noContent } },
      async (req, reply) => {
        await removeCanned(deps, actorOf(req), req.params.id);
        return reply.code(204).send(null);
      },
    );
  },
};
