// The live hub of one backend instance: the workstations connected to it, and
// the durable events they are owed. After any routing transaction commits
// (here or, on PostgreSQL, in another instance) the hub reads the new events
// in sequence order and sends each to the connections it is for, at most once
// per connection. A reconnecting workstation names the last sequence it saw
// and gets what it missed first.
import type { Deps } from '../deps.js';
import type { Role } from '../db/schema.js';
import type { LiveEvent } from './events.js';

export interface LiveSocket {
  send(text: string): void;
  close(code?: number, reason?: string): void;
}

interface Connection {
  socket: LiveSocket;
  userId: string;
  isLead: boolean;
  /** Highest sequence sent on this connection. */
  lastSeq: number;
  /** While the replay is read, live events wait here. */
  buffer: Array<{ seq: number; text: string }> | null;
}

interface EventRow {
  seq: number;
  at: string;
  audience: 'user' | 'leads';
  user_id: string | null;
  payload: string;
}

/** A reconnect older than this many events (or than the retention) re-reads its state instead. */
const MAX_REPLAY = 2000;
/** Who receives the 'leads' audience: everyone who may open the wallboard. */
const LEADS: ReadonlySet<Role> = new Set(['team_lead', 'supervisor', 'admin']);

export class LiveHub {
  private readonly connections = new Set<Connection>();
  private cursor = 0;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;

  constructor(private readonly deps: Deps) {}

  get size(): number {
    return this.connections.size;
  }

  /** Users with a live connection here (for the presence heartbeat). */
  connectedUsers(): string[] {
    return [...new Set([...this.connections].map((c) => c.userId))];
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.cursor = await this.maxSeq();
  }

  private async maxSeq(): Promise<number> {
    const r = await this.deps.db.kysely.selectFrom('live_events').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
    return Number(r?.seq ?? 0);
  }

  /** Reads and dispatches everything committed since the last poke; concurrent pokes coalesce. */
  poke(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const rows = await this.deps.db.kysely
        .selectFrom('live_events')
        .select(['seq', 'at', 'audience', 'user_id', 'payload'])
        .where('seq', '>', this.cursor)
        .orderBy('seq')
        .limit(500)
        .execute();
      for (const r of rows) {
        const row = { ...r, seq: Number(r.seq) };
        this.cursor = row.seq;
        this.dispatch(row);
      }
      if (rows.length < 500) return;
    }
  }

  private static matches(c: Connection, r: EventRow): boolean {
    return r.audience === 'leads' ? c.isLead : r.user_id === c.userId;
  }

  private static text(r: EventRow): string {
    // The stored body plus its place in the sequence: one JSON object per message.
    return `{"seq":${r.seq},"at":${JSON.stringify(r.at)},${r.payload.slice(1)}`;
  }

  private dispatch(r: EventRow): void {
    let text: string | null = null;
    for (const c of this.connections) {
      if (r.seq <= c.lastSeq || !LiveHub.matches(c, r)) continue;
      text ??= LiveHub.text(r);
      if (c.buffer) {
        c.buffer.push({ seq: r.seq, text });
      } else {
        c.lastSeq = r.seq;
        c.socket.send(text);
      }
    }
  }

  /** Sends a picture-of-now event (queue statistics, data pokes) to every connection, or to those `to` picks. */
  broadcast(event: LiveEvent, to?: (userId: string, isLead: boolean) => boolean): void {
    const text = JSON.stringify(event);
    for (const c of this.connections) if (!c.buffer && (!to || to(c.userId, c.isLead))) c.socket.send(text);
  }

  /**
   * A workstation connects. With `after` it resumes: events after that
   * sequence are sent first; when they cannot all be (too old, or from
   * another server's numbering) it is told to re-read its state instead.
   */
  async attach(socket: LiveSocket, user: { userId: string; role: Role }, after: number | null): Promise<() => void> {
    const conn: Connection = { socket, userId: user.userId, isLead: LEADS.has(user.role), lastSeq: 0, buffer: [] };
    this.connections.add(conn);
    const detach = () => void this.connections.delete(conn);
    try {
      const now = this.deps.clock.now().toISOString();
      const top = Math.max(this.cursor, await this.maxSeq());
      let replay: EventRow[] = [];
      let resync = false;
      if (after !== null) {
        const oldest = await this.deps.db.kysely.selectFrom('live_events').select((eb) => eb.fn.min('seq').as('seq')).executeTakeFirst();
        const min = Number(oldest?.seq ?? top + 1);
        if (after > top || (after < min - 1 && top > 0)) {
          resync = true;
        } else {
          const rows = await this.deps.db.kysely
            .selectFrom('live_events')
            .select(['seq', 'at', 'audience', 'user_id', 'payload'])
            .where('seq', '>', after)
            .where('seq', '<=', top)
            .where((eb) => eb.or([eb('user_id', '=', user.userId), ...(conn.isLead ? [eb('audience', '=', 'leads')] : [])]))
            .orderBy('seq')
            .limit(MAX_REPLAY + 1)
            .execute();
          if (rows.length > MAX_REPLAY) resync = true;
          else replay = rows.map((r) => ({ ...r, seq: Number(r.seq) }));
        }
      }
      socket.send(JSON.stringify({ type: 'hello', at: now, lastSeq: top, replayed: replay.length, resync, userId: user.userId } satisfies LiveEvent));
      for (const r of replay) {
        conn.lastSeq = r.seq;
        socket.send(LiveHub.text(r));
      }
      // Nothing at or below `top` is owed any more: replayed, or (resync / fresh start) covered by GET /v1/work.
      conn.lastSeq = Math.max(conn.lastSeq, top);
      const buffered = conn.buffer ?? [];
      conn.buffer = null;
      for (const b of buffered) {
        if (b.seq <= conn.lastSeq) continue;
        conn.lastSeq = b.seq;
        socket.send(b.text);
      }
    } catch (err) {
      detach();
      throw err;
    }
    return detach;
  }

  closeAll(code = 1001, reason = 'server shutting down'): void {
    for (const c of this.connections) c.socket.close(code, reason);
    this.connections.clear();
  }
}
