// The command line of `npm run simulate`. Parsing is pure (argv and
// environment in, options or a usage error out) so it can be tested.
import { parseArgs } from 'node:util';
import { parseMinute } from './sim-clock.js';

export interface Options {
  server: string;
  /** Contacts per simulated hour, flat all day; undefined = the national profile. */
  rate: number | undefined;
  speed: number;
  /** Real minutes until the simulator stops by itself; undefined = until a signal. */
  durationMinutes: number | undefined;
  seed: string;
  advisers: number;
  /** Simulated advisers are <prefix><firstAdviser>, <prefix><firstAdviser + 1>, … */
  adviserPrefix: string;
  firstAdviser: number;
  /** Password of each simulated adviser; "{user}" stands for the username. */
  adviserPassword: string;
  lead: { username: string; password: string };
  openQueues: boolean;
  /** Minute of the simulated day to start at; undefined = now in Stockholm, or 09:00 outside the day. */
  startMinute: number | undefined;
  /** Real seconds between progress lines. */
  reportSeconds: number;
  returningShare: number;
}

export const USAGE = `npm run simulate -- [options]

A demo and load tool: sends simulated consumer contacts to a running backend
over its public API, and optionally runs simulated advisers who take them.

  --server <url>           backend (default $HALLA_SERVER_URL or http://127.0.0.1:8080)
  --rate <n>               contacts per simulated hour, steady all day
                           (default: the national profile, ~300 per working day)
  --speed <factor>         simulated time runs this much faster (default 1; 30 = a day in ~16 min)
  --duration <minutes>     stop by itself after this many real minutes (default: until Ctrl+C)
  --seed <text>            replay the same consumers and traffic (default: random, printed)
  --advisers <n>           simulated advisers: adviser2 … adviser<n+1> (default 0)
  --first-adviser <k>      number of the first simulated adviser (default 2)
  --adviser-prefix <text>  username prefix of simulated advisers (default "adviser")
  --adviser-password <pw>  their password; {user} is replaced by the username (default demo-{user})
  --lead <user:password>   the team lead who registers contacts (default teamlead:demo-teamlead)
  --open-queues            open closed queues for today (a dated exception) before starting
  --start <HH:MM>          simulated time of day to start at (default: now, or 09:00 outside 08–17)
  --report-every <s>       seconds between progress lines (default 60)
  --returning <share>      share of contacts from returning consumers (default 0.2)
  --help                   this text`;

export class UsageError extends Error {
  override name = 'UsageError';
}

function number(name: string, raw: string | undefined, check: (n: number) => boolean, what: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} must be ${what}, got "${raw}"`);
  return n;
}

/** Returns null when help was asked for. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv, randomSeed: () => string): Options | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        server: { type: 'string' },
        rate: { type: 'string' },
        speed: { type: 'string' },
        duration: { type: 'string' },
        seed: { type: 'string' },
        advisers: { type: 'string' },
        'first-adviser': { type: 'string' },
        'adviser-prefix': { type: 'string' },
        'adviser-password': { type: 'string' },
        lead: { type: 'string' },
        'open-queues': { type: 'boolean' },
        start: { type: 'string' },
        'report-every': { type: 'string' },
        returning: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const v = parsed.values;
  if (v.help) return null;

  const server = (v.server ?? env.HALLA_SERVER_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(server)) throw new UsageError(`--server must be an http(s) URL, got "${server}"`);
  const lead = v.lead ?? 'teamlead:demo-teamlead';
  const colon = lead.indexOf(':');
  if (colon <= 0 || colon === lead.length - 1) throw new UsageError('--lead must be <user>:<password>');
  let startMinute: number | undefined;
  if (v.start !== undefined) {
    const m = parseMinute(v.start);
    if (m === null) throw new UsageError(`--start must be HH:MM, got "${v.start}"`);
    startMinute = m;
  }
  const positive = (n: number) => n > 0;
  return {
    server,
    rate: number('rate', v.rate, (n) => n > 0 && n <= 100_000, 'a rate per hour above 0'),
    speed: number('speed', v.speed, (n) => n > 0 && n <= 10_000, 'a factor above 0') ?? 1,
    durationMinutes: number('duration', v.duration, positive, 'a positive number of minutes'),
    seed: v.seed ?? randomSeed(),
    advisers: number('advisers', v.advisers, (n) => Number.isInteger(n) && n >= 0 && n <= 500, 'a whole number 0–500') ?? 0,
    firstAdviser: number('first-adviser', v['first-adviser'], (n) => Number.isInteger(n) && n >= 1, 'a whole number from 1') ?? 2,
    adviserPrefix: v['adviser-prefix'] ?? 'adviser',
    adviserPassword: v['adviser-password'] ?? 'demo-{user}',
    lead: { username: lead.slice(0, colon), password: lead.slice(colon + 1) },
    openQueues: v['open-queues'] ?? false,
    startMinute,
    reportSeconds: number('report-every', v['report-every'], (n) => n >= 1, 'at least 1 second') ?? 60,
    returningShare: number('returning', v.returning, (n) => n >= 0 && n <= 1, 'a share between 0 and 1') ?? 0.2,
  };
}

/** The simulated advisers' logins. */
export function adviserLogins(o: Pick<Options, 'advisers' | 'adviserPrefix' | 'firstAdviser' | 'adviserPassword'>): Array<{ username: string; password: string }> {
  return Array.from({ length: o.advisers }, (_, i) => {
    const username = `${o.adviserPrefix}${o.firstAdviser + i}`;
    return { username, password: o.adviserPassword.replaceAll('{user}', username) };
  });
}
