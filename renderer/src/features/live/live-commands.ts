// Keyboard shortcuts act on live work from outside React (the global key
// handler), but the actions need the components' state and mutations. The
// handler leaves a numbered request here; the component that owns the action
// (the inbox, the presence control, the chat area) carries it out once.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';

export type LiveCommand = 'toggleReady' | 'acceptOffer' | 'declineOffer' | 'focusChat' | 'nextChat' | 'previousChat' | 'cannedResponses';

interface LiveCommandState {
  request: { command: LiveCommand; seq: number } | null;
  ask(command: LiveCommand): void;
  /** Marks a request handled, so a component mounted later does not act on it again. */
  done(seq: number): void;
}

export const useLiveCommands = create<LiveCommandState>((set) => ({
  request: null,
  ask: (command) => set((s) => ({ request: { command, seq: (s.request?.seq ?? 0) + 1 } })),
  done: (seq) => set((s) => (s.request?.seq === seq ? { request: null } : s)),
}));

/**
 * Runs `handle` once for each new request of one of `commands`. The request
 * is marked done first, so a re-render (or a second component) never repeats it.
 */
export function useLiveCommand(commands: readonly LiveCommand[], handle: (command: LiveCommand) => void): void {
  const request = useLiveCommands((s) => s.request);
  const latest = useRef({ commands, handle });
  latest.current = { commands, handle };
  useEffect(() => {
    if (!request || !latest.current.commands.includes(request.command)) return;
    useLiveCommands.getState().done(request.seq);
    latest.current.handle(request.command);
  }, [request]);
}
