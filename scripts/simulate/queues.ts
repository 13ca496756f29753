// Which queues are open, as the backend says (GET /v1/queues), and — with
// --open-queues — opening the closed ones for today the way a team lead
// would: a dated exception in the queue's opening hours (PATCH /v1/queues/:id),
// which the next weekday's regular hours do not notice.
import type { Api, Queue } from './api.js';
import type { Channel, Language } from './profile.js';
import { stockholmDate } from './sim-clock.js';

export const SIMULATOR_NOTE = 'Opened for the day by the traffic simulator (npm run simulate)';

const key = (channel: Channel, language: Language) => `${channel}/${language}`;

/** "Tue 1 Dec 09:00" in Stockholm time. */
const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

export class QueueBook {
  /** The queue a contact of each channel and language goes to, as the backend picks it (first by id). */
  private byKey = new Map<string, Queue>();
  /** Closed as far as the last refusal says, until the next refresh. */
  private closedLately = new Set<string>();

  constructor(private readonly lead: Api) {}

  async refresh(): Promise<void> {
    const queues = [...(await this.lead.queues())].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const next = new Map<string, Queue>();
    for (const q of queues) if (!next.has(key(q.channel, q.language))) next.set(key(q.channel, q.language), q);
    this.byKey = next;
    this.closedLately.clear();
  }

  isOpen(channel: Channel, language: Language): boolean {
    const q = this.byKey.get(key(channel, language));
    return !!q && q.active && q.openNow && !this.closedLately.has(key(channel, language));
  }

  markClosed(channel: Channel, language: Language): void {
    this.closedLately.add(key(channel, language));
  }

  /** One line per queue that is not open now. */
  describeClosed(): string[] {
    return [...this.byKey.values()]
      .filter((q) => !q.active || !q.openNow)
      .map((q) => {
        if (!q.active) return `${q.id}: switched off (active = false)`;
        return `${q.id}: closed${q.nextOpening ? `, opens ${when(q.nextOpening)}` : ', no opening ahead'}`;
      });
  }

  /** Opens every active queue that is closed now for the rest of today (Stockholm date); returns the ids opened. */
  async openForToday(now: Date): Promise<string[]> {
    const today = stockholmDate(now);
    const opened: string[] = [];
    for (const q of this.byKey.values()) {
      if (!q.active || q.openNow) continue;
      const exceptions = q.hours.exceptions.filter((e) => e.date !== today);
      await this.lead.patchQueue(q.id, {
        version: q.version,
        hours: { weekly: q.hours.weekly, exceptions: [...exceptions, { date: today, hours: [['00:00', '24:00']], note: SIMULATOR_NOTE }] },
      });
      opened.push(q.id);
    }
    await this.refresh();
    return opened;
  }
}
