// The wallboard's overdue callbacks: those waiting past the callback queue's
// service level since their window opened, or whose window closes soon — for
// the team lead to put someone on the callback queue. Nothing is shown while
// none are overdue; the list carries no consumer data.
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/format';
import { liveErrorText } from '../live/live-errors';
import type { QueueInfo } from '../wallboard/types';
import { formatWindow } from './callback-format';
import { useOverdueCallbacks } from './callback-hooks';

interface Props {
  enabled: boolean;
  info: ReadonlyMap<string, QueueInfo>;
}

export function OverdueCallbacks({ enabled, info }: Props) {
  const { t, i18n } = useTranslation();
  const overdue = useOverdueCallbacks(enabled);
  const lang = i18n.language;
  if (overdue.isError) {
    return (
      <section className="wb-callbacks" aria-labelledby="wb-callbacks-title">
        <h2 id="wb-callbacks-title">{t('callback.overdueTitle')}</h2>
        <p className="form-error" role="alert">
          {t('callback.overdueFailed', { message: liveErrorText(overdue.error) })}
        </p>
      </section>
    );
  }
  const items = overdue.data?.items ?? [];
  if (items.length === 0) return null;
  const queueName = (id: string) => {
    const q = info.get(id);
    return q ? (lang === 'en' ? q.nameEn : q.nameSv) : id;
  };
  return (
    <section className="wb-callbacks" aria-labelledby="wb-callbacks-title">
      <h2 id="wb-callbacks-title">
        <span className="wb-alarm-icon" aria-hidden="true">
          ▲
        </span>
        {t('callback.overdueTitle')} ({items.length})
      </h2>
      <table className="queue-table">
        <caption className="visually-hidden">{t('callback.overdueCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('callback.colReference')}</th>
            <th scope="col">{t('callback.colQueue')}</th>
            <th scope="col">{t('callback.colWindow')}</th>
            <th scope="col">{t('callback.colWaitingSince')}</th>
            <th scope="col" className="num">{t('callback.colAttempts')}</th>
            <th scope="col">{t('callback.colWhy')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.interactionId} className="wb-callback-overdue">
              <th scope="row">{item.reference}</th>
              <td>{queueName(item.queueId)}</td>
              <td>{formatWindow(item.windowStart, item.windowEnd, lang)}</td>
              <td className="tabular">{formatTime(item.waitingSince, lang)}</td>
              <td className="num">{item.attempts}</td>
              <td>{item.reasons.map((r) => t(r === 'late' ? 'callback.reasonLate' : 'callback.reasonClosing')).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
