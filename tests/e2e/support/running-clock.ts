// A backend clock for live-work tests. Calls and chats are refused while
// their queue is closed (weekdays 09:00–16:00 Stockholm, not on holidays), so
// a test that rings a phone must not depend on when it runs. This clock
// starts at 10:00 on a recent working day and then runs at real speed, so the
// workstation's countdowns (server time) tick as they do in production.
// A fixed clock would not do: the offer's expiry is set on the server clock
// but counted down on the workstation against real time.
import { queueNextOpening } from '../../../backend/src/queues/hours.js';
import { DAY, HOUR, type Clock } from '../../../backend/src/shared/clock.js';

export class RunningClock implements Clock {
  private offsetMs: number;
  constructor(start: Date) {
    this.offsetMs = start.getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** The phone and chat queues' hours as the migration creates them (a test asserts the queue is open). */
const PHONE_HOURS = {
  weekly: {
    mon: [['09:00', '16:00']],
    tue: [['09:00', '16:00']],
    wed: [['09:00', '16:00']],
    thu: [['09:00', '16:00']],
    fri: [['09:00', '16:00']],
    sat: [],
    sun: [],
  },
  exceptions: [],
} satisfies Parameters<typeof queueNextOpening>[0];

/** An hour after the first opening of the phone queue in the last eight days: a working day, mid-morning. */
export function withinPhoneHours(realNow = new Date()): Date {
  const opening = queueNextOpening(PHONE_HOURS, true, new Date(realNow.getTime() - 8 * DAY));
  if (!opening) throw new Error('the phone queue never opens');
  return new Date(opening.getTime() + HOUR);
}
