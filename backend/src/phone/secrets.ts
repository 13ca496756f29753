// Everything derived from SIP_SECRET, computed the same way the reference SIP
// platform (deploy/kamailio/kamailio.cfg) computes it with crypto_hmac_sha256:
// HMAC-SHA256, base64url without padding.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const hmac = (secret: string, text: string): string => createHmac('sha256', secret).update(text).digest('base64url');

/**
 * The platform's bearer token for the backend's /v1/phone/platform routes.
 * A fixed label keeps it apart from every SIP password (those sign
 * "<expiry>:<sipUser>", which never equals the label).
 */
export const platformToken = (secret: string): string => hmac(secret, 'halla-sip-platform');

export function isPlatformToken(secret: string, candidate: string): boolean {
  const want = Buffer.from(platformToken(secret));
  const got = Buffer.from(candidate);
  return got.length === want.length && timingSafeEqual(got, want);
}

/**
 * Ephemeral SIP credentials: the authorization username carries its own
 * expiry, and the password is its signature, so the platform checks them
 * with the shared secret alone (no user database to keep in step).
 */
export function sipCredential(secret: string, sipUser: string, expiresAt: Date): { authorizationUsername: string; password: string } {
  const authorizationUsername = `${Math.floor(expiresAt.getTime() / 1000)}:${sipUser}`;
  return { authorizationUsername, password: hmac(secret, authorizationUsername) };
}
