// On a partner's contact card, while a call is in hand: transfer the call to
// the partner's number, with the transfer dialog prefilled (warm by default:
// advisers introduce the consumer before handing over).
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { normaliseTarget } from './dial-target';
import { focusCall } from './hid-mapping';
import { usePhoneState } from './phone-hooks';

export function TransferToPartnerButton({ phone, name }: { phone: string; name: string }) {
  const { t } = useTranslation();
  const state = usePhoneState();
  const openDialog = useUiStore((s) => s.openDialog);
  const call = focusCall(state);
  const number = normaliseTarget(phone);
  if (!call || !number || (call.status !== 'active' && call.status !== 'held') || state.transfer) return null;
  return (
    <button type="button" onClick={() => openDialog({ kind: 'phoneTransfer', callId: call.id, number })} aria-haspopup="dialog" aria-label={`${t('phone.transferToPartner')}: ${name}`}>
      {t('phone.transferToPartner')}
    </button>
  );
}
