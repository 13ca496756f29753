// A server's timer rounds: `fn` every `ms`, a round skipped while the
// previous one still runs (a slow database must not pile rounds up), and a
// failure logged rather than thrown (the next round tries again).
export function everyRound(ms: number, fn: () => Promise<unknown>, onError: (err: unknown) => void): NodeJS.Timeout {
  let busy = false;
  return setInterval(() => {
    if (busy) return;
    busy = true;
    fn()
      .catch(onError)
      .finally(() => {
        busy = false;
      });
  }, ms);
}
