import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/modal-dialog';
import { SHORTCUTS } from '../lib/shortcuts';
import { useWallboardAccess } from '../features/wallboard/wallboard-hooks';

export function HelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const wallboard = useWallboardAccess().see;
  const rows = [...SHORTCUTS.filter((s) => wallboard || !s.wallboard).map((s) => ({ id: s.action, keys: s.keys, label: t(`help.${s.action}`) })), { id: 'esc', keys: ['Esc'], label: t('help.closeDialog') }];
  return (
    <ModalDialog title={t('help.title')} onClose={onClose}>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('help.action')}</th>
            <th scope="col">{t('help.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.label}</td>
              <td>
                {row.keys.map((key, i) => (
                  <Fragment key={key}>
                    {i > 0 && ` ${t('help.or')} `}
                    <kbd>{key}</kbd>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
