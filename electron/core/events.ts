// The core's events to its host (which forwards them to the renderer).
import type { DeskEvent } from '../bridge.js';

export interface EventHub {
  emit(event: DeskEvent): void;
  on(listener: (event: DeskEvent) => void): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<(event: DeskEvent) => void>();
  return {
    emit(event) {
      for (const l of [...listeners]) {
        // One broken listener (a closed window) must not starve the others.
        try {
          l(event);
        } catch (err) {
          console.error('desk event listener failed', err);
        }
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
