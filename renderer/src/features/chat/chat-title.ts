// What a chat is called on screen: the consumer's name — from the case, or
// the one they gave when starting the chat — otherwise the time the chat came
// in ("Chatt 10:02"), which stays the same however the other chats come and go.
import type { TFunction } from 'i18next';
import type { CaseView, Interaction } from '../../lib/bridge-types';
import { formatTime } from '../../lib/format';

export function chatTitle(
  t: TFunction,
  language: string,
  interaction: Pick<Interaction, 'arrivedAt'>,
  kase: Pick<CaseView, 'consumer'> | null,
  givenName: string | null = null,
): string {
  const name = kase?.consumer?.name?.trim() || givenName?.trim();
  return name ? name : t('chat.titleAt', { time: formatTime(interaction.arrivedAt, language) });
}
