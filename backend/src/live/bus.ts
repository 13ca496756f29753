// What happened, told to whoever listens in this process: durable live events
// were committed, case data changed, or a chat changed. The live hub listens and pushes to the
// workstations; on PostgreSQL the notify bridge carries both signals to the
// other backend instances too.
/** Durable live events committed, case data changed, or something happened in one chat (typing, reads, its session). */
export type BusSignal = 'events' | 'data' | `chat:${string}`;

export interface LiveBus {
  eventsCommitted(): void;
  dataChanged(): void;
  chatChanged(interactionId: string): void;
  /** Delivers a signal in this process only (the notify bridge uses it for other instances' signals). */
  local(signal: BusSignal): void;
  on(listener: (signal: BusSignal) => void): () => void;
  /** Set by the notify bridge: also tells the other instances. */
  relay?: (signal: BusSignal) => void;
}

export function createLiveBus(): LiveBus {
  const listeners = new Set<(signal: BusSignal) => void>();
  const bus: LiveBus = {
    local(signal) {
      for (const l of [...listeners]) {
        try {
          l(signal);
        } catch (err) {
          // A failing listener (a closed socket) must not stop the others.
          console.error('live bus listener failed', err);
        }
      }
    },
    eventsCommitted() {
      bus.local('events');
      bus.relay?.('events');
    },
    dataChanged() {
      bus.local('data');
      bus.relay?.('data');
    },
    chatChanged(interactionId) {
      bus.local(`chat:${interactionId}`);
      bus.relay?.(`chat:${interactionId}`);
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return bus;
}
