// Main pushes three kinds of events; this is the one place that listens.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { desk } from '../lib/desk';
import { queryKeys, rootsForEntities } from '../lib/query-keys';
import { useUiStore } from './ui-store';

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
          if (!event.state.signedIn) client.clear();
          useUiStore.getState().setSession(event.state);
          break;
      }
    });
    return unsubscribe;
  }, [client]);
}
