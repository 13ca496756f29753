// The line a lead reads first from across the room: how many wait in all,
// the longest wait anywhere, and how many advisers are ready, busy or away.
import { useTranslation } from 'react-i18next';
import type { Presence, QueueStats } from '../../lib/bridge-types';
import { countByState } from './adviser-view';
import type { BoardFormat } from './board-format';

export function BoardSummary({ queues, advisers, format }: { queues: QueueStats[]; advisers: Presence[]; format: BoardFormat }) {
  const { t } = useTranslation();
  const waiting = queues.reduce((n, q) => n + q.waiting, 0);
  const longest = queues.reduce((m, q) => Math.max(m, q.waiting > 0 ? q.longestWaitSeconds : 0), 0);
  const overThreshold = queues.some((q) => q.waiting > 0 && q.longestWaitSeconds > q.slaSeconds);
  const counts = countByState(advisers);
  const items: Array<{ id: string; label: string; value: string; tone?: string }> = [
    { id: 'waiting', label: t('wallboard.totalWaiting'), value: String(waiting), tone: waiting > 0 ? 'wb-tone-attention' : undefined },
    { id: 'longest', label: t('wallboard.longestWait'), value: format.duration(longest), tone: overThreshold ? 'wb-tone-alarm' : undefined },
    { id: 'ready', label: t('wallboard.readyAdvisers'), value: String(counts.ready), tone: 'wb-tone-ready' },
    { id: 'busy', label: t('wallboard.busyAdvisers'), value: String(counts.busy + counts.wrap_up), tone: 'wb-tone-busy' },
    { id: 'away', label: t('wallboard.awayAdvisers'), value: String(counts.not_ready), tone: 'wb-tone-away' },
  ];
  return (
    <section className="wb-summary" aria-labelledby="wb-summary-title">
      <h2 id="wb-summary-title" className="visually-hidden">
        {t('wallboard.summary')}
      </h2>
      <dl className="wb-summary-list">
        {items.map((item) => (
          <div key={item.id} className={item.tone ? `wb-summary-item ${item.tone}` : 'wb-summary-item'}>
            <dt>{item.label}</dt>
            <dd className="wb-figure">
              {item.id === 'longest' && overThreshold && (
                <span className="wb-alarm-icon" aria-hidden="true">
                  ⚠
                </span>
              )}
              {item.value}
              {item.id === 'longest' && overThreshold && <span className="visually-hidden"> ({t('wallboard.overThreshold')})</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
