// A runtime for tests: a settable clock, timers that fire only when the test
// says so, fixed "randomness", and a fetch the test can cut off or wrap.
import type { Runtime } from '../runtime.js';

export interface ManualTimer {
  ms: number;
  fn: () => void;
}

export interface ManualRuntime extends Runtime {
  timers: ManualTimer[];
  /** When set, every request fails as if the network were gone. */
  offline: boolean;
  /** Wraps each request (after the offline check); default passes through. */
  intercept: ((input: Request, next: () => Promise<Response>) => Promise<Response>) | null;
  setNow(at: string): void;
  /** Fires the pending timers (once each) and waits a little for their work. */
  fireTimers(): void;
}

export function manualRuntime(start = '2026-11-25T09:00:00Z'): ManualRuntime {
  let now = new Date(start);
  const rt: ManualRuntime = {
    timers: [],
    offline: false,
    intercept: null,
    now: () => new Date(now),
    setNow(at) {
      now = new Date(at);
    },
    schedule(ms, fn) {
      const t = { ms, fn };
      rt.timers.push(t);
      return () => {
        rt.timers = rt.timers.filter((x) => x !== t);
      };
    },
    random: () => 0.5,
    async fetch(input, init) {
      const request = new Request(input, init);
      if (rt.offline) throw new TypeError('fetch failed');
      const next = () => globalThis.fetch(request.clone());
      return rt.intercept ? rt.intercept(request, next) : next();
    },
    fireTimers() {
      const due = rt.timers;
      rt.timers = [];
      for (const t of due) t.fn();
    },
  };
  return rt;
}
