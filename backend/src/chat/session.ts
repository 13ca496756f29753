// A chat as the consumer has it: opened from the public page (a chat
// interaction in the chat queue, plus the session holding the consumer's
// secret), found again by that secret, and shown as the consumer sees it —
// waiting (with place in line and estimated wait), active, or ended.
import type { Static } from '@sinclair/typebox';
import type { Deps, Q } from '../deps.js';
import type { ChatSessionRow, InteractionRow } from '../db/schema.js';
import { Problem } from '../http/problem.js';
import { SECOND } from '../shared/clock.js';
import { registerContact } from '../interactions/intake.js';
import { liveWork } from '../routing/engine.js';
import { estimateWait } from '../routing/wait-estimate.js';
import { computeQueueModels, type QueueModel } from '../stats/queue-stats.js';
import { appendMessage, firstName } from './messages.js';
import type { NewChatBody, PublicChatSchema } from './schemas.js';
import { chatTexts } from './texts.js';
import { displayNameOf, interactionById, lastSeqOf, on, sessionById, sessionByToken } from './queries.js';
import { hashChatToken, looksLikeChatToken, newChatToken } from './token.js';

export type PublicChat = Static<typeof PublicChatSchema>;

/** The adviser shows as typing for this long after their last keystroke signal. */
export const TYPING_MS = 6 * SECOND;
/** How long the queue model behind a waiting chat's estimate is reused. */
const MODEL_CACHE_MS = 2 * SECOND;

export async function openChat(deps: Deps, body: Static<typeof NewChatBody>): Promise<{ chat: PublicChat; token: string }> {
  const token = newChatToken();
  const texts = chatTexts(body.language);
  const id = await liveWork(deps, async (rtx) => {
    const question = body.question?.trim();
    const interactionId = await registerContact(rtx, null, {
      channel: 'chat',
      language: body.language,
      ...(body.topicId ? { topicId: body.topicId } : {}),
      ...(question ? { subject: question.slice(0, 120) } : {}),
    });
    const at = rtx.now.toISOString();
    await rtx.trx
      .insertInto('chat_sessions')
      .values({
        interaction_id: interactionId,
        token_hash: hashChatToken(token),
        consumer_name: body.name?.trim() || null,
        transcript_email: null,
        ended_at: null,
        ended_by: null,
        consumer_active_at: at,
        warned_at: null,
        consumer_typing_at: null,
        adviser_typing_at: null,
        consumer_delivered_seq: 0,
        consumer_read_seq: 0,
        adviser_delivered_seq: 0,
        adviser_read_seq: 0,
        created_at: at,
      })
      .execute();
    await appendMessage(rtx, { interactionId, sender: 'system', clientId: 'welcome', body: texts.welcome });
    if (question) await appendMessage(rtx, { interactionId, sender: 'consumer', clientId: 'first-question', body: question });
    return interactionId;
  });
  return { chat: await publicChat(deps, id), token };
}

/** The chat a token opens. An unknown id and a wrong token look the same: not found. */
export async function chatByToken(deps: Deps, id: string, token: unknown): Promise<{ session: ChatSessionRow }> {
  const missing = () => new Problem(404, 'not_found', 'Chat not found');
  if (!looksLikeChatToken(token)) throw missing();
  const session = await sessionByToken.first(on(deps), { id, hash: hashChatToken(token) });
  if (!session) throw missing();
  return { session };
}

export function chatState(interaction: Pick<InteractionRow, 'state'>, session: Pick<ChatSessionRow, 'ended_at'>): PublicChat['state'] {
  if (session.ended_at) return 'ended';
  if (interaction.state === 'queued' || interaction.state === 'offered') return 'waiting';
  if (interaction.state === 'active' || interaction.state === 'wrap_up') return 'active';
  return 'ended';
}

const modelCache = new WeakMap<Deps, { at: number; models: Promise<Map<string, QueueModel>> }>();

/** The queue models (staff, handling time, patience), shared by every waiting chat for a moment. */
function queueModels(deps: Deps): Promise<Map<string, QueueModel>> {
  const now = Date.now();
  const hit = modelCache.get(deps);
  if (hit && now - hit.at < MODEL_CACHE_MS) return hit.models;
  const models = computeQueueModels(deps).then((list) => new Map(list.map((m) => [m.stats.queueId, m.model])));
  modelCache.set(deps, { at: now, models });
  models.catch(() => modelCache.delete(deps));
  return models;
}

/** Place in line among the contacts of the same queue still waiting (1 = next). */
async function positionOf(q: Q, row: InteractionRow): Promise<number> {
  const ahead = await q
    .selectFrom('interactions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('queue_id', '=', row.queue_id)
    .where('state', 'in', ['queued', 'offered'])
    .where((eb) => eb.or([eb('enqueued_at', '<', row.enqueued_at), eb.and([eb('enqueued_at', '=', row.enqueued_at), eb('id', '<', row.id)])]))
    .executeTakeFirstOrThrow();
  return Number(ahead.n) + 1;
}

/** The chat as its page shows it; `known` is the session when the caller has just read it. */
export async function publicChat(deps: Deps, id: string, known?: ChatSessionRow): Promise<PublicChat> {
  const q = deps.db.kysely;
  const interaction = await interactionById.first(on(deps), { id });
  const session = known ?? (await sessionById.first(on(deps), { id }));
  if (!interaction || !session) throw new Problem(404, 'not_found', 'Chat not found');
  const state = chatState(interaction, session);
  const last = await lastSeqOf.first(on(deps), { id });
  let position: number | null = null;
  let estimatedWait: PublicChat['estimatedWait'] = null;
  if (state === 'waiting') {
    position = await positionOf(q, interaction);
    const model = (await queueModels(deps)).get(interaction.queue_id);
    estimatedWait = model ? estimateWait({ ahead: position - 1, ...model }) : null;
  }
  const adviser = interaction.adviser_id ? await displayNameOf.first(on(deps), { id: interaction.adviser_id }) : undefined;
  const now = deps.clock.now().getTime();
  return {
    chatId: id,
    language: interaction.language,
    state,
    position,
    estimatedWait,
    adviserName: state === 'ended' && !interaction.adviser_id ? null : firstName(adviser?.display_name),
    adviserTyping: state === 'active' && !!session.adviser_typing_at && now - Date.parse(session.adviser_typing_at) < TYPING_MS,
    endedBy: session.ended_by,
    transcriptEmail: session.transcript_email !== null,
    deliveredSeq: session.adviser_delivered_seq,
    readSeq: session.adviser_read_seq,
    lastSeq: Number(last?.seq ?? 0),
  };
}
