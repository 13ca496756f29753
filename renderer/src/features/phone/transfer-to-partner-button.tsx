// On a partner's contact card, while a call is in hand: transfer the call to
// the partner's number, with the transfer dialog prefilled (warm by default:
// advisers introduce the consumer before handing over). Once handed over, the
// referral to the partner is offered for the open case.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { normaliseTarget } from './dial-target';
import { focusCall } from './hid-mapping';
import { usePhoneState } from './phone-hooks';

export function TransferToPartnerButton({ phone, name, partnerId }: { phone: string; name: string; partnerId: string }) {
  const { t } = useTranslation();
  const state = usePhoneState();
  const openDialog = useUiStore((s) => s.openDialog);
  // The case the partner panel is showing cards for: the handover is recorded there as a referral.
  const caseId = useUiStore((s) => s.selectedCaseId);
  const call = focusCall(state);
  const number = normaliseTarget(phone);
  if (!call || !number || (call.status !== 'active' && call.status !== 'held') || state.transfer) return null;
  return (
    <button type="button" onClick={() => openDialog({ kind: 'phoneTransfer', callId: call.id, number, partner: caseId ? { partnerId, caseId } : undefined })} aria-haspopup="dialog" aria-label={`${t('phone.transferToPartner')}: ${name}`}>
      {t('phone.transferToPartner')}
    </button>
  );
}
