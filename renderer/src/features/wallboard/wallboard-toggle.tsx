// The top bar's switch between the workspace and the wallboard, for those
// who may see it. A toggle button: its name stays "Wallboard" and
// aria-pressed says whether it is showing.
import { useTranslation } from 'react-i18next';
import { toggleWallboard, useMainView } from './view-actions';
import { useWallboardAccess } from './wallboard-hooks';

export function WallboardToggle() {
  const { t } = useTranslation();
  const { see } = useWallboardAccess();
  const view = useMainView();
  if (!see) return null;
  return (
    <button type="button" className="wallboard-toggle" aria-pressed={view === 'wallboard'} aria-keyshortcuts="Alt+W" title="Alt+W" onClick={toggleWallboard}>
      <span aria-hidden="true" className="wallboard-toggle-icon">
        ▦
      </span>
      {t('wallboard.toggle')}
    </button>
  );
}
