// The backend database, written once as a Kysely interface. Both dialects store
// the same shapes: ids are text (clients may generate them offline), times are
// ISO-8601 UTC text, booleans are 0/1 integers and lists are JSON text, so that
// every query returns identical rows on SQLite and PostgreSQL.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Role = 'adviser' | 'team_lead' | 'supervisor' | 'admin';
export type Channel = 'phone' | 'callback' | 'email' | 'chat' | 'forum' | 'social';
export type Language = 'sv' | 'en';
export type CaseStatus = 'open' | 'waiting' | 'closed';
export type CaseOutcome = 'answered' | 'referred' | 'outside_remit';
export type ReferralMethod = 'informed' | 'transferred' | 'forwarded';
export type PartnerKind =
  | 'municipal_guidance'
  | 'debt_counselling'
  | 'energy_advice'
  | 'consumer_bureau'
  | 'ecc'
  | 'disputes_board'
  | 'authority';
export type ArticleKind = 'article' | 'checklist' | 'tool';
export type ArticleStatus = 'draft' | 'published';
export type SyncEntity =
  | 'case'
  | 'note'
  | 'referral'
  | 'case_link'
  | 'consumer'
  | 'topic'
  | 'partner'
  | 'article'
  | 'municipality';

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  username: string;
  failures: number;
  last_failed_at: string;
  locked_until: string | null;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface TopicsTable {
  id: string;
  parent_id: string | null;
  label_sv: string;
  label_en: string;
  sort: number;
}

export interface MunicipalitiesTable {
  code: string;
  name: string;
  county_code: string;
  county_name: string;
}

export interface ConsumersTable {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  municipality_code: string | null;
  language: Language | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CasesTable {
  id: string;
  reference: string;
  consumer_id: string | null;
  topic_id: string | null;
  channel: Channel;
  language: Language;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  assigned_adviser_id: string | null;
  subject: string | null;
  tags: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface CaseNotesTable {
  id: string;
  case_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

export interface ReferralsTable {
  id: string;
  case_id: string;
  partner_id: string;
  reason: string;
  method: ReferralMethod;
  created_by: string;
  created_at: string;
}

export interface CaseLinksTable {
  id: string;
  case_id: string;
  linked_case_id: string;
  created_by: string;
  created_at: string;
}

export interface PartnersTable {
  id: string;
  kind: PartnerKind;
  name: string;
  description_sv: string;
  description_en: string;
  national: number;
  phone: string | null;
  email: string | null;
  web: string | null;
  referral_method: ReferralMethod;
  referral_instructions_sv: string;
  referral_instructions_en: string;
  /** JSON: { weekly: { mon: [["08:00","16:00"]], … }, exceptions: [{ date, hours, note }] } */
  opening_hours: string;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PartnerMunicipalitiesTable {
  partner_id: string;
  municipality_code: string;
}

export interface PartnerTopicsTable {
  partner_id: string;
  topic_id: string;
}

export interface ArticlesTable {
  id: string;
  slug: string;
  kind: ArticleKind;
  language: Language;
  title: string;
  summary: string;
  body: string;
  tags: string;
  status: ArticleStatus;
  version: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ArticleTopicsTable {
  article_id: string;
  topic_id: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  ip: string | null;
  detail: string;
}

export interface ChangeLogTable {
  entity: SyncEntity;
  entity_id: string;
  seq: number;
  deleted: number;
  /** The case a case-family row belongs to; decides which desktops receive it. */
  case_id: string | null;
  changed_at: string;
}

export interface AppliedMutationsTable {
  id: string;
  user_id: string;
  kind: string;
  result: string;
  applied_at: string;
}

export type InteractionState = 'queued' | 'offered' | 'active' | 'wrap_up' | 'done' | 'abandoned' | 'expired' | 'transferred';
export type PresenceIntent = 'offline' | 'ready' | 'not_ready';
export type PresenceState = 'offline' | 'ready' | 'busy' | 'wrap_up' | 'not_ready';
export type NotReadyReason = 'break' | 'meeting' | 'training' | 'admin' | 'other' | 'missed' | 'disconnected';

export interface QueuesTable {
  id: string;
  channel: Channel;
  language: Language;
  name_sv: string;
  name_en: string;
  priority: number;
  sla_seconds: number;
  sla_target_percent: number;
  offer_timeout_seconds: number;
  wrap_up_seconds: number;
  max_wait_seconds: number | null;
  /** JSON OpeningHours, like a partner's. */
  hours: string;
  observes_holidays: number;
  active: number;
  version: number;
  updated_at: string;
}

export interface AdviserProfilesTable {
  user_id: string;
  /** JSON Language[] */
  languages: string;
  /** JSON Channel[] */
  channels: string;
  /** JSON Partial<Record<Channel, number>> */
  capacity: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface AdviserPresenceTable {
  user_id: string;
  intent: PresenceIntent;
  reason: NotReadyReason | null;
  state: PresenceState;
  state_since: string;
  idle_since: string;
  seen_at: string;
  version: number;
  updated_by: string | null;
  /** What the last presence event said (JSON of the parts that matter); null before any. */
  shown: string | null;
}

export interface InteractionsTable {
  id: string;
  channel: Channel;
  queue_id: string;
  language: Language;
  state: InteractionState;
  enqueued_at: string;
  available_at: string;
  target_adviser_id: string | null;
  consumer_id: string | null;
  case_id: string | null;
  topic_id: string | null;
  from_address: string | null;
  subject: string | null;
  external_ref: string | null;
  note: string | null;
  arrived_at: string;
  offered_to: string | null;
  offered_at: string | null;
  offer_expires_at: string | null;
  offers: number;
  adviser_id: string | null;
  accepted_at: string | null;
  wrap_up_at: string | null;
  wrap_up_until: string | null;
  done_at: string | null;
  ended_at: string | null;
  end_reason: string | null;
  created_by: string | null;
  version: number;
  updated_at: string;
}

export interface InteractionEventsTable {
  id: Generated<number>;
  interaction_id: string;
  at: string;
  type: string;
  adviser_id: string | null;
  queue_id: string | null;
  actor_id: string | null;
  detail: string;
}

export interface LiveEventsTable {
  seq: Generated<number>;
  at: string;
  audience: 'user' | 'leads';
  user_id: string | null;
  type: string;
  payload: string;
}

export type ChatSender = 'consumer' | 'adviser' | 'system';

export interface ChatSessionsTable {
  interaction_id: string;
  token_hash: string;
  consumer_name: string | null;
  transcript_email: string | null;
  ended_at: string | null;
  ended_by: string | null;
  consumer_active_at: string;
  warned_at: string | null;
  consumer_typing_at: string | null;
  adviser_typing_at: string | null;
  consumer_delivered_seq: number;
  consumer_read_seq: number;
  adviser_delivered_seq: number;
  adviser_read_seq: number;
  created_at: string;
}

/** What one attempt to call a consumer back came to. */
export type CallbackOutcome = 'reached' | 'no_answer' | 'busy' | 'wrong_number';

/** The consumer's side of a callback interaction: its reference and the window they asked for. */
export interface CallbackRequestsTable {
  interaction_id: string;
  reference: string;
  window_start: string;
  window_end: string;
  created_at: string;
  /** The phone call whose caller gave up waiting and had asked to be called back; null for a booking on the public page. */
  after_interaction_id: string | null;
}

export interface CallbackAttemptsTable {
  id: Generated<number>;
  interaction_id: string;
  at: string;
  adviser_id: string;
  outcome: CallbackOutcome;
  note: string | null;
}

export interface ChatMessagesTable {
  seq: Generated<number>;
  interaction_id: string;
  sender: ChatSender;
  client_id: string;
  author_id: string | null;
  body: string;
  created_at: string;
}

export interface CannedResponsesTable {
  id: string;
  language: Language;
  title: string;
  body: string;
  /** JSON string[] */
  tags: string;
  active: number;
  version: number;
  created_by: string | null;
  updated_at: string;
}

export interface MailOutboxTable {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  purpose: string;
  created_at: string;
  sent_at: string | null;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
}

export interface PhoneSipUsersTable {
  user_id: string;
  sip_user: string;
  created_at: string;
}

export type PhoneCallState = 'waiting' | 'ringing' | 'answered' | 'ended';

export interface PhoneCallsTable {
  call_id: string;
  interaction_id: string;
  caller: string;
  dialled: string;
  state: PhoneCallState;
  ringing_user_id: string | null;
  ringing_at: string | null;
  answered_by: string | null;
  answered_at: string | null;
  ended_at: string | null;
  ended_by: string | null;
  end_cause: string | null;
  /** 1: the caller asked to be called back should they give up waiting. */
  callback_opt_in: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PhoneTransfersTable {
  token: string;
  interaction_id: string;
  requested_by: string;
  queue_id: string;
  adviser_id: string | null;
  note: string | null;
  created_at: string;
  expires_at: string;
  used_call_id: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  counters: CountersTable;
  topics: TopicsTable;
  municipalities: MunicipalitiesTable;
  consumers: ConsumersTable;
  cases: CasesTable;
  case_notes: CaseNotesTable;
  referrals: ReferralsTable;
  case_links: CaseLinksTable;
  partners: PartnersTable;
  partner_municipalities: PartnerMunicipalitiesTable;
  partner_topics: PartnerTopicsTable;
  articles: ArticlesTable;
  article_topics: ArticleTopicsTable;
  audit_log: AuditLogTable;
  change_log: ChangeLogTable;
  applied_mutations: AppliedMutationsTable;
  queues: QueuesTable;
  adviser_profiles: AdviserProfilesTable;
  adviser_presence: AdviserPresenceTable;
  interactions: InteractionsTable;
  interaction_events: InteractionEventsTable;
  live_events: LiveEventsTable;
  chat_sessions: ChatSessionsTable;
  chat_messages: ChatMessagesTable;
  canned_responses: CannedResponsesTable;
  mail_outbox: MailOutboxTable;
  phone_sip_users: PhoneSipUsersTable;
  phone_calls: PhoneCallsTable;
  callback_requests: CallbackRequestsTable;
  callback_attempts: CallbackAttemptsTable;
  phone_transfers: PhoneTransfersTable;
}

export type UserRow = Selectable<UsersTable>;
export type CaseRow = Selectable<CasesTable>;
export type NewCase = Insertable<CasesTable>;
export type CaseUpdate = Updateable<CasesTable>;
export type ConsumerRow = Selectable<ConsumersTable>;
export type PartnerRow = Selectable<PartnersTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type QueueRow = Selectable<QueuesTable>;
export type InteractionRow = Selectable<InteractionsTable>;
export type PresenceRow = Selectable<AdviserPresenceTable>;
export type ProfileRow = Selectable<AdviserProfilesTable>;
export type ChatSessionRow = Selectable<ChatSessionsTable>;
export type PhoneCallRow = Selectable<PhoneCallsTable>;
export type ChatMessageRow = Selectable<ChatMessagesTable>;
export type CallbackRequestRow = Selectable<CallbackRequestsTable>;
export type CallbackAttemptRow = Selectable<CallbackAttemptsTable>;
