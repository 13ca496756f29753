// The transcript of a chat: written on the consumer's case as a note when the
// conversation ends (the record the service keeps), and mailed to the
// consumer if they asked for it.
import type { Actor } from '../deps.js';
import type { ChatSessionRow, InteractionRow } from '../db/schema.js';
import { addNoteTx } from '../cases/write.js';
import { enqueueMail } from '../mail/outbox.js';
import { localTimeOf } from '../partners/stockholm-time.js';
import type { RoutingTx } from '../routing/lock.js';
import { allMessagesOf } from './messages.js';
import { on } from './queries.js';
import { chatTexts } from './texts.js';

const hhmm = (iso: string) => {
  const t = localTimeOf(new Date(iso));
  return `${String(Math.floor(t.minutes / 60)).padStart(2, '0')}:${String(t.minutes % 60).padStart(2, '0')}`;
};
const day = (iso: string) => {
  const t = localTimeOf(new Date(iso));
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
};

/** The conversation as lines "[hh:mm] Who: text", in Stockholm time; `you` names the consumer. */
export async function transcriptLines(rtx: RoutingTx, interactionId: string, names: { consumer: string; service: string }): Promise<string[]> {
  const messages = await allMessagesOf(on(rtx.deps, rtx.trx), interactionId);
  return messages.map(({ row, authorName }) => {
    const who = row.sender === 'consumer' ? names.consumer : row.sender === 'adviser' ? (authorName ?? names.service) : names.service;
    return `[${hhmm(row.created_at)}] ${who}: ${row.body}`;
  });
}

/** On the case, for the advisers: labelled in Swedish, the workstation's language. */
export async function attachTranscript(rtx: RoutingTx, row: InteractionRow, session: ChatSessionRow): Promise<void> {
  if (!row.case_id || !row.adviser_id) return;
  const user = await rtx.trx.selectFrom('users').select(['id', 'username', 'role']).where('id', '=', row.adviser_id).executeTakeFirstOrThrow();
  const actor: Actor = { userId: user.id, username: user.username, role: user.role, sessionId: 'system', ip: null };
  const lines = await transcriptLines(rtx, row.id, { consumer: session.consumer_name ?? 'Konsument', service: 'Hallå konsument' });
  const language = row.language === 'sv' ? 'svenska' : 'engelska';
  const body = [`Chattutskrift (${language}) ${day(row.arrived_at)}`, '', ...lines].join('\n');
  await addNoteTx(rtx.trx, rtx.deps, actor, row.case_id, { body }, { record: true });
}

/** To the consumer, in the chat's language, once. */
export async function mailTranscript(rtx: RoutingTx, row: InteractionRow, session: ChatSessionRow): Promise<void> {
  if (!session.transcript_email) return;
  const t = chatTexts(row.language);
  const lines = await transcriptLines(rtx, row.id, { consumer: t.consumer, service: t.service });
  await enqueueMail(rtx.trx, rtx.now, {
    to: session.transcript_email,
    subject: t.transcriptSubject(day(row.arrived_at)),
    body: [t.transcriptIntro, '', ...lines, ''].join('\n'),
    purpose: `chat-transcript:${row.id}`,
  });
}
