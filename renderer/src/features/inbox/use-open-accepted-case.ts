// Opens the case of the contact just accepted as soon as the cache has it,
// and puts the cursor in its note box: the adviser is on the line and writes
// as they listen.
import { useEffect } from 'react';
import { useUiStore } from '../../app/ui-store';
import { useArrivingCase } from '../live/live-hooks';
import { useInboxStore } from './inbox-store';

export function useOpenAcceptedCase(): void {
  const caseId = useInboxStore((s) => s.openingCaseId);
  const arrived = useArrivingCase(caseId).data ?? null;
  useEffect(() => {
    if (!caseId || !arrived || arrived.id !== caseId) return;
    const ui = useUiStore.getState();
    ui.selectCase(caseId);
    if (useInboxStore.getState().focusNote) ui.requestFocus('noteBox');
    useInboxStore.getState().opened(caseId);
  }, [caseId, arrived]);
}
