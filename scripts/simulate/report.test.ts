// The progress line: simulator counts next to the wallboard's, and the
// midnight reset of "today" counters.
import { describe, expect, it } from 'vitest';
import { difference, formatLine, type BoardFigures } from './report.js';
import { newTally } from './tally.js';

const board = (answeredToday: number, abandonedToday: number, waiting: number): BoardFigures => ({
  answeredToday, abandonedToday, waiting, longestWaitSeconds: 42, states: { busy: 3, ready: 1, offline: 0 },
});

describe('the progress line', () => {
  it('shows what was created, answered and abandoned since the last line, and who waits now', () => {
    const total = { ...newTally(), created: 40, accepted: 20, completed: 18 };
    const before = { ...newTally(), created: 30, accepted: 15, completed: 12 };
    const line = formatLine({ realTime: new Date(2026, 10, 30, 10, 15, 0), simTime: '10:42', delta: difference(total, before), total, board: board(25, 4, 2), previous: board(20, 3, 1) });
    expect(line).toBe('10:15:00 [sim 10:42] · created 10 (total 40) · answered 5 · abandoned 1 · waiting now 2 (longest 42 s) · sim advisers: accepted 5, completed 6 · advisers 1 ready, 3 busy');
  });

  it('counts from zero when the day\'s counters were reset, and says so when the wallboard cannot be read', () => {
    const t = { ...newTally(), created: 1, abandoned: 2 };
    expect(formatLine({ realTime: new Date(2026, 0, 1, 0, 0, 30), simTime: '09:00', delta: t, total: t, board: board(3, 0, 0), previous: board(250, 9, 0) })).toContain('answered 3 · abandoned 0 · waiting now 0 ·');
    expect(formatLine({ realTime: new Date(2026, 0, 1), simTime: '09:00', delta: t, total: t, board: null, previous: null })).toContain('abandoned 2 (wallboard unavailable)');
  });
});
