// The adviser's workspace: top bar, then three panes — work list (nav), case
// view (main) and the knowledge/partner side panel (aside) — plus the one
// open dialog and the global keyboard shortcuts. Team leads can show the
// wallboard in place of the panes; the panes stay mounted (hidden), so the
// open case is still there on the way back.
import { useTranslation } from 'react-i18next';
import { CaseView } from '../features/case/case-view';
import { WorkList } from '../features/inbox/work-list';
import { useMainView, useWallMode } from '../features/wallboard/view-actions';
import { Wallboard } from '../features/wallboard/wallboard';
import { SidePanel } from './side-panel';
import { DialogHost } from './dialog-host';
import { Announcer } from './announcer';
import { TopBar } from './top-bar';
import { useGlobalShortcuts } from './use-global-shortcuts';

export function Workspace() {
  const { t } = useTranslation();
  useGlobalShortcuts();
  const view = useMainView();
  const wall = useWallMode() && view === 'wallboard';
  return (
    <div className="workspace">
      <a className="skip-link" href={view === 'wallboard' ? '#wallboard' : '#case-pane'}>
        {view === 'wallboard' ? t('wallboard.skipTo') : t('app.skipToCase')}
      </a>
      {!wall && <TopBar />}
      {view === 'wallboard' && <Wallboard />}
      <div className="panes" hidden={view === 'wallboard'}>
        <nav className="pane pane-worklist" aria-label={t('worklist.label')}>
          <WorkList />
        </nav>
        <main className="pane pane-case" id="case-pane" tabIndex={-1} aria-label={t('caseView.label')}>
          <CaseView />
        </main>
        <aside className="pane pane-side" aria-label={t('side.label')}>
          <SidePanel />
        </aside>
      </div>
      <DialogHost />
      <Announcer />
    </div>
  );
}
