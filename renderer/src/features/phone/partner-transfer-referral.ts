// A call handed over to a partner is a referral to them, which the service
// counts (partners' statistics, the case's history). When a transfer started
// from a partner's contact card completes, the referral dialog opens for the
// case, with the partner and "transferred" filled in: the adviser adds why
// and saves, or closes it if the handover was not one. A transfer that does
// not go through offers nothing.
import { useEffect } from 'react';
import { useUiStore } from '../../app/ui-store';
import type { PhoneState } from './call-types';
import { usePhoneStore } from './phone-store';

export interface PartnerTransfer {
  /** The consumer's call being transferred. */
  callId: string;
  partnerId: string;
  caseId: string;
}

let pending: PartnerTransfer | null = null;

export function rememberPartnerTransfer(transfer: PartnerTransfer): void {
  pending = transfer;
}

/**
 * What to do when the phone goes from `prev` to `next`: offer the referral
 * once the remembered call has been handed over; forget it when that call
 * ends otherwise, or when its transfer ends with the call still here
 * (cancelled, or refused: a later transfer of the call is another matter).
 */
export function referralAfter(transfer: PartnerTransfer | null, prev: PhoneState, next: PhoneState): 'offer' | 'forget' | 'wait' {
  if (!transfer) return 'wait';
  const ended = next.lastEnded;
  if (ended && ended.id === transfer.callId && prev.lastEnded !== ended) return ended.endCause === 'transferred' ? 'offer' : 'forget';
  const stillHere = next.calls.some((c) => c.id === transfer.callId);
  if (prev.transfer?.callId === transfer.callId && next.transfer?.callId !== transfer.callId && stillHere) return 'forget';
  return 'wait';
}

export function usePartnerTransferReferral(): void {
  useEffect(
    // Every change of the phone, not each render: the consumer's call may end between two renders.
    () =>
      usePhoneStore.subscribe((store, prevStore) => {
        const transfer = pending;
        const step = referralAfter(transfer, prevStore.state, store.state);
        if (step === 'wait' || !transfer) return;
        pending = null;
        if (step === 'offer') useUiStore.getState().openDialog({ kind: 'referral', caseId: transfer.caseId, partnerId: transfer.partnerId, method: 'transferred' });
      }),
    [],
  );
}
