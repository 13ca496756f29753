// What the credentials endpoint's answers mean to the softphone.
import { describe, expect, it } from 'vitest';
import { credentialsAnswer } from './credentials';

const good = { wsUrl: 'wss://sip.example/ws', domain: 'sip.example', uri: 'sip:a@sip.example', authorizationUsername: 'a', password: 'p', expiresAt: '2026-11-30T11:00:00Z', displayName: 'Ada' };

describe('credentialsAnswer', () => {
  it('takes complete credentials', () => {
    expect(credentialsAnswer(200, good)).toEqual({ kind: 'ok', credentials: good });
  });
  it('reads 503 phone_not_configured as a service without a phone', () => {
    expect(credentialsAnswer(503, { type: 'about:blank', title: 'No phone', status: 503, code: 'phone_not_configured' })).toEqual({ kind: 'not_configured' });
    // A backend from before the phone API: no telephony, and no retrying.
    expect(credentialsAnswer(404, { code: 'not_found' })).toEqual({ kind: 'not_configured' });
  });
  it('treats anything else as an error to retry, never as credentials', () => {
    expect(credentialsAnswer(503, { code: 'unavailable' }).kind).toBe('error');
    expect(credentialsAnswer(401, { code: 'unauthorized' }).kind).toBe('error');
    expect(credentialsAnswer(200, { ...good, password: undefined }).kind).toBe('error');
    expect(credentialsAnswer(200, null).kind).toBe('error');
  });
});
