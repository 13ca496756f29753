// One simulation run, start to stop: sign in, look at (or open) the queues,
// start the simulated advisers, then let consumers arrive on the simulated
// clock until told to stop, printing a progress line every so often. Stopping
// is orderly: no new arrivals, advisers finish what they hold and go offline,
// callers still waiting hang up.
import { adviserLogins, type Options } from './options.js';
import { ApiError, signIn, type Api } from './api.js';
import { createArrivalSchedule, type Arrival } from './arrivals.js';
import { SimAdviser } from './adviser.js';
import { ConsumerGenerator } from './consumers.js';
import { CONTACTS_PER_WORKING_DAY } from './profile.js';
import { QueueBook } from './queues.js';
import { createRng } from './random.js';
import { boardFigures, difference, formatLine, type BoardFigures } from './report.js';
import { defaultStartMinute, formatMinute, SimClock } from './sim-clock.js';
import { Switchboard } from './switchboard.js';
import { newTally, type Tally } from './tally.js';

/** How often the queues' open/closed state is read again (real time). */
const QUEUE_REFRESH_MS = 60_000;
/** The arrival loop never sleeps longer than this, so stopping is prompt. */
const MAX_SLEEP_MS = 500;

export interface Summary {
  tally: Tally;
  hungUp: number;
  simulatedMinutes: number;
}

async function readBoard(lead: Api, log: (l: string) => void): Promise<BoardFigures | null> {
  try {
    return boardFigures(await lead.wallboard());
  } catch (err) {
    log(`wallboard: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

async function signInOrExplain(server: string, username: string, password: string) {
  try {
    return await signIn(server, username, password);
  } catch (err) {
    if (err instanceof ApiError) throw new Error(`${err.message}. Demo logins exist after \`npm run start:backend-demo\` seeds an empty data directory.`);
    throw new Error(`cannot reach the backend at ${server} (${err instanceof Error ? err.message : String(err)}); start it with \`npm run start:backend-demo\``);
  }
}

export async function runSimulation(o: Options, log: (line: string) => void, stop: AbortSignal): Promise<Summary> {
  const tally = newTally();
  const lead = await signInOrExplain(o.server, o.lead.username, o.lead.password);
  const topics = new Set((await lead.topics()).map((t) => t.id));
  const queues = new QueueBook(lead);
  await queues.refresh();
  if (o.openQueues) {
    const opened = await queues.openForToday(new Date());
    log(opened.length > 0 ? `Opened for today (a dated exception, as team lead ${o.lead.username}): ${opened.join(', ')}` : 'All queues are open now.');
  }
  const closed = queues.describeClosed();
  if (closed.length > 0) {
    log('Closed queues (calls and chats to them are not sent; e-mail, forum, social and callbacks wait for opening):');
    for (const line of closed) log(`  ${line}`);
    if (!o.openQueues) log('  (--open-queues opens them for today)');
  }

  const runId = Date.now().toString(36);
  const answered = new Set<string>();
  const advisers: SimAdviser[] = [];
  const stopAdvisers = async () => {
    await Promise.all(advisers.map((a) => a.stop()));
  };
  try {
    for (const login of adviserLogins(o)) {
      if (stop.aborted) break;
      const api = await signInOrExplain(o.server, login.username, login.password);
      const adviser = new SimAdviser({ api, rng: createRng(o.seed, `adviser:${login.username}`), speed: o.speed, tally, answered, log });
      advisers.push(adviser);
      await adviser.start();
    }
  } catch (err) {
    await stopAdvisers();
    throw err;
  }
  if (advisers.length > 0) log(`Simulated advisers ready: ${advisers.map((a) => a.username).join(', ')}`);

  const clock = new SimClock(Date.now(), o.speed, o.startMinute ?? defaultStartMinute(new Date()));
  const schedule = createArrivalSchedule(createRng(o.seed, 'arrivals'), (t) => clock.minuteOfDay(t), o.rate);
  const switchboard = new Switchboard({
    lead,
    consumers: new ConsumerGenerator(createRng(o.seed, 'consumers'), o.returningShare),
    queues,
    topics,
    rng: createRng(o.seed, 'contacts'),
    speed: o.speed,
    runId,
    tally,
    answered,
    log,
  });
  log(
    `Simulating from ${formatMinute(clock.startMinute)} at ${o.speed}× speed, ` +
      `${o.rate !== undefined ? `${o.rate} contacts per simulated hour` : `the national profile (~${CONTACTS_PER_WORKING_DAY} contacts per working day)`}, seed ${o.seed}. ` +
      `${o.durationMinutes !== undefined ? `Stops after ${o.durationMinutes} min.` : 'Ctrl+C stops.'}`,
  );

  let previousBoard = await readBoard(lead, log);
  let previousTally = { ...tally };
  const report = async () => {
    const board = await readBoard(lead, log);
    const now = Date.now();
    log(formatLine({ realTime: new Date(now), simTime: clock.label(clock.simElapsedMs(now)), delta: difference(tally, previousTally), total: tally, board, previous: previousBoard }));
    previousBoard = board ?? previousBoard;
    previousTally = { ...tally };
  };

  // The arrival loop: everything due by now on the simulated clock arrives, then sleep until the next one.
  let next: Arrival = schedule.next(0);
  let day = 0;
  let lastReport = Date.now();
  let lastRefresh = Date.now();
  while (!stop.aborted) {
    const now = Date.now();
    const simNow = clock.simElapsedMs(now);
    while (next.atSimMs <= simNow) {
      switchboard.arrive(next);
      next = schedule.next(next.atSimMs);
    }
    if (clock.dayNumber(simNow) !== day) {
      day = clock.dayNumber(simNow);
      log(`— simulated day ${day + 1} begins —`);
    }
    if (now - lastRefresh >= QUEUE_REFRESH_MS) {
      lastRefresh = now;
      await queues.refresh().catch((err: unknown) => log(`queues: ${String(err)}`));
    }
    if (now - lastReport >= o.reportSeconds * 1000) {
      lastReport = now;
      await report();
    }
    const wait = Math.min(MAX_SLEEP_MS, Math.max(1, clock.realAt(next.atSimMs) - Date.now()), lastReport + o.reportSeconds * 1000 - Date.now());
    await new Promise<void>((resolve) => {
      const t = setTimeout(done, Math.max(1, wait));
      function done() {
        clearTimeout(t);
        stop.removeEventListener('abort', done);
        resolve();
      }
      stop.addEventListener('abort', done, { once: true });
    });
  }

  log('Stopping: no new contacts; simulated advisers finish what they hold and go offline …');
  await stopAdvisers();
  const { hungUp } = await switchboard.stop();
  if (hungUp > 0) log(`${hungUp} caller(s) still waiting hung up.`);
  await report();
  await lead.logout().catch(() => undefined);
  return { tally, hungUp, simulatedMinutes: clock.simElapsedMs(Date.now()) / 60_000 };
}
