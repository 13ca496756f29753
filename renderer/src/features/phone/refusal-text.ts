// A refused phone command in words, for the status line and screen readers.
import i18next from 'i18next';
import type { CommandResult } from './call-types';

export function refusalText(result: CommandResult): string | null {
  if (result.ok) return null;
  return i18next.t('phone.refused', { reason: i18next.t(`phone.refused_${result.code}`) });
}
