// The consumer side: what the phone exchange, the chat widget and the
// mailbox would report to the backend. Each arrival becomes a contact
// registered by the team lead's session (POST /v1/interactions); a caller or
// chatter who is still waiting when their patience runs out leaves
// (POST …/consumer-left), which the backend counts as abandoned.
import { randomUUID } from 'node:crypto';
import { isCode, type Api } from './api.js';
import type { Arrival } from './arrivals.js';
import type { ConsumerGenerator } from './consumers.js';
import { drawPatience, realMs } from './draws.js';
import { LIVE_CHANNELS, type Channel } from './profile.js';
import type { QueueBook } from './queues.js';
import type { Rng } from './random.js';
import { pickSubject } from './subjects.js';
import type { Tally } from './tally.js';
import { Timers } from './timers.js';

/** Registrations in flight at once; arrivals beyond wait their turn (the backend serialises them anyway). */
const MAX_IN_FLIGHT = 8;

export interface SwitchboardDeps {
  lead: Api;
  consumers: ConsumerGenerator;
  queues: QueueBook;
  /** Topic ids the backend knows; subjects with other topics are sent without one. */
  topics: ReadonlySet<string>;
  rng: Rng;
  speed: number;
  /** Tags every contact's channel reference, so two runs never collide. */
  runId: string;
  tally: Tally;
  answered: ReadonlySet<string>;
  log(line: string): void;
}

export class Switchboard {
  private readonly timers = new Timers();
  private readonly backlog: Arrival[] = [];
  private inFlight = 0;
  private readonly settled = new Set<Promise<void>>();
  private serial = 0;
  /** Live contacts whose consumer is still holding on, by id. */
  private readonly holding = new Map<string, Channel>();
  private stopping = false;

  constructor(private readonly d: SwitchboardDeps) {}

  /** A consumer makes contact. Calls and chats to a closed queue are not made (the line would refuse them). */
  arrive(a: Arrival): void {
    if (this.stopping) return;
    if (LIVE_CHANNELS.has(a.channel) && !this.d.queues.isOpen(a.channel, a.language)) {
      this.d.tally.skippedClosed++;
      return;
    }
    this.backlog.push(a);
    this.pump();
  }

  get waitingToRegister(): number {
    return this.backlog.length;
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.backlog.length > 0) {
      const a = this.backlog.shift()!;
      this.inFlight++;
      const p = this.register(a)
        .catch((err: unknown) => this.fail(err))
        .finally(() => {
          this.inFlight--;
          this.settled.delete(p);
          this.pump();
        });
      this.settled.add(p);
    }
  }

  private fail(err: unknown): void {
    this.d.tally.errors++;
    this.d.log(`switchboard: ${err instanceof Error ? err.message : String(err)}`);
  }

  private async register(a: Arrival): Promise<void> {
    const origin = this.d.consumers.next(a.channel, a.language);
    const subject = pickSubject(this.d.rng, a.language);
    let contact;
    try {
      contact = await this.d.lead.createContact({
        id: randomUUID(),
        channel: a.channel,
        language: a.language,
        ...(origin.from ? { from: origin.from } : {}),
        subject: subject.text,
        ...(this.d.topics.has(subject.topicId) ? { topicId: subject.topicId } : {}),
        externalRef: `sim-${this.d.runId}-${++this.serial}`,
      });
    } catch (err) {
      // The queue closed since we last looked: the caller hears the closed message.
      if (isCode(err, 'queue_closed')) {
        this.d.tally.skippedClosed++;
        this.d.queues.markClosed(a.channel, a.language);
        return;
      }
      throw err;
    }
    this.d.tally.created++;
    if (origin.returning) this.d.tally.returning++;
    const patience = drawPatience(this.d.rng, a.channel);
    if (patience === null || !LIVE_CHANNELS.has(a.channel)) return;
    this.holding.set(contact.id, a.channel);
    this.timers.after(realMs(patience, this.d.speed), () => {
      const p = this.giveUp(contact.id, 'consumer_left')
        .then((left) => {
          if (left) this.d.tally.abandoned++;
        })
        .catch((err: unknown) => this.fail(err))
        .finally(() => this.settled.delete(p));
      this.settled.add(p);
    });
  }

  /** The consumer leaves if still waiting (queued or ringing); a contact already answered is left alone. */
  private async giveUp(id: string, reason: string): Promise<boolean> {
    this.holding.delete(id);
    if (this.d.answered.has(id)) return false;
    // Someone else (a human adviser at the demo) may have answered it: look first.
    const now = await this.d.lead.interaction(id);
    if (now.state !== 'queued' && now.state !== 'offered') return false;
    const after = await this.d.lead.consumerLeft(id, reason);
    return after.state === 'abandoned';
  }

  /**
   * Stops: no new contacts; callers and chatters still waiting hang up (a
   * call left queued would wait forever); e-mails and callback requests stay
   * in their queues, as they would overnight.
   */
  async stop(): Promise<{ hungUp: number }> {
    this.stopping = true;
    this.backlog.length = 0;
    this.timers.cancelAll();
    while (this.settled.size > 0) await Promise.allSettled([...this.settled]);
    let hungUp = 0;
    for (const id of [...this.holding.keys()]) {
      if (await this.giveUp(id, 'simulation_stopped').catch((err: unknown) => (this.fail(err), false))) hungUp++;
    }
    return { hungUp };
  }
}
