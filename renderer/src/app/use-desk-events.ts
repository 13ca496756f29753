// Main pushes events (sync, session, live work); this is the one place that listens.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { desk } from '../lib/desk';
import { queryKeys, rootsForEntities } from '../lib/query-keys';
import { useUiStore } from './ui-store';
import { useLiveStore } from '../features/live/live-store';

export function useDeskEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const store = useUiStore.getState();
    let lastConflicts = store.syncStatus?.conflicts ?? 0;
    const unsubscribe = desk().onEvent((event) => {
      switch (event.type) {
        case 'data-changed':
          for (const root of rootsForEntities(event.entities)) void client.invalidateQueries({ queryKey: [root] });
          break;
        case 'sync-status':
          useUiStore.getState().setSyncStatus(event.status);
          if (event.status.conflicts !== lastConflicts) void client.invalidateQueries({ queryKey: queryKeys.conflicts });
          lastConflicts = event.status.conflicts;
          break;
        case 'session':
          if (!event.state.signedIn) {
            client.clear();
            useLiveStore.getState().setWork(null);
            useLiveStore.getState().setBoard(null);
          }
          useUiStore.getState().setSession(event.state);
          break;
        case 'live-work':
          useLiveStore.getState().setWork(event.work);
          break;
        case 'live-board':
          useLiveStore.getState().setBoard(event.board);
          break;
        case 'offer':
          useLiveStore.getState().offered(event.interaction);
          break;
      }
    });
    // The core holds the live picture; a freshly loaded page asks for it once.
    const live = useLiveStore.getState();
    if (useUiStore.getState().session?.signedIn !== false) {
      desk().liveWork().then((w) => live.setWork(w), () => undefined);
      desk().liveBoard().then((b) => live.setBoard(b), () => undefined);
    }
    return unsubscribe;
  }, [client]);
}
