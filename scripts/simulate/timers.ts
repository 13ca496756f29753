// Every wait in the simulator goes through one of these, so stopping can
// cut all of them short at once: a cancelled sleep resolves `false` and the
// waiting task fast-forwards (ends its call, completes its wrap-up) instead of
// leaving work half done in the backend.
export class Timers {
  private readonly pending = new Map<NodeJS.Timeout, () => void>();
  private cancelled = false;

  /** Resolves true after `ms`, or false at once when the timers are (or get) cancelled. */
  sleep(ms: number): Promise<boolean> {
    if (this.cancelled) return Promise.resolve(false);
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.pending.delete(t);
        resolve(true);
      }, Math.max(0, ms));
      this.pending.set(t, () => resolve(false));
    });
  }

  /** Runs fn after `ms` unless cancelled first. */
  after(ms: number, fn: () => void): void {
    void this.sleep(ms).then((elapsed) => {
      if (elapsed) fn();
    });
  }

  get isCancelled(): boolean {
    return this.cancelled;
  }

  cancelAll(): void {
    this.cancelled = true;
    for (const [t, wake] of this.pending) {
      clearTimeout(t);
      wake();
    }
    this.pending.clear();
  }
}
