// The SIP credentials the backend issues to the signed-in adviser
// (GET /v1/phone/credentials), typed by the contract. They are read through
// the bridge (main adds the session token), which also serves the desktop
// app's phone window, and checked on arrival: a softphone must not start on
// half an answer.
import type { components } from '../../../../api-client/src/index';
import { desk } from '../../lib/desk';

export type PhoneCredentials = components['schemas']['PhoneCredentials'];

export type CredentialsAnswer = { kind: 'ok'; credentials: PhoneCredentials } | { kind: 'not_configured' } | { kind: 'error'; message: string };

function isCredentials(value: unknown): value is PhoneCredentials {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['wsUrl', 'domain', 'uri', 'authorizationUsername', 'password', 'expiresAt', 'displayName'].every((key) => typeof v[key] === 'string');
}

/** Reads the credentials through the bridge (main adds the session token). */
export async function fetchPhoneCredentials(): Promise<CredentialsAnswer> {
  let response;
  try {
    response = await desk().api({ method: 'GET', path: '/v1/phone/credentials' });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  return credentialsAnswer(response.status, response.body);
}

/** The answer's meaning, apart from the transport (tested). */
export function credentialsAnswer(status: number, body: unknown): CredentialsAnswer {
  // A backend without the phone API at all (404) has no telephony either; retrying would only add load.
  if (status === 404) return { kind: 'not_configured' };
  if (status === 503 && typeof body === 'object' && body !== null && (body as { code?: unknown }).code === 'phone_not_configured') return { kind: 'not_configured' };
  if (status === 200 && isCredentials(body)) return { kind: 'ok', credentials: body };
  return { kind: 'error', message: `GET /v1/phone/credentials answered ${status}` };
}
