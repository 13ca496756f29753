// Wallboard texts built from data and the UI language: times on the
// Stockholm clock (with seconds where freshness matters), thresholds in
// words, and names of queues, channels, states and reasons.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Presence, QueueStats } from '../../lib/bridge-types';
import { formatDuration, thresholdParts } from './duration';
import { queueNameOf } from './queue-order';
import type { NotReadyReason, QueueInfo } from './types';

const ZONE = 'Europe/Stockholm';
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

/** "10:32:05" (or "10:32" without seconds) on the Stockholm clock. */
export function clockTime(at: string | number, language: string, seconds = true): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  return new Intl.DateTimeFormat(locale(language), { timeZone: ZONE, hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}) }).format(date);
}

export function useBoardFormat(queueInfo?: ReadonlyMap<string, QueueInfo>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const channel = (c: Channel) => t(`channel.${c}`);
    return {
      language,
      duration: formatDuration,
      clock: (at: string | number, seconds = true) => clockTime(at, language, seconds),
      threshold: (secs: number) => {
        const { value, unit } = thresholdParts(secs);
        if (unit === 'days') return t('wallboard.unitDays', { count: value });
        if (unit === 'hours') return t('wallboard.unitHours', { count: value });
        if (unit === 'minutes') return t('wallboard.unitMinutes', { count: value });
        return t('wallboard.unitSeconds', { count: value });
      },
      channel,
      /** A channel's short name, for the compact chips in the advisers table. */
      channelShort: (c: Channel) => t(`wallboard.channelShort_${c}`),
      queueName: (q: Pick<QueueStats, 'queueId' | 'channel' | 'language'>) =>
        queueNameOf(queueInfo?.get(q.queueId), language) ?? `${channel(q.channel)} (${t(`language.${q.language}`).toLowerCase()})`,
      state: (s: Presence['state']) => t(`wallboard.state_${s}`),
      reason: (r: NotReadyReason) => t(`wallboard.reason_${r}`),
    };
  }, [t, language, queueInfo]);
}

export type BoardFormat = ReturnType<typeof useBoardFormat>;
