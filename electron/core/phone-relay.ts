// Between the workspace and the softphone that owns the SIP session. In the
// desktop app the owner is a hidden phone window (so reloading the workspace
// never drops a call); the workspace reaches it only through this relay in
// the main process:
// - commands from any workspace go to the one owner, numbered, and each
//   caller gets its own reply (or `no_phone` when the owner is gone or
//   silent);
// - the owner's state is kept, so a reloaded workspace re-attaches to the
//   live call at once (`snapshot()`), and every state is fanned out as a
//   `phone` event to whoever listens.
// In browser mode no owner ever attaches (the page is its own phone).
// No `electron` import: main wires the owner to a window.
import type { CommandResult, DeskEvent, PhoneCommand, PhoneHostRequest, PhoneSnapshot, PhoneState } from '../bridge.js';
import { INITIAL_PHONE_STATE } from '../phone-contract.js';

export interface PhoneOwner {
  send(request: PhoneHostRequest): void;
}

export interface PhoneRelay {
  /** Workspace side: the latest state of the hosted phone. */
  snapshot(): PhoneSnapshot;
  /** Workspace side: one command, answered by the owner. */
  command(command: PhoneCommand): Promise<CommandResult>;
  /** Owner side: the phone window is up. Returns the detach to call when it goes. */
  attach(owner: PhoneOwner): () => void;
  /** Owner side: the phone's new state. */
  publish(state: PhoneState): void;
  /** Owner side: the result of request `id`. */
  reply(id: number, result: CommandResult): void;
  close(): void;
}

export interface PhoneRelayOptions {
  /** Whether this host runs a phone window at all (the desktop app: yes; browser mode: no). */
  hosted: boolean;
  emit(event: DeskEvent): void;
  /** How long a command may wait for the phone window's answer. */
  replyTimeoutMs?: number;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

const NO_PHONE: CommandResult = { ok: false, code: 'no_phone' };

export function createPhoneRelay(options: PhoneRelayOptions): PhoneRelay {
  const timeoutMs = options.replyTimeoutMs ?? 5_000;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let owner: PhoneOwner | null = null;
  let state: PhoneState | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(result: CommandResult): void; timer: unknown }>();

  function settle(id: number, result: CommandResult): void {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    clearTimer(entry.timer);
    entry.resolve(result);
  }

  function failAll(): void {
    for (const id of [...pending.keys()]) settle(id, NO_PHONE);
  }

  return {
    snapshot: () => ({ hosted: options.hosted, state }),

    command(command) {
      const current = owner;
      if (!current) return Promise.resolve(NO_PHONE);
      const id = nextId++;
      return new Promise<CommandResult>((resolve) => {
        const timer = setTimer(() => settle(id, NO_PHONE), timeoutMs);
        pending.set(id, { resolve, timer });
        try {
          current.send({ id, command });
        } catch {
          settle(id, NO_PHONE);
        }
      });
    },

    attach(next) {
      // A new phone window replaces the old one; what the old one was asked is lost with it.
      failAll();
      owner = next;
      return () => {
        if (owner !== next) return;
        owner = null;
        failAll();
        // The calls went with the window; say so rather than show a stale call
        // until a new phone window publishes.
        state = null;
        options.emit({ type: 'phone', state: INITIAL_PHONE_STATE });
      };
    },

    publish(next) {
      state = next;
      options.emit({ type: 'phone', state: next });
    },

    reply: settle,

    close() {
      owner = null;
      failAll();
    },
  };
}
