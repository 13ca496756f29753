// The command line: defaults, every option, and refusals that say what is wrong.
import { describe, expect, it } from 'vitest';
import { adviserLogins, parseOptions, UsageError } from './options.js';

const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseOptions(argv, env, () => 'random-seed');

describe('simulator options', () => {
  it('defaults to the demo backend, the national profile, real time and no advisers', () => {
    expect(parse([])).toEqual({
      server: 'http://127.0.0.1:8080',
      rate: undefined,
      speed: 1,
      durationMinutes: undefined,
      seed: 'random-seed',
      advisers: 0,
      firstAdviser: 2,
      adviserPrefix: 'adviser',
      adviserPassword: 'demo-{user}',
      lead: { username: 'teamlead', password: 'demo-teamlead' },
      openQueues: false,
      startMinute: undefined,
      reportSeconds: 60,
      returningShare: 0.2,
    });
    expect(parse([], { HALLA_SERVER_URL: 'http://10.0.0.5:9000/' })!.server).toBe('http://10.0.0.5:9000');
  });

  it('reads every option', () => {
    const o = parse([
      '--server', 'http://127.0.0.1:1234', '--rate', '120', '--speed', '30', '--duration', '0.5', '--seed', 'abc', '--advisers', '6',
      '--first-adviser', '3', '--adviser-prefix', 'sim', '--adviser-password', 'pw-{user}', '--lead', 'boss:s:e:c', '--open-queues',
      '--start', '10:15', '--report-every', '5', '--returning', '0.3',
    ])!;
    expect(o).toMatchObject({
      server: 'http://127.0.0.1:1234', rate: 120, speed: 30, durationMinutes: 0.5, seed: 'abc', advisers: 6, openQueues: true,
      startMinute: 615, reportSeconds: 5, returningShare: 0.3, lead: { username: 'boss', password: 's:e:c' },
    });
    expect(adviserLogins(o)).toEqual([3, 4, 5, 6, 7, 8].map((n) => ({ username: `sim${n}`, password: `pw-sim${n}` })));
    expect(adviserLogins(parse(['--advisers', '2'])!)).toEqual([
      { username: 'adviser2', password: 'demo-adviser2' },
      { username: 'adviser3', password: 'demo-adviser3' },
    ]);
  });

  it('returns null for --help', () => {
    expect(parse(['--help'])).toBeNull();
    expect(parse(['-h'])).toBeNull();
  });

  it.each([
    [['--speed', '0']],
    [['--speed', 'fast']],
    [['--rate', '-5']],
    [['--duration', '']],
    [['--advisers', '1.5']],
    [['--advisers', '501']],
    [['--lead', 'nopassword']],
    [['--lead', ':pw']],
    [['--start', '25:00']],
    [['--server', 'ftp://x']],
    [['--returning', '2']],
    [['--unknown']],
    [['positional']],
  ])('refuses %j', (argv) => {
    expect(() => parse(argv)).toThrow(UsageError);
  });
});
