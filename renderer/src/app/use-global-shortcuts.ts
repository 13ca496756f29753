// Turns key presses anywhere in the workspace into actions (see lib/shortcuts.ts).
// While a dialog is open only the dialog's own keys work (Escape closes it).
import i18next from 'i18next';
import { useEffect } from 'react';
import { matchShortcut, type ShortcutAction } from '../lib/shortcuts';
import { toggleWallboard, toggleWallMode } from '../features/wallboard/view-actions';
import { useUiStore } from './ui-store';
import { useLiveCommands } from '../features/live/live-commands';
import { useLiveStore } from '../features/live/live-store';
import { runPhoneShortcut } from '../features/phone/run-phone-shortcut';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
}

function run(action: ShortcutAction): void {
  const ui = useUiStore.getState();
  switch (action) {
    case 'focusKnowledgeSearch':
      // The search fields live in the workspace panes, hidden behind the wallboard.
      ui.setView('workspace');
      ui.setSideTab('knowledge');
      ui.openArticle(null);
      ui.requestFocus('knowledgeSearch');
      break;
    case 'focusCaseSearch':
      ui.setView('workspace');
      ui.requestFocus('caseSearch');
      break;
    case 'newCase':
      ui.openDialog({ kind: 'newCase' });
      break;
    case 'closeCase':
      if (ui.selectedCaseId) ui.openDialog({ kind: 'closeCase', caseId: ui.selectedCaseId });
      break;
    case 'showHelp':
      ui.openDialog({ kind: 'help' });
      break;
    case 'addNote':
      // Handled by the note box itself.
      break;
    case 'toggleReady':
    case 'acceptOffer':
    case 'declineOffer':
      // Carried out by the presence control and the inbox, which hold the state.
      useLiveCommands.getState().ask(action);
      break;
    case 'focusChat':
    case 'nextChat':
    case 'previousChat':
    case 'cannedResponses': {
      // The chat area carries these out; without a chat in hand nobody would, so say so.
      const chats = Object.keys(useLiveStore.getState().work?.chats ?? {});
      if (chats.length === 0) {
        ui.announce(i18next.t('chat.noChat'));
        break;
      }
      ui.setView('workspace');
      useLiveCommands.getState().ask(action);
      break;
    }
    case 'sendChat':
    case 'chatNewLine':
    case 'cannedInComposer':
      // Handled by the chat composer itself.
      break;
    case 'hangUpCall':
    case 'holdCall':
    case 'muteCall':
    case 'phoneKeypad':
    case 'transferCall':
      runPhoneShortcut(action);
      break;
    case 'toggleWallboard':
      toggleWallboard();
      break;
    case 'toggleWallMode':
      toggleWallMode();
      break;
  }
}

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (useUiStore.getState().dialog) return;
      const action = matchShortcut({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        inTextField: isTextField(event.target),
      });
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
