// The interaction as the API and the live events show it.
import type { Static } from '@sinclair/typebox';
import type { InteractionRow } from '../db/schema.js';
import type { InteractionSchema } from './schemas.js';

export type Interaction = Static<typeof InteractionSchema>;

export const toInteraction = (r: InteractionRow): Interaction => ({
  id: r.id,
  channel: r.channel,
  queueId: r.queue_id,
  language: r.language,
  state: r.state,
  consumerId: r.consumer_id,
  caseId: r.case_id,
  topicId: r.topic_id,
  from: r.from_address,
  subject: r.subject,
  note: r.note,
  arrivedAt: r.arrived_at,
  availableAt: r.available_at,
  targetAdviserId: r.target_adviser_id,
  offeredTo: r.offered_to,
  offeredAt: r.offered_at,
  offerExpiresAt: r.offer_expires_at,
  offers: r.offers,
  adviserId: r.adviser_id,
  acceptedAt: r.accepted_at,
  wrapUpAt: r.wrap_up_at,
  wrapUpUntil: r.wrap_up_until,
  doneAt: r.done_at,
  endedAt: r.ended_at,
  endReason: r.end_reason,
  version: r.version,
  updatedAt: r.updated_at,
});

/** States in which the contact still waits for an adviser. */
export const WAITING = ['queued', 'offered'] as const;
/** States that end an interaction for good. */
export const FINAL = ['done', 'abandoned', 'expired', 'transferred'] as const;
