// Live work in the page: the core's picture (presence, contacts in hand, and
// for team leads the queues and advisers), replaced whole on each event. The
// core keeps it across reloads; the page only mirrors it.
import { create } from 'zustand';
import type { Interaction, LiveBoard, LiveWork } from '../../lib/bridge-types';

export interface LiveState {
  work: LiveWork | null;
  board: LiveBoard | null;
  /** Bumped for every new offer (the ring and the notification listen). */
  lastOffer: { interaction: Interaction; seq: number } | null;
  setWork(work: LiveWork | null): void;
  setBoard(board: LiveBoard | null): void;
  offered(interaction: Interaction): void;
}

export const useLiveStore = create<LiveState>((set) => ({
  work: null,
  board: null,
  lastOffer: null,
  setWork: (work) => set({ work }),
  setBoard: (board) => set({ board }),
  offered: (interaction) => set((s) => ({ lastOffer: { interaction, seq: (s.lastOffer?.seq ?? 0) + 1 } })),
}));
