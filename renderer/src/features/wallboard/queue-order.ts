// Queues in the order a team lead reads them: most urgent first (the queue's
// priority, 1 = phone), Swedish before English, then by id so the order never
// jumps between updates.
import type { QueueStats } from '../../lib/bridge-types';
import type { QueueInfo } from './types';

const LANGUAGE_ORDER = ['sv', 'en'];

export function orderQueues(queues: readonly QueueStats[], info: ReadonlyMap<string, Pick<QueueInfo, 'priority'>>): QueueStats[] {
  const priority = (q: QueueStats) => info.get(q.queueId)?.priority ?? 10;
  return [...queues].sort(
    (a, b) => priority(a) - priority(b) || LANGUAGE_ORDER.indexOf(a.language) - LANGUAGE_ORDER.indexOf(b.language) || a.queueId.localeCompare(b.queueId),
  );
}

/** The queue's name in the UI language, or null when the queue list has not arrived (the caller builds one from channel and language). */
export function queueNameOf(info: Pick<QueueInfo, 'nameSv' | 'nameEn'> | undefined, uiLanguage: string): string | null {
  if (!info) return null;
  return uiLanguage === 'en' ? info.nameEn : info.nameSv;
}

/**
 * Whether a queue has anything to show today: someone waiting, in progress,
 * answered, abandoned, or advisers staffing it. Wall mode leaves out the
 * rest (they are counted instead), so a wall screen shows the live queues.
 */
export function hasActivity(q: QueueStats): boolean {
  return q.waiting > 0 || q.active > 0 || q.answeredToday > 0 || q.abandonedToday > 0 || q.staffed > 0;
}
