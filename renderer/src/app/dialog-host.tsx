// Renders the one open dialog. Each dialog mounts only while open, so its
// form state starts fresh and focus returns when it unmounts.
import { CloseCaseDialog } from '../features/case/close-case-dialog';
import { NewCaseDialog } from '../features/case/new-case-dialog';
import { ReferralDialog } from '../features/case/referral-dialog';
import { ConflictsDialog } from '../features/sync/conflicts-dialog';
import { TransferDialog } from '../features/inbox/transfer-dialog';
import { CannedManageDialog } from '../features/chat/canned-manage-dialog';
import { CannedPickerDialog } from '../features/chat/canned-picker-dialog';
import { EndChatDialog } from '../features/chat/end-chat-dialog';
import { AdviserDialog } from '../features/wallboard/adviser-dialog';
import { AudioSettingsDialog } from '../features/phone/audio-settings-dialog';
import { KeypadDialog } from '../features/phone/keypad-dialog';
import { PhoneTransferDialog } from '../features/phone/phone-transfer-dialog';
import { HelpDialog } from './help-dialog';
import { useUiStore } from './ui-store';

export function DialogHost() {
  const dialog = useUiStore((s) => s.dialog);
  const close = useUiStore((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'help':
      return <HelpDialog onClose={close} />;
    case 'newCase':
      return <NewCaseDialog onClose={close} />;
    case 'conflicts':
      return <ConflictsDialog onClose={close} />;
    case 'closeCase':
      return <CloseCaseDialog caseId={dialog.caseId} onClose={close} />;
    case 'referral':
      return <ReferralDialog request={dialog} onClose={close} />;
    case 'transfer':
      return <TransferDialog interactionId={dialog.interactionId} onClose={close} />;
    case 'adviser':
      return <AdviserDialog userId={dialog.userId} onClose={close} />;
    case 'cannedPicker':
      return <CannedPickerDialog chatId={dialog.chatId} onClose={close} />;
    case 'cannedManage':
      return <CannedManageDialog onClose={close} />;
    case 'endChat':
      return <EndChatDialog interactionId={dialog.interactionId} onClose={close} />;
    case 'phoneKeypad':
      return <KeypadDialog callId={dialog.callId} onClose={close} />;
    case 'phoneTransfer':
      return <PhoneTransferDialog callId={dialog.callId} number={dialog.number ?? ''} partner={dialog.partner ?? null} onClose={close} />;
    case 'phoneAudio':
      return <AudioSettingsDialog onClose={close} />;
  }
}
