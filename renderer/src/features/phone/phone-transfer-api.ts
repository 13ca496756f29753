// Moving a routed call to a queue or a colleague: the backend gives the
// address to REFER the consumer to (a service number with a one-time token),
// so the call keeps its place in line and stays the same contact
// (backend/src/phone/transfers.ts).
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { must } from '../live/live-hooks';

export interface PhoneTransferRequest {
  interactionId: string;
  queueId?: string;
  adviserId?: string;
  note?: string;
}

export function useStartPhoneTransfer() {
  return useMutation({
    mutationFn: async (body: PhoneTransferRequest) => must(await api.POST('/v1/phone/transfers', { body })),
  });
}
