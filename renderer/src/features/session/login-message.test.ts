import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en';
import { sv } from '../../lib/i18n/sv';
import { loginErrorText } from './login-message';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } });
});

describe('loginErrorText', () => {
  it('says the credentials were wrong', () => {
    expect(loginErrorText(i18n.t, { ok: false, code: 'login_failed', message: 'x' })).toBe('Fel användarnamn eller lösenord.');
  });

  it('gives the lockout wait in whole minutes, rounded up, with the right plural', () => {
    expect(loginErrorText(i18n.t, { ok: false, code: 'login_locked', message: 'x', retryAfterSeconds: 30 })).toContain('om 1 minut.');
    expect(loginErrorText(i18n.t, { ok: false, code: 'login_locked', message: 'x', retryAfterSeconds: 61 })).toContain('om 2 minuter.');
  });

  it('does not invent a wait time when the server gave none', () => {
    const text = loginErrorText(i18n.t, { ok: false, code: 'login_locked', message: 'x' });
    expect(text).toContain('om en stund');
    expect(text).not.toMatch(/\d/);
  });

  it('tells offline apart from wrong credentials', () => {
    expect(loginErrorText(i18n.t, { ok: false, code: 'offline', message: 'x' })).toBe('Servern går inte att nå. Kontrollera nätverket och försök igen.');
  });

  it('speaks English when the UI does', async () => {
    const english = i18n.cloneInstance({ lng: 'en' });
    await english.changeLanguage('en');
    expect(loginErrorText(english.t, { ok: false, code: 'login_locked', message: 'x', retryAfterSeconds: 300 })).toContain('in 5 minutes.');
  });
});
