// A routed call answered on the phone is accepted by the backend when the
// platform reports the answer, so its case id arrives a moment later with the
// live work. This remembers the interaction answered here and opens its case
// (cursor in the note box, as for any accepted contact) once it is known.
import { useEffect } from 'react';
import { create } from 'zustand';
import { useInboxStore } from '../inbox/inbox-store';
import { useLiveWork } from '../live/live-hooks';

export const useAnsweredCall = create<{ interactionId: string | null }>(() => ({ interactionId: null }));

export function rememberAnsweredCall(interactionId: string): void {
  useAnsweredCall.setState({ interactionId });
}

export function useOpenAnsweredCallCase(): void {
  const interactionId = useAnsweredCall((s) => s.interactionId);
  const work = useLiveWork();
  const caseId = interactionId ? (work?.interactions.find((i) => i.id === interactionId)?.caseId ?? null) : null;
  useEffect(() => {
    if (!caseId) return;
    useAnsweredCall.setState({ interactionId: null });
    useInboxStore.getState().openWhenReady(caseId);
  }, [caseId]);
}
