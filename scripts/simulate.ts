// npm run simulate — a traffic generator for demos and load, NOT part of
// normal operation. It plays the consumers (and, with --advisers, some
// advisers) against a running backend, over the backend's public HTTP API
// and live WebSocket only; it never opens the database. See
// scripts/simulate/options.ts for the options (or --help).
import { randomBytes } from 'node:crypto';
import { parseOptions, UsageError, USAGE } from './simulate/options.js';
import { runSimulation } from './simulate/run.js';

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2), process.env, () => randomBytes(4).toString('hex'));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }

  // The first Ctrl+C (or SIGTERM) stops cleanly; a second one does not wait.
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      console.error(`${signal} again: exiting without cleaning up`);
      process.exit(130);
    }
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const timer = options.durationMinutes !== undefined ? setTimeout(() => stop.abort(), options.durationMinutes * 60_000) : null;

  const log = (line: string) => console.log(line);
  const summary = await runSimulation(options, log, stop.signal);
  if (timer) clearTimeout(timer);
  const t = summary.tally;
  log(
    `Done: ${Math.round(summary.simulatedMinutes)} simulated minutes; ${t.created} contacts created (${t.returning} from returning consumers), ` +
      `${t.abandoned} abandoned by waiting consumers, ${t.skippedClosed} not sent to closed queues; ` +
      `simulated advisers accepted ${t.accepted} and completed ${t.completed}, ${t.breaks} breaks, ${t.missed} missed; ${t.errors} errors.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
