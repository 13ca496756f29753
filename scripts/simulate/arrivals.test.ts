// The arrival schedule: the national volume and mix, the shape of the day,
// and the same traffic for the same seed.
import { describe, expect, it } from 'vitest';
import { createArrivalSchedule, type Arrival } from './arrivals.js';
import { CHANNEL_SHARE, CHANNELS, CONTACTS_PER_WORKING_DAY, DAY_END_MINUTE, DAY_START_MINUTE, peakRate, ratesAt, totalRate, type Channel } from './profile.js';
import { createRng } from './random.js';
import { SimClock } from './sim-clock.js';

const DAY_MS = (DAY_END_MINUTE - DAY_START_MINUTE) * 60_000;

/** Every arrival in the first `days` simulated days, starting at 08:00. */
function arrivals(seed: string, days: number, flatPerHour?: number): Arrival[] {
  const clock = new SimClock(0, 1, DAY_START_MINUTE);
  const schedule = createArrivalSchedule(createRng(seed, 'arrivals'), (t) => clock.minuteOfDay(t), flatPerHour);
  const out: Arrival[] = [];
  for (let a = schedule.next(0); a.atSimMs < days * DAY_MS; a = schedule.next(a.atSimMs)) out.push(a);
  return out;
}

describe('the national profile', () => {
  it('adds up to about 300 contacts per working day with the stated channel mix', () => {
    let total = 0;
    const byChannel: Partial<Record<Channel, number>> = {};
    for (let m = DAY_START_MINUTE; m < DAY_END_MINUTE; m++) {
      const r = ratesAt(m);
      total += totalRate(r) / 60;
      for (const c of CHANNELS) byChannel[c] = (byChannel[c] ?? 0) + r[c] / 60;
    }
    expect(total).toBeCloseTo(CONTACTS_PER_WORKING_DAY, 6);
    for (const c of CHANNELS) expect(byChannel[c]! / total).toBeCloseTo(CHANNEL_SHARE[c], 6);
  });

  it('peaks mid-morning, and takes calls and chats only 09:00–16:00', () => {
    const hourly = [8, 9, 10, 11, 12, 13, 14, 15, 16].map((h) => totalRate(ratesAt(h * 60 + 30)));
    expect(Math.max(...hourly)).toBe(hourly[2]); // 10:00–11:00
    expect(hourly[4]).toBeLessThan(hourly[3]!); // the lunch dip
    for (const m of [8 * 60, 8 * 60 + 59, 16 * 60, 16 * 60 + 59]) {
      expect(ratesAt(m).phone).toBe(0);
      expect(ratesAt(m).chat).toBe(0);
      expect(ratesAt(m).email).toBeGreaterThan(0);
    }
    // Outside the simulated day nothing arrives.
    expect(totalRate(ratesAt(7 * 60))).toBe(0);
    expect(totalRate(ratesAt(17 * 60))).toBe(0);
  });

  it('gives a flat rate with the same mix when --rate is set', () => {
    expect(totalRate(ratesAt(8 * 60, 120))).toBeCloseTo(120, 9);
    expect(totalRate(ratesAt(16 * 60 + 59, 120))).toBeCloseTo(120, 9);
    expect(ratesAt(12 * 60, 120).phone).toBeCloseTo(66, 9);
    expect(peakRate(120)).toBeCloseTo(120, 9);
  });
});

describe('the arrival schedule', () => {
  it('draws a day of about 300 contacts, in the day\'s shape, with ~8% in English', () => {
    const days = 10;
    const all = arrivals('shape', days);
    const perDay = all.length / days;
    // Poisson: the standard deviation of ten days' total is ~55, so ±10% is over 5σ.
    expect(perDay).toBeGreaterThan(270);
    expect(perDay).toBeLessThan(330);
    const english = all.filter((a) => a.language === 'en').length / all.length;
    expect(english).toBeGreaterThan(0.06);
    expect(english).toBeLessThan(0.1);
    const phone = all.filter((a) => a.channel === 'phone').length / all.length;
    expect(phone).toBeGreaterThan(0.5);
    expect(phone).toBeLessThan(0.6);

    const minute = (a: Arrival) => DAY_START_MINUTE + ((a.atSimMs % DAY_MS) / 60_000);
    const calls = all.filter((a) => a.channel === 'phone' || a.channel === 'chat');
    expect(calls.every((a) => minute(a) >= 9 * 60 && minute(a) < 16 * 60)).toBe(true);
    const inHour = (h: number) => all.filter((a) => Math.floor(minute(a) / 60) === h).length;
    expect(inHour(10)).toBeGreaterThan(inHour(15));
    expect(inHour(10)).toBeGreaterThan(inHour(8));
  });

  it('comes in increasing time, the same for the same seed and different for another', () => {
    const a = arrivals('seed-a', 1);
    const again = arrivals('seed-a', 1);
    const b = arrivals('seed-b', 1);
    expect(again).toEqual(a);
    expect(b).not.toEqual(a);
    for (let i = 1; i < a.length; i++) expect(a[i]!.atSimMs).toBeGreaterThan(a[i - 1]!.atSimMs);
  });

  it('keeps a flat rate steady through the day', () => {
    const all = arrivals('flat', 1, 600);
    expect(all.length).toBeGreaterThan(600 * 9 * 0.9);
    expect(all.length).toBeLessThan(600 * 9 * 1.1);
    const early = all.filter((a) => a.atSimMs < DAY_MS / 2).length;
    expect(early / all.length).toBeGreaterThan(0.45);
    expect(early / all.length).toBeLessThan(0.55);
  });
});
