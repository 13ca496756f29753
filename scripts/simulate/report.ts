// The progress line, once a minute: what the simulator did since the last
// line, next to what the backend's own queue statistics say (answered and
// abandoned today, waiting now — the same figures a team lead's wallboard
// shows, so the two can be compared at a glance).
import type { S } from './api.js';
import type { Tally } from './tally.js';

export interface BoardFigures {
  answeredToday: number;
  abandonedToday: number;
  waiting: number;
  longestWaitSeconds: number;
  /** Advisers by presence state (offline left out). */
  states: Partial<Record<S['PresenceState'], number>>;
}

export function boardFigures(board: S['Wallboard']): BoardFigures {
  const states: BoardFigures['states'] = {};
  for (const a of board.advisers) if (a.state !== 'offline') states[a.state] = (states[a.state] ?? 0) + 1;
  return {
    answeredToday: board.queues.reduce((n, q) => n + q.answeredToday, 0),
    abandonedToday: board.queues.reduce((n, q) => n + q.abandonedToday, 0),
    waiting: board.queues.reduce((n, q) => n + q.waiting, 0),
    longestWaitSeconds: board.queues.reduce((n, q) => Math.max(n, q.longestWaitSeconds), 0),
    states,
  };
}

export interface Line {
  realTime: Date;
  simTime: string;
  /** This interval's simulator counts. */
  delta: Tally;
  total: Tally;
  /** The backend's figures now and at the previous line (null when they could not be read). */
  board: BoardFigures | null;
  previous: BoardFigures | null;
}

const clock = (d: Date) => d.toTimeString().slice(0, 8);

/** Today's counters reset at midnight in Stockholm: a negative change means a new day, so count from zero. */
const since = (now: number, before: number | undefined) => (before === undefined || now < before ? now : now - before);

export function formatLine(l: Line): string {
  const parts = [
    `${clock(l.realTime)} [sim ${l.simTime}]`,
    `created ${l.delta.created} (total ${l.total.created})`,
  ];
  if (l.board) {
    parts.push(`answered ${since(l.board.answeredToday, l.previous?.answeredToday)}`);
    parts.push(`abandoned ${since(l.board.abandonedToday, l.previous?.abandonedToday)}`);
    parts.push(`waiting now ${l.board.waiting}${l.board.waiting > 0 ? ` (longest ${l.board.longestWaitSeconds} s)` : ''}`);
  } else {
    parts.push(`abandoned ${l.delta.abandoned} (wallboard unavailable)`);
  }
  if (l.total.accepted > 0 || l.delta.completed > 0) parts.push(`sim advisers: accepted ${l.delta.accepted}, completed ${l.delta.completed}`);
  if (l.delta.skippedClosed > 0) parts.push(`not sent (queue closed) ${l.delta.skippedClosed}`);
  if (l.board) {
    const s = l.board.states;
    const staff = (['ready', 'busy', 'wrap_up', 'not_ready'] as const).filter((k) => (s[k] ?? 0) > 0).map((k) => `${s[k]} ${k.replace('_', '-')}`);
    if (staff.length > 0) parts.push(`advisers ${staff.join(', ')}`);
  }
  if (l.delta.errors > 0) parts.push(`errors ${l.delta.errors}`);
  return parts.join(' · ');
}

export function difference(now: Tally, before: Tally): Tally {
  const out = { ...now };
  for (const k of Object.keys(out) as Array<keyof Tally>) out[k] = now[k] - before[k];
  return out;
}
