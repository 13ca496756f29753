// On a partner's contact card, while a call is in hand: transfer the call to
// the partner's number, with the transfer dialog prefilled (warm by default:
// advisers introduce the consumer before handing over). Once handed over, the
// referral to the partner is offered for the call's case: its contact's, or
// for a call with no contact, the case open beside it.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useLiveWork } from '../live/live-hooks';
import { normaliseTarget } from './dial-target';
import { focusCall } from './hid-mapping';
import { usePhoneState } from './phone-hooks';

export function TransferToPartnerButton({ phone, name, partnerId }: { phone: string; name: string; partnerId: string }) {
  const { t } = useTranslation();
  const state = usePhoneState();
  const openDialog = useUiStore((s) => s.openDialog);
  const openCaseId = useUiStore((s) => s.selectedCaseId);
  const work = useLiveWork();
  const call = focusCall(state);
  const contactCaseId = call?.interactionId ? (work?.interactions.find((i) => i.id === call.interactionId)?.caseId ?? null) : null;
  const caseId = call?.interactionId ? contactCaseId : openCaseId;
  const number = normaliseTarget(phone);
  if (!call || !number || (call.status !== 'active' && call.status !== 'held') || state.transfer) return null;
  return (
    <button type="button" onClick={() => openDialog({ kind: 'phoneTransfer', callId: call.id, number, partner: caseId ? { partnerId, caseId } : undefined })} aria-haspopup="dialog" aria-label={`${t('phone.transferToPartner')}: ${name}`}>
      {t('phone.transferToPartner')}
    </button>
  );
}
