// Changes the server did not apply, with both versions side by side. The
// adviser decides; nothing is dropped silently.
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useUiStore } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import { formatDateTime } from '../../lib/format';
import type { SyncConflict } from '../../lib/bridge-types';
import { changedFields, describeVersion, type VersionRow } from './describe-version';
import { useConflicts, useResolveConflict } from './sync-queries';

export function ConflictsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const conflicts = useConflicts();
  return (
    <ModalDialog title={t('conflicts.title')} onClose={onClose} className="dialog-wide">
      <p>{t('conflicts.intro')}</p>
      {conflicts.isPending && <p>{t('common.loading')}</p>}
      {conflicts.isError && <p role="alert">{t('common.error', { message: errorMessage(conflicts.error) })}</p>}
      {conflicts.data?.length === 0 && <p className="muted">{t('conflicts.none')}</p>}
      <ul className="conflict-list">
        {conflicts.data?.map((conflict) => <ConflictItem key={conflict.mutationId} conflict={conflict} />)}
      </ul>
    </ModalDialog>
  );
}

function ConflictItem({ conflict }: { conflict: SyncConflict }) {
  const { t, i18n } = useTranslation();
  const resolve = useResolveConflict();
  const announce = useUiStore((s) => s.announce);
  const mine = describeVersion(conflict.mine);
  const theirs = describeVersion(conflict.theirs);
  const differs = changedFields(mine, theirs);
  const headingId = `conflict-${conflict.mutationId}`;
  const keep = (choice: 'mine' | 'theirs') =>
    resolve.mutate({ mutationId: conflict.mutationId, keep: choice }, { onSuccess: () => announce(t('conflicts.resolved')) });

  return (
    <li className="conflict-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {conflict.status === 'conflict' ? t('conflicts.statusConflict') : t('conflicts.statusRejected')} · {conflict.kind}
      </h3>
      <p className="muted small">
        {conflict.message} · {t('conflicts.madeAt', { time: formatDateTime(conflict.createdAt, i18n.language) })}
      </p>
      <div className="versions">
        <VersionTable title={t('conflicts.mine')} rows={mine} differs={differs} />
        {theirs.length > 0 ? <VersionTable title={t('conflicts.theirs')} rows={theirs} differs={differs} /> : <p className="muted">{t('conflicts.noTheirs')}</p>}
      </div>
      {resolve.isError && <p role="alert">{t('common.saveFailed', { message: errorMessage(resolve.error) })}</p>}
      <div className="dialog-buttons">
        {conflict.status === 'conflict' && (
          <button type="button" onClick={() => keep('mine')} disabled={resolve.isPending}>
            {t('conflicts.keepMine')}
          </button>
        )}
        <button type="button" onClick={() => keep('theirs')} disabled={resolve.isPending}>
          {conflict.status === 'conflict' ? t('conflicts.keepTheirs') : t('conflicts.discard')}
        </button>
      </div>
    </li>
  );
}

function VersionTable({ title, rows, differs }: { title: string; rows: VersionRow[]; differs: Set<string> }) {
  return (
    <table className="version-table">
      <caption>{title}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={differs.has(row.field) ? 'differs' : undefined}>
            <th scope="row">{row.field}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
