// The adviser's workspace: top bar, then three panes — work list (nav), case
// view (main) and the knowledge/partner side panel (aside) — plus the one
// open dialog and the global keyboard shortcuts. While the adviser has chats
// in hand, the chat area is a fourth pane between the work list and the case,
// so the conversation and its case are side by side. Team leads can show the
// wallboard in place of the panes; the panes stay mounted (hidden), so the
// open case is still there on the way back.
import { useTranslation } from 'react-i18next';
import { CaseView } from '../features/case/case-view';
import { useHeldChats } from '../features/chat/chat-hooks';
import { ChatPane } from '../features/chat/chat-pane';
import { useChatSender } from '../features/chat/use-chat-sender';
import { usePhoneWorkspace } from '../features/phone/use-phone-workspace';
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
  useChatSender();
  usePhoneWorkspace();
  const chats = useHeldChats();
  const view = useMainView();
  const wall = useWallMode() && view === 'wallboard';
  return (
    <div className="workspace">
      <a className="skip-link" href={view === 'wallboard' ? '#wallboard' : '#case-pane'}>
        {view === 'wallboard' ? t('wallboard.skipTo') : t('app.skipToCase')}
      </a>
      {!wall && <TopBar />}
      {view === 'wallboard' && <Wallboard />}
      <div className={chats.length > 0 ? 'panes panes-with-chat' : 'panes'} hidden={view === 'wallboard'}>
        <nav className="pane pane-worklist" aria-label={t('worklist.label')}>
          <WorkList />
        </nav>
        {chats.length > 0 && <ChatPane chats={chats} />}
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
