// Every queue in one table, most urgent first: what waits now and for how
// long (large), today's service level against its target (with an icon and
// words when below), answered and abandoned today, what is in progress, the
// estimated wait with its band, and how many advisers are staffed and free.
// A table reads row by row on a wall and cell by cell with a screen reader.
import { useTranslation } from 'react-i18next';
import type { QueueStats } from '../../lib/bridge-types';
import type { BoardFormat } from './board-format';
import { hasActivity, orderQueues } from './queue-order';
import { displayPercent, serviceLevelState } from './service-level';
import { ServiceLevelBadge } from './service-level-badge';
import type { QueueInfo } from './types';

interface Props {
  queues: QueueStats[];
  info: ReadonlyMap<string, QueueInfo>;
  format: BoardFormat;
  /** Wall mode: only the queues with activity today. */
  wall: boolean;
}

export function QueueTable({ queues, info, format, wall }: Props) {
  const { t } = useTranslation();
  const ordered = orderQueues(queues, info);
  const shown = wall ? ordered.filter(hasActivity) : ordered;
  const quiet = ordered.length - shown.length;
  return (
    <section className="wb-queues" aria-labelledby="wb-queues-title">
      <h2 id="wb-queues-title">{t('wallboard.queues')}</h2>
      {queues.length === 0 ? (
        <p className="muted">{t('wallboard.noQueues')}</p>
      ) : (
        <table className="queue-table" aria-labelledby="wb-queues-title">
          <thead>
            <tr>
              <th scope="col">{t('wallboard.colQueue')}</th>
              <th scope="col" className="num">{t('wallboard.waiting')}</th>
              <th scope="col" className="num">{t('wallboard.longest')}</th>
              <th scope="col">{t('wallboard.serviceLevel')}</th>
              <th scope="col">{t('wallboard.colTarget')}</th>
              <th scope="col" className="num">{t('wallboard.answeredToday')}</th>
              <th scope="col" className="num">{t('wallboard.abandonedToday')}</th>
              <th scope="col" className="num">{t('wallboard.active')}</th>
              <th scope="col">{t('wallboard.estimatedWait')}</th>
              <th scope="col" className="num">{t('wallboard.staffing')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((q) => (
              <QueueRow key={q.queueId} queue={q} format={format} />
            ))}
          </tbody>
        </table>
      )}
      {quiet > 0 && <p className="hint">{t('wallboard.quietHidden', { count: quiet })}</p>}
    </section>
  );
}

function QueueRow({ queue, format }: { queue: QueueStats; format: BoardFormat }) {
  const { t } = useTranslation();
  const state = serviceLevelState(queue.serviceLevelToday, queue.slaTargetPercent);
  const overThreshold = queue.waiting > 0 && queue.longestWaitSeconds > queue.slaSeconds;
  const longest = format.duration(queue.waiting > 0 ? queue.longestWaitSeconds : 0);
  const estimate = queue.estimatedWait;
  const classes = ['queue-row', `queue-sl-${state}`, queue.open ? '' : 'queue-row-closed', queue.waiting > 0 ? 'queue-row-waiting' : ''].filter(Boolean).join(' ');
  return (
    <tr className={classes}>
      <th scope="row">
        <span className="queue-name">{format.queueName(queue)}</span>
        {!queue.open && <span className="badge badge-closed">{t('wallboard.closed')}</span>}
      </th>
      <td className="num queue-big">
        <span className={queue.waiting === 0 ? 'wb-figure queue-waiting is-zero' : 'wb-figure queue-waiting'}>{queue.waiting}</span>
        {queue.offered > 0 && <span className="queue-sub">{t('wallboard.ringing', { count: queue.offered })}</span>}
      </td>
      <td className={overThreshold ? 'num queue-big wb-tone-alarm' : 'num queue-big'}>
        <span className={['wb-figure', longest.length > 5 ? 'wb-figure-long' : '', queue.waiting === 0 ? 'is-zero' : ''].filter(Boolean).join(' ')}>
          {overThreshold && (
            <span className="wb-alarm-icon" aria-hidden="true">
              ⚠
            </span>
          )}
          {longest}
        </span>
        {overThreshold && <span className="queue-sub">{t('wallboard.overThreshold')}</span>}
      </td>
      <td className="queue-sl">
        <span className="queue-sl-value">{queue.serviceLevelToday === null ? '–' : t('wallboard.percent', { value: displayPercent(queue.serviceLevelToday) })}</span>
        <ServiceLevelBadge state={state} />
      </td>
      <td className="queue-sl-target">{t('wallboard.target', { target: queue.slaTargetPercent, threshold: format.threshold(queue.slaSeconds) })}</td>
      <td className="num">{queue.answeredToday}</td>
      <td className="num">{queue.abandonedToday}</td>
      <td className="num">{queue.active}</td>
      <td className="queue-estimate-cell">
        {estimate ? (
          <>
            <span className="queue-estimate">≈ {format.duration(estimate.seconds)}</span>{' '}
            <span className="queue-band">({t('wallboard.estimateBand', { low: format.duration(estimate.low), high: format.duration(estimate.high) })})</span>
          </>
        ) : (
          <>
            <span aria-hidden="true" className="muted">
              –
            </span>
            <span className="visually-hidden">{t('wallboard.noEstimate')}</span>
          </>
        )}
      </td>
      <td className="num">{t('wallboard.staffingValue', { staffed: queue.staffed, available: queue.available })}</td>
    </tr>
  );
}
