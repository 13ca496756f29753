// The way in to the canned responses for those who keep them (team leads
// and supervisors), whether or not they have a chat in hand.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useMayKeepCanned } from './canned-hooks';

export function CannedManageButton() {
  const { t } = useTranslation();
  const mayKeep = useMayKeepCanned();
  const openDialog = useUiStore((s) => s.openDialog);
  if (!mayKeep) return null;
  return (
    <button type="button" onClick={() => openDialog({ kind: 'cannedManage' })}>
      {t('chat.manage.open')}
    </button>
  );
}
