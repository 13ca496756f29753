// A chat's secret: the consumer's page holds it and nothing else identifies
// the consumer. Only its hash is stored, like session tokens.
import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/service.js';

export const newChatToken = () => randomBytes(24).toString('base64url');
export const hashChatToken = hashToken;
/** The shape a token has; anything else is refused before the database is asked. */
export const looksLikeChatToken = (t: unknown): t is string => typeof t === 'string' && /^[A-Za-z0-9_-]{32}$/.test(t);
