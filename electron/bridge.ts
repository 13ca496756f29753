// The desktop bridge: everything the renderer may ask of the main process,
// written once. The preload implements it over ipcRenderer.invoke (checked
// with `satisfies`), the main process and the browser-mode host register the
// SAME handler table typed by it, and the renderer imports the type only.
//
// Data shapes are the API's own (generated from the backend's schemas), so a
// case read from the cache looks exactly like one read from the server.
import type { components } from '../api-client/src/index.js';
import type { CommandResult, PhoneCommand, PhoneState } from './phone-contract.js';

export type { CallView, CommandResult, PhoneCommand, PhoneState } from './phone-contract.js';

type S = components['schemas'];
export type Case = S['Case'];
export type CaseDetail = S['CaseDetail'];
export type Consumer = S['Consumer'];
export type ConsumerFields = S['ConsumerFields'];
export type Note = S['Note'];
export type Referral = S['Referral'];
export type Topic = S['Topic'];
export type Municipality = S['Municipality'];
export type Partner = S['Partner'];
export type PartnerLookup = S['PartnerLookup'];
export type Article = S['Article'];
export type SearchHit = S['SearchHit'];
export type User = S['User'];
export type Language = S['Language'];
export type Channel = S['Channel'];
export type CaseStatus = S['CaseStatus'];
export type CaseOutcome = S['CaseOutcome'];
export type ReferralMethod = S['ReferralMethod'];
export type Interaction = S['Interaction'];
export type Presence = S['Presence'];
export type QueueStats = S['QueueStats'];
export type LiveEvent = S['LiveEvent'];
export type ChatMessage = S['ChatMessage'];

export interface SessionState {
  signedIn: boolean;
  user: User | null;
  /** The backend this desktop talks to. */
  serverUrl: string;
}

export type LoginOutcome =
  | { ok: true; user: User }
  | { ok: false; code: 'login_failed' | 'login_locked' | 'offline' | 'validation_failed'; message: string; retryAfterSeconds?: number };

export interface SyncStatus {
  online: boolean;
  /** Outbox entries not yet accepted by the server. */
  pending: number;
  /** Pushed changes the server refused or found stale, awaiting the adviser. */
  conflicts: number;
  syncing: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
}

/** A case as the work list and the history search show it. */
export interface CaseSummary extends Case {
  consumerName: string | null;
  consumerPhone: string | null;
  consumerEmail: string | null;
  /** True while a local change to it waits in the outbox. */
  pending: boolean;
}

/** A case in full, from the cache, with local changes applied. */
export interface CaseView extends CaseDetail {
  pending: boolean;
}

export interface CaseSearch {
  /** Reference, phone, e-mail, name or free text (subject and notes). */
  text: string;
  status?: CaseStatus;
  limit?: number;
}

export interface NewCaseInput {
  consumer?: ConsumerFields;
  consumerId?: string;
  topicId?: string | null;
  channel: Channel;
  language: Language;
  subject?: string | null;
  note?: string;
}

export interface CaseChangeInput {
  caseId: string;
  /** The version the adviser saw; the server answers a stale one with a conflict. */
  baseVersion: number;
  patch: {
    topicId?: string | null;
    status?: CaseStatus;
    outcome?: CaseOutcome | null;
    subject?: string | null;
    tags?: string[];
    language?: Language;
    assignedAdviserId?: string | null;
  };
}

export interface NoteInput {
  caseId: string;
  body: string;
}

export interface ReferralInput {
  caseId: string;
  partnerId: string;
  reason: string;
  method: ReferralMethod;
}

/** A pushed change the server did not apply, shown with both versions. */
export interface SyncConflict {
  mutationId: string;
  kind: string;
  status: 'conflict' | 'rejected';
  code: string;
  message: string;
  entityId: string | null;
  /** What the adviser wrote. */
  mine: unknown;
  /** What the server has now (conflicts only). */
  theirs: unknown;
  createdAt: string;
}

export interface KnowledgeQuery {
  text: string;
  language?: Language;
  topicId?: string;
  limit?: number;
}

export interface PartnerQuery {
  topicId: string;
  municipalityCode: string;
}

/** Online-only reads (dashboards, statistics, admin) through main, which adds the token. */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A path under /v1/, with its query string. */
  path: string;
  body?: unknown;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
}

/**
 * The adviser's live work as the core holds it (it survives a reload of the
 * window): presence and the contacts offered to, or held by, the adviser.
 * Live work is never cached for offline use: disconnected means no offers.
 */
export interface LiveWork {
  /** The live connection to the server is up. */
  connected: boolean;
  /** Server clock minus this computer's clock: offer and wrap-up countdowns run on server time. */
  clockOffsetMs: number;
  presence: Presence | null;
  /** Offered, active and wrap-up contacts, oldest first. */
  interactions: Interaction[];
  /** The conversation of each chat in hand (active or in wrap-up), by interaction id. */
  chats: Record<string, ChatView>;
}

/** One chat as the adviser's workstation holds it. */
export interface ChatView {
  /** Every message so far, in order, each once. */
  messages: ChatMessage[];
  /** What the consumer asked to be called, if anything. */
  consumerName: string | null;
  consumerTyping: boolean;
  /** The consumer's page is open. */
  consumerPresent: boolean;
  /** The adviser's messages up to these sequences have reached, and been seen by, the consumer. */
  deliveredSeq: number;
  readSeq: number;
  /** The history could not be fetched yet (it is retried). */
  loading: boolean;
}

/** What team leads watch: the queues each second and every adviser's presence. */
export interface LiveBoard {
  connected: boolean;
  /** When the server computed the queue statistics. */
  at: string | null;
  queues: QueueStats[];
  advisers: Presence[];
}

/**
 * The softphone as the workspace sees it. In the desktop app the SIP session
 * lives in a hidden phone window that a reload of the workspace cannot touch;
 * `hosted` says so, and `state` is that phone's latest state (null until it
 * has reported). In browser mode nothing hosts it (`hosted: false`) and the
 * page runs the softphone itself.
 */
export interface PhoneSnapshot {
  hosted: boolean;
  state: PhoneState | null;
}

/** Pushed from main to the renderer. */
export type DeskEvent =
  /** The hosted softphone's state changed. */
  | { type: 'phone'; state: PhoneState }
  | { type: 'sync-status'; status: SyncStatus }
  | { type: 'data-changed'; entities: string[] }
  | { type: 'session'; state: SessionState }
  | { type: 'live-work'; work: LiveWork }
  | { type: 'live-board'; board: LiveBoard }
  /** A new contact is offered: the host shows a desktop notification, the renderer plays the ring. */
  | { type: 'offer'; interaction: Interaction };

export interface DeskBridge {
  appInfo(): Promise<AppInfo>;

  sessionState(): Promise<SessionState>;
  login(input: { username: string; password: string }): Promise<LoginOutcome>;
  logout(): Promise<void>;

  syncStatus(): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  listConflicts(): Promise<SyncConflict[]>;
  /** Drop my version (take the server's) or re-apply mine on top of the server's current version. */
  resolveConflict(input: { mutationId: string; keep: 'theirs' | 'mine' }): Promise<SyncStatus>;

  myOpenCases(): Promise<CaseSummary[]>;
  searchCases(query: CaseSearch): Promise<CaseSummary[]>;
  /** From the cache; a case not cached is fetched once from the server (when online) and kept. */
  getCase(id: string): Promise<CaseView | null>;
  createCase(input: NewCaseInput): Promise<CaseView>;
  changeCase(input: CaseChangeInput): Promise<CaseView>;
  addNote(input: NoteInput): Promise<CaseView>;
  addReferral(input: ReferralInput): Promise<CaseView>;

  listTopics(): Promise<Topic[]>;
  listMunicipalities(): Promise<Municipality[]>;
  searchKnowledge(query: KnowledgeQuery): Promise<SearchHit[]>;
  getArticle(id: string): Promise<Article | null>;
  lookupPartners(query: PartnerQuery): Promise<PartnerLookup>;
  getPartner(id: string): Promise<Partner | null>;

  /** Presence and contacts in hand, as the core holds them now. */
  liveWork(): Promise<LiveWork>;
  /** Queues and advisers (team leads, supervisors and admins; empty for advisers). */
  liveBoard(): Promise<LiveBoard>;

  /** The hosted softphone's state (see PhoneSnapshot). */
  phoneState(): Promise<PhoneSnapshot>;
  /** A command for the hosted softphone; `no_phone` when nothing hosts one. */
  phoneCommand(command: PhoneCommand): Promise<CommandResult>;

  api(request: ApiRequest): Promise<ApiResponse>;
  /** Opens an https link from the allowlist in the system browser. */
  openExternal(url: string): Promise<boolean>;
}

/** The invoke channel of each bridge method: one per method, never a generic one. */
export const channelOf = (method: keyof DeskBridge) => `desk:${method}` as const;

/** Every bridge method, for the preload, the handler table check and the host. */
export const BRIDGE_METHODS = [
  'appInfo', 'sessionState', 'login', 'logout', 'syncStatus', 'syncNow', 'listConflicts', 'resolveConflict',
  'myOpenCases', 'searchCases', 'getCase', 'createCase', 'changeCase', 'addNote', 'addReferral',
  'listTopics', 'listMunicipalities', 'searchKnowledge', 'getArticle', 'lookupPartners', 'getPartner',
  'liveWork', 'liveBoard', 'phoneState', 'phoneCommand', 'api', 'openExternal',
] as const satisfies ReadonlyArray<keyof DeskBridge>;

// Compile-time proof that BRIDGE_METHODS lists every method.
type Missing = Exclude<keyof DeskBridge, (typeof BRIDGE_METHODS)[number]>;
export const bridgeMethodsComplete: Missing extends never ? true : Missing = true;

export const EVENT_CHANNEL = 'desk:event';

/** What the renderer sees on `window.desk`: the bridge plus event subscription. */
export interface DeskWindowApi extends DeskBridge {
  onEvent(listener: (event: DeskEvent) => void): () => void;
}

/**
 * The hidden phone window's own, narrower bridge (desktop app only; its
 * preload is electron/phone-preload.ts). It is not a second way into the
 * desk: it reads the adviser's SIP credentials and session, reports the
 * phone's state and answers the commands the workspace sent through main.
 */
export interface PhoneHostBridge {
  /** GET /v1/phone/credentials through main, which adds the session token. */
  credentials(): Promise<ApiResponse>;
  sessionState(): Promise<SessionState>;
  publish(state: PhoneState): void;
  reply(id: number, result: CommandResult): void;
  onRequest(listener: (request: PhoneHostRequest) => void): () => void;
  onSession(listener: (state: SessionState) => void): () => void;
}

/** A workspace command on its way to the phone window, numbered for its reply. */
export interface PhoneHostRequest {
  id: number;
  command: PhoneCommand;
}

export const PHONE_HOST_CHANNELS = {
  credentials: 'phone-host:credentials',
  sessionState: 'phone-host:session-state',
  publish: 'phone-host:publish',
  reply: 'phone-host:reply',
  request: 'phone-host:request',
  session: 'phone-host:session',
} as const;
