// Whether the figures are live. Connected: a "Live" badge and when the
// queue figures last changed. Down: said in words in a status region, with
// the time the figures are from, since a wall nobody touches must not show
// old numbers as if they were current.
import { useTranslation } from 'react-i18next';
import type { BoardFormat } from './board-format';

export function LiveStatus({ connected, at, format }: { connected: boolean; at: string | null; format: BoardFormat }) {
  const { t } = useTranslation();
  return (
    <div className="wb-live">
      {/* Only the connection state is a live region: the time below changes every second. */}
      <div role="status" aria-label={t('wallboard.liveRegion')} className={connected ? 'wb-live-state' : 'wb-live-state wb-live-down'}>
        <span className={connected ? 'badge badge-online' : 'badge badge-offline'}>
          <span aria-hidden="true">{connected ? '●' : '⚠'}</span>
          {connected ? t('wallboard.live') : t('wallboard.liveDown')}
        </span>
        {!connected && <span className="wb-live-detail">{at ? t('wallboard.liveDownFigures', { time: format.clock(at) }) : t('wallboard.liveDownNoFigures')}</span>}
      </div>
      {connected && <span className="wb-live-since">{at ? t('wallboard.liveSince', { time: format.clock(at) }) : t('wallboard.liveWaiting')}</span>}
    </div>
  );
}
