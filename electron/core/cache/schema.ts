// The desktop cache's tables, written once as a Kysely-style `Database`
// interface (table name → row type). Statements in the cache layer are typed
// with these rows. Entities keep the API's JSON in `data` (so a cached case
// reads exactly like a fetched one) plus the columns that queries filter on.

/** 0/1: SQLite has no boolean. */
export type Flag = 0 | 1;

export interface CaseRow {
  id: string;
  /** '' until the server assigns one to a case created on this desk. */
  reference: string;
  consumer_id: string | null;
  status: string;
  assigned_adviser_id: string | null;
  subject: string | null;
  created_at: string;
  updated_at: string;
  /** The API's Case as JSON. */
  data: string;
}

export interface NoteRow {
  id: string;
  case_id: string;
  body: string;
  created_at: string;
  data: string;
}

export interface ReferralRow {
  id: string;
  case_id: string;
  created_at: string;
  data: string;
}

export interface CaseLinkRow {
  id: string;
  case_id: string;
  linked_case_id: string;
  created_at: string;
  data: string;
}

export interface ConsumerRow {
  id: string;
  name: string | null;
  /** E.164, as the backend stores it. */
  phone: string | null;
  /** Lower case. */
  email: string | null;
  /** 1 for a consumer typed on this desk and not yet known to the server (its id is not the server's). */
  local: Flag;
  updated_at: string;
  data: string;
}

export interface TopicRow {
  id: string;
  parent_id: string | null;
  sort: number;
  data: string;
}

export interface MunicipalityRow {
  code: string;
  name: string;
  data: string;
}

export interface PartnerRow {
  id: string;
  name: string;
  national: Flag;
  active: Flag;
  /** The contact card (API Partner) as JSON; openNow is recomputed on read. */
  data: string;
}

export interface PartnerTopicRow {
  partner_id: string;
  topic_id: string;
}

export interface PartnerMunicipalityRow {
  partner_id: string;
  municipality_code: string;
}

/** Published articles only; the columns feed the FTS5 index. */
export interface ArticleRow {
  id: string;
  language: string;
  title: string;
  summary: string;
  body: string;
  /** Tags joined by spaces, for the index. */
  tags: string;
  /** The API Article without its body, as JSON. */
  meta: string;
}

export interface ArticleTopicRow {
  article_id: string;
  topic_id: string;
}

export type OutboxState = 'pending' | 'sending';

export interface OutboxRow {
  /** Push order. */
  seq: number;
  /** The client-generated mutation id the server deduplicates on. */
  mutation_id: string;
  /** Whose change it is: only that user's session pushes it. */
  user_id: string;
  type: string;
  case_id: string | null;
  entity_id: string | null;
  /** The backend's Mutation, exactly as pushed. */
  payload: string;
  created_at: string;
  attempts: number;
  last_error: string | null;
  state: OutboxState;
}

export interface ConflictRow {
  mutation_id: string;
  user_id: string;
  kind: string;
  status: 'conflict' | 'rejected';
  code: string;
  message: string;
  entity_id: string | null;
  case_id: string | null;
  /** The pushed Mutation. */
  mine: string;
  /** The server's current entity (conflicts only), JSON or null. */
  theirs: string | null;
  created_at: string;
}

export interface SyncStateRow {
  id: 1;
  /** The feed cursor: the last change applied. */
  cursor: string;
  last_sync_at: string | null;
  /** The signed-in user (API User) as JSON; whose data the cache holds. */
  user_json: string | null;
}

export interface MigrationRow {
  name: string;
  applied_at: string;
}

export interface CacheDatabase {
  cases: CaseRow;
  notes: NoteRow;
  referrals: ReferralRow;
  case_links: CaseLinkRow;
  consumers: ConsumerRow;
  topics: TopicRow;
  municipalities: MunicipalityRow;
  partners: PartnerRow;
  partner_topics: PartnerTopicRow;
  partner_municipalities: PartnerMunicipalityRow;
  articles: ArticleRow;
  article_topics: ArticleTopicRow;
  outbox: OutboxRow;
  conflicts: ConflictRow;
  sync_state: SyncStateRow;
  cache_migrations: MigrationRow;
}
