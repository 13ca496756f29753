// Sessions minted straight into the database, for tests that need many
// (logging in runs scrypt each time).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Deps } from '../../backend/src/deps.js';
import { hashToken } from '../../backend/src/auth/service.js';
import { HOUR } from '../../backend/src/shared/clock.js';

export async function mintSession(deps: Deps, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  await deps.db.kysely
    .insertInto('sessions')
    .values({
      id: randomUUID(),
      user_id: userId,
      token_hash: hashToken(token),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + HOUR).toISOString(),
      revoked_at: null,
      ip: '127.0.0.1',
      user_agent: 'test',
    })
    .execute();
  return token;
}
