// Configuration comes from the environment only, so a server deployment and the
// demo start read the same variables (documented in the README).
import path from 'node:path';

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Minutes a session may be idle before it expires. */
  sessionIdleMinutes: number;
  /** Hours after login when a session expires whatever its use. */
  sessionMaxHours: number;
  /** Days of case activity an adviser's desktop cache receives through the change feed. */
  syncHorizonDays: number;
  bodyLimitBytes: number;
  logLevel: string;
  /** Origins allowed to read the public endpoints from a browser (CORS); ['*'] for any. */
  publicOrigins: string[];
  /** Requests per minute one client may make to the public endpoints. */
  publicRatePerMinute: number;
  /** Chats one client may start per hour (a household may chat twice; a script may not open hundreds). */
  newChatsPerHour: number;
  /**
   * Which proxies in front of the backend to believe about the client's
   * address (X-Forwarded-For): false (none, the default), a number of hops, or
   * their addresses. Behind a load balancer, per-client rate limits need it.
   */
  trustProxy: boolean | number | string[];
  /** SMTP server for the mail the service sends (chat transcripts), e.g. smtp://user:pass@mail.example:587; unset: mail waits in the outbox. */
  smtpUrl: string | undefined;
  /** The sender address of that mail. */
  mailFrom: string;
  /** Attempts to reach a consumer who booked a callback (no answer, busy) before it ends unanswered. */
  callbackMaxAttempts: number;
  /** Minutes after an unanswered attempt before the callback is offered again. */
  callbackRetryMinutes: number;
  /** Callbacks one client may book per hour on the public page. */
  callbacksPerHour: number;
  /** A waiting callback whose window closes within this many minutes shows as overdue to team leads. */
  callbackClosingMinutes: number;
  /**
   * The secret shared with the SIP platform: it signs the softphones' SIP
   * credentials and authorises the platform's calls to the backend. Unset:
   * the phone is not configured (credentials answer 503).
   */
  sipSecret: string | undefined;
  /** The SIP domain (and digest realm) the softphones register in. */
  sipDomain: string;
  /** Where softphones reach the SIP platform (SIP over WebSocket). */
  sipWsUrl: string;
  /** The service numbers callers dial and the queue each one feeds. */
  serviceNumbers: ServiceNumber[];
}

export interface ServiceNumber {
  number: string;
  queueId: string;
}

/** "0771525525=phone-sv,0771525526=phone-en" → [{ number, queueId }, …]. */
export function parseServiceNumbers(raw: string): ServiceNumber[] {
  const out = raw.split(',').map((s) => s.trim()).filter(Boolean).map((pair) => {
    const m = pair.match(/^(\+?\d{3,20})=([a-z0-9-]{1,64})$/);
    if (!m) throw new Error(`SERVICE_NUMBERS: "${pair}" is not <digits>=<queue id>`);
    return { number: m[1]!, queueId: m[2]! };
  });
  if (new Set(out.map((n) => n.number)).size !== out.length) throw new Error('SERVICE_NUMBERS: a number is listed twice');
  return out;
}

function sipSecretOf(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  // It signs every adviser's SIP password: a short one could be guessed offline from one captured credential.
  if (raw.length < 16) throw new Error('SIP_SECRET must be at least 16 characters');
  return raw;
}

function trustProxyOf(raw: string | undefined): boolean | number | string[] {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw.split(',').map((a) => a.trim()).filter(Boolean);
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 8080, 0, 65535),
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 120, 1, 7 * 24 * 60),
    sessionMaxHours: int(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
    syncHorizonDays: int(env, 'SYNC_HORIZON_DAYS', 30, 1, 3650),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 50 * 1024 * 1024),
    logLevel: env.LOG_LEVEL || 'info',
    publicOrigins: (env.PUBLIC_ORIGINS || '*').split(',').map((o) => o.trim()).filter(Boolean),
    publicRatePerMinute: int(env, 'PUBLIC_RATE_PER_MINUTE', 120, 1, 100_000),
    newChatsPerHour: int(env, 'NEW_CHATS_PER_HOUR', 20, 1, 1_000_000),
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Hallå konsument <noreply@hallakonsument.se>',
    sipSecret: sipSecretOf(env.SIP_SECRET),
    sipDomain: env.SIP_DOMAIN || 'localhost',
    sipWsUrl: env.SIP_WS_URL || 'ws://127.0.0.1:8088',
    serviceNumbers: parseServiceNumbers(env.SERVICE_NUMBERS || '0771525525=phone-sv,0771525526=phone-en'),
    callbackMaxAttempts: int(env, 'CALLBACK_MAX_ATTEMPTS', 3, 1, 10),
    callbackRetryMinutes: int(env, 'CALLBACK_RETRY_MINUTES', 15, 1, 24 * 60),
    callbacksPerHour: int(env, 'CALLBACKS_PER_HOUR', 10, 1, 1_000_000),
    callbackClosingMinutes: int(env, 'CALLBACK_CLOSING_MINUTES', 30, 1, 24 * 60),
  };
}
