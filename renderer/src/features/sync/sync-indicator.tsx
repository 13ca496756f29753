// Always visible: online/offline, pending changes, last sync, conflicts.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { formatTime } from '../../lib/format';
import { useSyncNow, useSyncStatus } from './sync-queries';

export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const syncNow = useSyncNow();
  const openDialog = useUiStore((s) => s.openDialog);
  if (!status) return null;
  const connection = status.online ? t('sync.online') : t('sync.offline');
  return (
    <div className="sync-indicator">
      <div role="status" aria-label={t('sync.region')} className="sync-status">
        <span className={status.online ? 'badge badge-online' : 'badge badge-offline'}>
          <span className="dot" aria-hidden="true" />
          {connection}
        </span>
        <span className={status.pending > 0 ? 'sync-pending has-pending' : 'sync-pending'}>{t('sync.pending', { count: status.pending })}</span>
        <span className="sync-last">
          {status.syncing ? t('sync.syncing') : status.lastSyncAt ? t('sync.lastSync', { time: formatTime(status.lastSyncAt, i18n.language) }) : t('sync.neverSynced')}
        </span>
      </div>
      {status.conflicts > 0 && (
        <button type="button" className="badge-button badge-conflict" onClick={() => openDialog({ kind: 'conflicts' })}>
          {t('sync.conflicts', { count: status.conflicts })}
        </button>
      )}
      <button type="button" className="small-button" onClick={() => syncNow.mutate()} disabled={syncNow.isPending || status.syncing}>
        {t('sync.syncNow')}
      </button>
      {status.lastError && !status.online && (
        <span className="sync-error" title={status.lastError}>
          {t('sync.lastError', { message: status.lastError })}
        </span>
      )}
    </div>
  );
}
