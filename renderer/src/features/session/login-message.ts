// The login screen's error line for each refusal the bridge can give.
import type { TFunction } from 'i18next';
import type { LoginOutcome } from '../../lib/bridge-types';

type Refusal = Extract<LoginOutcome, { ok: false }>;

export function loginErrorText(t: TFunction, refusal: Refusal): string {
  switch (refusal.code) {
    case 'login_failed':
      return t('login.errorLoginFailed');
    case 'login_locked':
      return refusal.retryAfterSeconds && refusal.retryAfterSeconds > 0
        ? t('login.errorLocked', { count: Math.ceil(refusal.retryAfterSeconds / 60) })
        : t('login.errorLockedUnknown');
    case 'offline':
      return t('login.errorOffline');
    case 'validation_failed':
      return t('login.errorValidation');
  }
}
