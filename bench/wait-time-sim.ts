// A discrete-event simulation of one contact-centre queue for the wait-time
// benchmark: `servers` advisers, first come first served, consumers who give
// up after their patience runs out. At every arrival that finds all advisers
// busy it records what three estimators would have announced; afterwards it
// knows what actually happened to that contact.
import { estimateWait, fitHandleTime, fitPatience } from '../backend/src/routing/wait-estimate.js';
import { prng } from './desk-stats.js';
import { RecentHistory } from './wait-time-history.js';

export interface Scenario {
  name: string;
  servers: number;
  /** Average offered load: arrival rate ÷ (servers × service rate). */
  load: number;
  meanHandleSeconds: number;
  handle: 'exponential' | 'lognormal';
  /** Coefficient of variation of lognormal handling times. */
  handleCv?: number;
  meanPatienceSeconds: number;
  /** Arrival rate swings by ± this fraction of its mean over each working day (0 = constant). */
  arrivalSwing?: number;
  workingDaySeconds?: number;
}

/**
 * Cold-start defaults a deployment would configure per channel, the same for
 * every scenario and deliberately not any scenario's true values: they only
 * count while the window holds fewer than 10 handled or 5 abandoned contacts.
 */
export const PRIOR_HANDLE_SECONDS = 600;
export const PRIOR_PATIENCE_SECONDS = 300;

export interface SimulatedQueue {
  contacts: number;
  /** Time each contact waited: until served, or until giving up. */
  wait: Float64Array;
  served: Uint8Array;
  /** The three announcements, NaN for contacts who did not have to wait. */
  qlm: Float64Array;
  /** QL_m's band around its announcement. */
  qlmLow: Float64Array;
  qlmHigh: Float64Array;
  les: Float64Array;
  hol: Float64Array;
  /** QL_m's fitted rates at each delayed arrival (NaN otherwise), to check the fitting. */
  fittedHandle: Float64Array;
  fittedPatience: Float64Array;
}

interface Contacts {
  arrival: Float64Array;
  handle: Float64Array;
  patience: Float64Array;
}

const exponential = (rnd: () => number, mean: number) => -mean * Math.log(1 - rnd());

function lognormal(rnd: () => number, mean: number, cv: number): number {
  const sigma2 = Math.log(1 + cv * cv);
  const normal = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  return Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * normal);
}

/** Arrivals, handling times and patience for every contact, from three seeded streams. */
export function generateContacts(sc: Scenario, count: number, seed: number): Contacts {
  const arrivals = prng(seed * 3 + 1);
  const handles = prng(seed * 3 + 2);
  const patiences = prng(seed * 3 + 3);
  const meanRate = (sc.load * sc.servers) / sc.meanHandleSeconds;
  const swing = sc.arrivalSwing ?? 0;
  const day = sc.workingDaySeconds ?? 8 * 3600;
  const peakRate = meanRate * (1 + swing);
  const c: Contacts = { arrival: new Float64Array(count), handle: new Float64Array(count), patience: new Float64Array(count) };
  let t = 0;
  for (let i = 0; i < count; i++) {
    // Thinning: candidates at the peak rate, each kept with probability rate(t) ÷ peak.
    do t += exponential(arrivals, 1 / peakRate);
    while (swing > 0 && arrivals() * peakRate > meanRate * (1 + swing * Math.sin((2 * Math.PI * t) / day)));
    c.arrival[i] = t;
    c.handle[i] = sc.handle === 'lognormal' ? lognormal(handles, sc.meanHandleSeconds, sc.handleCv ?? 1) : exponential(handles, sc.meanHandleSeconds);
    c.patience[i] = Number.isFinite(sc.meanPatienceSeconds) ? exponential(patiences, sc.meanPatienceSeconds) : Infinity;
  }
  return c;
}

/** Pending completions and abandonments, earliest first; an event is contact × 2 + kind. */
class EventHeap {
  private readonly times: number[] = [];
  private readonly events: number[] = [];

  get size(): number {
    return this.times.length;
  }

  peekTime(): number {
    return this.times[0] ?? Infinity;
  }

  push(time: number, event: number): void {
    const { times, events } = this;
    let i = times.length;
    times.push(time);
    events.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((times[parent] ?? 0) <= time) break;
      times[i] = times[parent] ?? 0;
      events[i] = events[parent] ?? 0;
      i = parent;
    }
    times[i] = time;
    events[i] = event;
  }

  pop(): number {
    const { times, events } = this;
    const top = events[0] ?? -1;
    const lastTime = times.pop() ?? 0;
    const lastEvent = events.pop() ?? 0;
    const n = times.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && (times[child + 1] ?? 0) < (times[child] ?? 0)) child++;
      if ((times[child] ?? 0) >= lastTime) break;
      times[i] = times[child] ?? 0;
      events[i] = events[child] ?? 0;
      i = child;
    }
    times[i] = lastTime;
    events[i] = lastEvent;
    return top;
  }
}

const COMPLETION = 0;
const ABANDONMENT = 1;
const WAITING = 1;
const SERVED = 2;
const GAVE_UP = 3;

export function simulateQueue(sc: Scenario, c: Contacts): SimulatedQueue {
  const n = c.arrival.length;
  const out: SimulatedQueue = {
    contacts: n,
    wait: new Float64Array(n),
    served: new Uint8Array(n),
    qlm: new Float64Array(n).fill(NaN),
    qlmLow: new Float64Array(n).fill(NaN),
    qlmHigh: new Float64Array(n).fill(NaN),
    les: new Float64Array(n).fill(NaN),
    hol: new Float64Array(n).fill(NaN),
    fittedHandle: new Float64Array(n).fill(NaN),
    fittedPatience: new Float64Array(n).fill(NaN),
  };
  const state = new Uint8Array(n);
  const line = new Int32Array(n); // every contact who queued, in arrival order; those gone are skipped at the head
  let head = 0;
  let tail = 0;
  let waiting = 0;
  let busy = 0;
  let lastEnteredWait = 0; // LES: the wait of the last contact to reach an adviser
  const events = new EventHeap();
  const history = new RecentHistory();

  const startService = (id: number, now: number) => {
    state[id] = SERVED;
    out.served[id] = 1;
    out.wait[id] = now - (c.arrival[id] ?? 0);
    lastEnteredWait = out.wait[id] ?? 0;
    events.push(now + (c.handle[id] ?? 0), id * 2 + COMPLETION);
  };
  const skipGone = () => {
    while (head < tail && state[line[head] ?? 0] !== WAITING) head++;
  };

  let next = 0;
  while (next < n || events.size > 0) {
    const arrivalAt = next < n ? (c.arrival[next] ?? Infinity) : Infinity;
    const eventAt = events.peekTime();
    if (eventAt <= arrivalAt) {
      const event = events.pop();
      const id = event >> 1;
      if ((event & 1) === COMPLETION) {
        history.completion(eventAt, c.handle[id] ?? 0);
        skipGone();
        if (head < tail) {
          waiting--;
          history.queueLength(eventAt, waiting);
          startService(line[head++] ?? 0, eventAt);
        } else busy--;
      } else if (state[id] === WAITING) {
        state[id] = GAVE_UP;
        out.wait[id] = eventAt - (c.arrival[id] ?? 0);
        waiting--;
        history.queueLength(eventAt, waiting);
        history.abandonment(eventAt);
      }
      continue;
    }
    const id = next++;
    const now = arrivalAt;
    history.arrival(now);
    if (busy < sc.servers) {
      busy++;
      startService(id, now);
      continue;
    }
    skipGone();
    const meanHandleSeconds = fitHandleTime(history.handleSamples(now), PRIOR_HANDLE_SECONDS);
    const meanPatienceSeconds = fitPatience(history.patience(now), PRIOR_PATIENCE_SECONDS);
    const estimate = estimateWait({ ahead: waiting, servers: sc.servers, idle: 0, meanHandleSeconds, meanPatienceSeconds });
    out.qlm[id] = estimate?.seconds ?? NaN;
    out.qlmLow[id] = estimate?.low ?? NaN;
    out.qlmHigh[id] = estimate?.high ?? NaN;
    out.les[id] = lastEnteredWait;
    // With nobody in line HOL has no one to look at (the literature leaves it undefined there); a
    // website using it would show no wait, so that is what it announces. LES is the target either way.
    out.hol[id] = head < tail ? now - (c.arrival[line[head] ?? 0] ?? now) : 0;
    out.fittedHandle[id] = meanHandleSeconds;
    out.fittedPatience[id] = meanPatienceSeconds;
    state[id] = WAITING;
    line[tail++] = id;
    waiting++;
    history.queueLength(now, waiting);
    if (Number.isFinite(c.patience[id])) events.push(now + (c.patience[id] ?? 0), id * 2 + ABANDONMENT);
  }
  return out;
}

/**
 * Every contact's potential wait: how long it would have waited had it never
 * given up. Under first come first served a contact's start depends only on
 * those ahead of it, so this is the next free adviser once every earlier
 * contact that stayed has been placed (the Kiefer–Wolfowitz recursion), with
 * a min-heap of the times each adviser becomes free. It also re-derives who
 * was served, which cross-checks the event simulation.
 */
export function potentialWaits(servers: number, c: Contacts): Float64Array {
  const free = new Float64Array(servers); // a min-heap of when each adviser is next free
  const out = new Float64Array(c.arrival.length);
  for (let i = 0; i < c.arrival.length; i++) {
    const at = c.arrival[i] ?? 0;
    const wait = Math.max(0, (free[0] ?? 0) - at);
    out[i] = wait;
    if (wait > (c.patience[i] ?? Infinity)) continue;
    // The earliest-free adviser takes this contact: replace the root and sift down.
    const until = at + wait + (c.handle[i] ?? 0);
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= servers) break;
      if (child + 1 < servers && (free[child + 1] ?? 0) < (free[child] ?? 0)) child++;
      if ((free[child] ?? 0) >= until) break;
      free[k] = free[child] ?? 0;
      k = child;
    }
    free[k] = until;
  }
  return out;
}
