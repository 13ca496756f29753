// A simulated adviser: signs in like a workstation, goes ready, keeps the
// live connection open, and takes what is offered — a short ring, then the
// conversation (a handling time drawn for the channel), wrap-up, complete —
// now and then pausing for a break. Several chats or e-mails may be in hand at
// once, as the adviser's capacity allows; each runs as its own task.
import { isCode, type Api, type Interaction, type LiveEvent } from './api.js';
import { drawBreak, drawHandle, drawRing, drawWrapUp, realMs } from './draws.js';
import { LiveSocket } from './live-socket.js';
import type { Rng } from './random.js';
import type { Tally } from './tally.js';
import { Timers } from './timers.js';

/** Pause before going ready again after an offer rang out or the workstation was dropped (simulated seconds). */
const BACK_AFTER_MISSED_SECONDS = 15;

export interface AdviserDeps {
  api: Api & { user: { id: string; username: string } };
  rng: Rng;
  speed: number;
  tally: Tally;
  /** Contacts a simulated adviser accepted: the consumer side need not check them. */
  answered: Set<string>;
  log(line: string): void;
}

export class SimAdviser {
  private readonly timers = new Timers();
  private readonly live: LiveSocket;
  /** Contacts in hand (offered, active, wrap-up), each with the task handling it. */
  private readonly tasks = new Map<string, Promise<void>>();
  private onBreak = false;
  private stopping = false;

  constructor(private readonly d: AdviserDeps) {
    this.live = new LiveSocket(d.api.baseUrl, d.api.token, {
      onEvent: (e) => this.onEvent(e),
      onResync: () => void this.catchUp(),
      onError: (m) => this.fail(m),
    });
  }

  get username(): string {
    return this.d.api.user.username;
  }

  private get me(): string {
    return this.d.api.user.id;
  }

  private fail(message: string): void {
    this.d.tally.errors++;
    this.d.log(`${this.username}: ${message}`);
  }

  /** Live connection first (so no offer is missed), then whatever was left in hand, then ready. */
  async start(): Promise<void> {
    await this.live.start();
    await this.catchUp();
    await this.d.api.presence({ intent: 'ready' });
  }

  private sim(seconds: number): number {
    return realMs(seconds, this.d.speed);
  }

  /** Takes up contacts the live feed did not tell about: left over from an earlier run, or missed during a resync. */
  private async catchUp(): Promise<void> {
    const work = await this.d.api.work();
    for (const i of work.interactions) this.handle(i);
  }

  private onEvent(e: LiveEvent): void {
    if (e.type === 'offer' && e.interaction.offeredTo === this.me) this.handle(e.interaction);
    if (e.type === 'presence' && e.presence.userId === this.me) {
      const p = e.presence;
      // The backend set us not ready (an offer rang out) or offline (the workstation seemed gone): come back.
      if (!this.stopping && !this.onBreak && p.intent !== 'ready' && (p.reason === 'missed' || p.reason === 'disconnected' || p.intent === 'offline')) {
        if (p.reason === 'missed') this.d.tally.missed++;
        this.timers.after(this.sim(BACK_AFTER_MISSED_SECONDS), () => void this.ready());
      }
    }
  }

  private async ready(): Promise<void> {
    if (this.stopping) return;
    try {
      await this.d.api.presence({ intent: 'ready' });
    } catch (err) {
      this.fail(String(err));
    }
  }

  private handle(i: Interaction): void {
    if (this.tasks.has(i.id)) return;
    const task = this.work(i)
      .catch((err: unknown) => this.fail(err instanceof Error ? err.message : String(err)))
      .finally(() => {
        this.tasks.delete(i.id);
        if (this.tasks.size === 0) void this.maybeBreak();
      });
    this.tasks.set(i.id, task);
  }

  /** One contact from ring to done. A cancelled wait (stopping) skips ahead but still leaves the contact finished. */
  private async work(i: Interaction): Promise<void> {
    const rng = this.d.rng;
    let state = i.state;
    if (state === 'offered') {
      const rang = await this.timers.sleep(this.sim(drawRing(rng)));
      if (!rang || this.stopping) {
        await this.d.api.decline(i.id).catch((err: unknown) => this.tolerate(err));
        return;
      }
      try {
        await this.d.api.accept(i.id);
      } catch (err) {
        // Gone meanwhile: the consumer hung up, or the offer was withdrawn.
        if (isCode(err, 'invalid_state', 'conflict')) return;
        throw err;
      }
      this.d.answered.add(i.id);
      this.d.tally.accepted++;
      state = 'active';
    }
    if (state === 'active') {
      await this.timers.sleep(this.sim(drawHandle(rng, i.channel)));
      // The consumer may have hung up during the conversation: then wrap-up has begun already.
      await this.d.api.end(i.id).catch((err: unknown) => this.tolerate(err));
      state = 'wrap_up';
    }
    if (state === 'wrap_up') {
      await this.timers.sleep(this.sim(drawWrapUp(rng, i.channel)));
      try {
        await this.d.api.complete(i.id);
        this.d.tally.completed++;
      } catch (err) {
        // The queue's wrap-up time ran out first: the backend finished it.
        this.tolerate(err);
      }
    }
  }

  private tolerate(err: unknown): void {
    if (!isCode(err, 'invalid_state', 'conflict', 'not_found')) throw err;
  }

  private async maybeBreak(): Promise<void> {
    if (this.stopping || this.onBreak) return;
    const pause = drawBreak(this.d.rng);
    if (!pause) return;
    this.onBreak = true;
    this.d.tally.breaks++;
    try {
      await this.d.api.presence({ intent: 'not_ready', reason: pause.reason });
      await this.timers.sleep(this.sim(pause.seconds));
    } finally {
      this.onBreak = false;
    }
    await this.ready();
  }

  /**
   * Stops cleanly: offline first (nothing new is offered), then every contact
   * in hand is finished at once, the live connection closed and the session
   * signed out.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.d.api.presence({ intent: 'offline' }).catch((err: unknown) => this.fail(String(err)));
    this.timers.cancelAll();
    // Offers that reach us while stopping are declined by their tasks.
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks.values()]);
    this.live.stop();
    await this.d.api.logout().catch(() => undefined);
  }
}
