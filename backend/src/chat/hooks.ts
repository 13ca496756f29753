// Chat's part in the lifecycle of its interactions (registered with the
// engine, see interactions/channel-hooks.ts): tell the consumer who joined or
// that they are being transferred, close the chat when the conversation or
// the wait ends — with the transcript on the case and, if asked for, by
// e-mail — and, every tick, look after chats gone quiet.
import type { ChatSessionRow, InteractionRow } from '../db/schema.js';
import { MINUTE, SECOND } from '../shared/clock.js';
import { registerChannelHooks, registerTickHook } from '../interactions/channel-hooks.js';
import { consumerLeftTx } from '../interactions/lifecycle.js';
import { endWaiting } from '../routing/engine.js';
import type { RoutingTx } from '../routing/lock.js';
import { appendMessage, firstName } from './messages.js';
import { chatTexts } from './texts.js';
import { attachTranscript, mailTranscript } from './transcript.js';

/** A consumer silent this long after the adviser wrote is asked whether they are still there… */
export const INACTIVE_WARN_MS = 5 * MINUTE;
/** …and the chat ends this long after that question if they stay silent. */
export const INACTIVE_END_MS = 2 * MINUTE;
/** A waiting consumer whose chat page has not been heard from for this long has left. */
export const WAITING_GONE_MS = 90 * SECOND;
/** Silence is measured in minutes: the conversations are looked at this often, not every tick. */
const SILENCE_CHECK_EVERY_MS = 10 * SECOND;
const lastSilenceCheck = new WeakMap<object, number>();

async function sessionOf(rtx: RoutingTx, id: string): Promise<ChatSessionRow | undefined> {
  return rtx.trx.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', id).executeTakeFirst();
}

const ENDED_BY_TEXT: Record<string, 'adviserEnded' | 'consumerEnded' | 'inactive'> = {
  adviser: 'adviserEnded',
  handed_over: 'adviserEnded',
  consumer_ended: 'consumerEnded',
  consumer_inactive: 'inactive',
};

/** Closes the chat session once: the closing line, the transcript on the case and by mail. */
async function closeChat(rtx: RoutingTx, row: InteractionRow, by: string, line: string | null): Promise<void> {
  const session = await sessionOf(rtx, row.id);
  if (!session || session.ended_at) return;
  if (line) await appendMessage(rtx, { interactionId: row.id, sender: 'system', clientId: 'closing', body: line });
  await rtx.trx.updateTable('chat_sessions').set({ ended_at: rtx.now.toISOString(), ended_by: by }).where('interaction_id', '=', row.id).execute();
  const closed = (await sessionOf(rtx, row.id))!;
  await attachTranscript(rtx, row, closed);
  await mailTranscript(rtx, row, closed);
  rtx.afterCommit(() => rtx.deps.bus.chatChanged(row.id));
}

// A chat contact registered without a chat page (by an integration, or the
// simulator) has no session: there is no one to tell, and the hooks do nothing.
registerChannelHooks('chat', {
  async accepted(rtx, row, actor) {
    if (!(await sessionOf(rtx, row.id))) return;
    const user = await rtx.trx.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
    // One line per acceptance (a transferred chat is joined again by the next adviser).
    const n = await rtx.trx.selectFrom('interaction_events').select((eb) => eb.fn.countAll<number>().as('n')).where('interaction_id', '=', row.id).where('type', '=', 'accepted').executeTakeFirstOrThrow();
    await appendMessage(rtx, { interactionId: row.id, sender: 'system', clientId: `joined-${n.n}`, body: chatTexts(row.language).joined(firstName(user.display_name) ?? 'En vägledare') });
  },
  async ended(rtx, row, by) {
    const key = ENDED_BY_TEXT[by];
    await closeChat(rtx, row, by, key ? chatTexts(row.language)[key] : chatTexts(row.language).consumerEnded);
  },
  async endedWaiting(rtx, row, state, reason) {
    const t = chatTexts(row.language);
    await closeChat(rtx, row, reason, state === 'expired' ? t.expired : reason === 'consumer_ended' ? t.consumerEnded : null);
  },
  async transferred(rtx, row) {
    if (!(await sessionOf(rtx, row.id))) return;
    const n = await rtx.trx.selectFrom('interaction_events').select((eb) => eb.fn.countAll<number>().as('n')).where('interaction_id', '=', row.id).where('type', '=', 'transferred').executeTakeFirstOrThrow();
    await appendMessage(rtx, { interactionId: row.id, sender: 'system', clientId: `transferred-${n.n}`, body: chatTexts(row.language).transferred });
  },
});

/**
 * Chats gone quiet. Active: a consumer who has not answered the adviser for
 * five minutes is asked if they are still there, and two minutes of silence
 * later the chat ends (the adviser's wrap-up begins). Silence means no message
 * and no typing: an open page is no answer (its heartbeat keeps
 * consumer_active_at fresh while the consumer may have walked away). Waiting:
 * a consumer whose page has not been heard from for 90 seconds has left —
 * abandoned.
 */
registerTickHook(async (rtx) => {
  const now = rtx.now.getTime();
  const open = await rtx.trx
    .selectFrom('chat_sessions as s')
    .innerJoin('interactions as i', 'i.id', 's.interaction_id')
    .selectAll('s')
    .select(['i.state', 'i.language'])
    .where('s.ended_at', 'is', null)
    .where('i.state', 'in', ['queued', 'offered', 'active'])
    .execute();
  const lastCheck = lastSilenceCheck.get(rtx.deps);
  // (A clock set back — a test's — counts as due.)
  const checkSilence = lastCheck === undefined || now < lastCheck || now - lastCheck >= SILENCE_CHECK_EVERY_MS;
  const active = checkSilence ? open.filter((s) => s.state === 'active') : [];
  if (checkSilence) lastSilenceCheck.set(rtx.deps, now);
  const spoken = active.length > 0 ? await lastSpoken(rtx, active.map((s) => s.interaction_id)) : new Map<string, LastSpoken>();
  for (const s of open) {
    if (s.state === 'queued' || s.state === 'offered') {
      if (now - Date.parse(s.consumer_active_at) >= WAITING_GONE_MS) {
        const row = await rtx.trx.selectFrom('interactions').selectAll().where('id', '=', s.interaction_id).executeTakeFirstOrThrow();
        await endWaiting(rtx, row, 'abandoned', 'consumer_gone');
      }
      continue;
    }
    if (!checkSilence) continue;
    const last = spoken.get(s.interaction_id) ?? {};
    const consumerActed = Math.max(last.consumer?.at ?? 0, s.consumer_typing_at ? Date.parse(s.consumer_typing_at) : 0);
    if (s.warned_at) {
      // Heard from since the question (a message, or typing): the warning stands down.
      if (consumerActed >= Date.parse(s.warned_at)) {
        await rtx.trx.updateTable('chat_sessions').set({ warned_at: null }).where('interaction_id', '=', s.interaction_id).execute();
      } else if (now - Date.parse(s.warned_at) >= INACTIVE_END_MS) {
        await consumerLeftTx(rtx, s.interaction_id, 'consumer_inactive');
      }
      continue;
    }
    // Only when the consumer owes an answer: the adviser spoke last, five minutes ago, and nothing since.
    if (!last.adviser || (last.consumer && last.consumer.seq > last.adviser.seq)) continue;
    if (now - last.adviser.at < INACTIVE_WARN_MS || now - consumerActed < INACTIVE_WARN_MS) continue;
    await appendMessage(rtx, { interactionId: s.interaction_id, sender: 'system', clientId: `warning-${now}`, body: chatTexts(s.language).warning(INACTIVE_END_MS / MINUTE) });
    await rtx.trx.updateTable('chat_sessions').set({ warned_at: rtx.now.toISOString() }).where('interaction_id', '=', s.interaction_id).execute();
  }
});

interface LastSpoken {
  consumer?: { seq: number; at: number };
  adviser?: { seq: number; at: number };
}

/** Each chat's last consumer and last adviser message: two grouped reads a tick, however many chats are open. */
async function lastSpoken(rtx: RoutingTx, ids: string[]): Promise<Map<string, LastSpoken>> {
  const out = new Map<string, LastSpoken>();
  for (const sender of ['consumer', 'adviser'] as const) {
    const rows = await rtx.trx
      .selectFrom('chat_messages')
      .select('interaction_id')
      .select((eb) => [eb.fn.max('seq').as('seq'), eb.fn.max('created_at').as('at')])
      .where('interaction_id', 'in', ids)
      .where('sender', '=', sender)
      .groupBy('interaction_id')
      .execute();
    for (const r of rows) {
      const entry = out.get(r.interaction_id) ?? {};
      entry[sender] = { seq: Number(r.seq), at: Date.parse(r.at) };
      out.set(r.interaction_id, entry);
    }
  }
  return out;
}
