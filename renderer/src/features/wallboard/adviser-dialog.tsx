// The team lead's controls for one adviser, opened from the advisers table:
// state and reason, then channels and languages. Each part saves on its own
// and confirms in the dialog (and in the page's announcement line).
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useServerNow } from '../live/live-hooks';
import { useAdviser } from './adviser-hooks';
import { secondsInState } from './adviser-view';
import { AdviserState } from './adviser-state';
import { useBoardFormat } from './board-format';
import { PresenceForm } from './presence-form';
import { ProfileForm } from './profile-form';
import { useWallboardAccess } from './wallboard-hooks';

export function AdviserDialog({ userId, onClose }: { userId: string; onClose(): void }) {
  const { t } = useTranslation();
  const presence = useAdviser(userId);
  const format = useBoardFormat();
  const now = useServerNow(1000);
  const { steer } = useWallboardAccess();
  return (
    <ModalDialog title={t('wallboard.dialogTitle', { name: presence?.displayName ?? '' })} onClose={onClose} className="dialog-wide">
      {!presence || !steer ? (
        <p className="muted">{steer ? t('wallboard.noAdvisers') : t('wallboard.adminReadOnly')}</p>
      ) : (
        <>
          <p className="steer-now">
            <span className="steer-now-label">{t('wallboard.nowLabel')}</span> <AdviserState presence={presence} format={format} /> <span className="tabular">{format.duration(secondsInState(presence.since, now))}</span>
          </p>
          <div className="steer-forms">
            <PresenceForm presence={presence} format={format} />
            <ProfileForm presence={presence} format={format} />
          </div>
        </>
      )}
    </ModalDialog>
  );
}
