// What a chat is called on screen: the consumer's name when the case knows
// it, otherwise the time the chat came in ("Chatt 10:02"), which stays the
// same however the other chats come and go.
import type { TFunction } from 'i18next';
import type { CaseView, Interaction } from '../../lib/bridge-types';
import { formatTime } from '../../lib/format';

export function chatTitle(t: TFunction, language: string, interaction: Pick<Interaction, 'arrivedAt'>, kase: Pick<CaseView, 'consumer'> | null): string {
  const name = kase?.consumer?.name?.trim();
  return name ? name : t('chat.titleAt', { time: formatTime(interaction.arrivedAt, language) });
}
