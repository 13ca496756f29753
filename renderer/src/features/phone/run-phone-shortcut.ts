// Carries out a phone shortcut from the global key handler: a command for
// the softphone, or the keypad or transfer dialog. Nothing to act on is said
// out loud rather than ignored.
import i18next from 'i18next';
import { useUiStore } from '../../app/ui-store';
import { phoneCommand } from './phone-actions';
import { phoneShortcut, type PhoneShortcut } from './phone-shortcuts';
import { usePhoneStore } from './phone-store';
import { refusalText } from './refusal-text';

export function runPhoneShortcut(action: PhoneShortcut): void {
  const ui = useUiStore.getState();
  const outcome = phoneShortcut(action, usePhoneStore.getState().state);
  switch (outcome.kind) {
    case 'nothing':
      ui.announce(i18next.t('phone.noCall'));
      return;
    case 'dialog':
      ui.openDialog(outcome.dialog === 'keypad' ? { kind: 'phoneKeypad', callId: outcome.callId } : { kind: 'phoneTransfer', callId: outcome.callId });
      return;
    case 'command':
      void phoneCommand(outcome.command).then((result) => {
        const refusal = refusalText(result);
        if (refusal) useUiStore.getState().announce(refusal);
      });
  }
}
