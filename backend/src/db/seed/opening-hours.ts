// Opening-hour templates for contact cards and the Swedish public holidays that
// become exceptions to them. Holidays are computed (Easter-based ones too), so
// the seed always carries exceptions for the months after the clock's today.

export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Span = [string, string];
export type Weekly = Record<Day, Span[]>;

export interface OpeningHours {
  weekly: Weekly;
  exceptions: { date: string; hours: Span[]; note: string }[];
}

export type HoursTemplate =
  | 'authority'
  | 'bureau'
  | 'always'
  | 'guidance-full'
  | 'guidance-split'
  | 'guidance-small'
  | 'debt-mornings'
  | 'debt-split'
  | 'energy';

const closed: Span[] = [];
const week = (mon: Span[], tue: Span[], wed: Span[], thu: Span[], fri: Span[], sat: Span[] = closed, sun: Span[] = closed): Weekly =>
  ({ mon, tue, wed, thu, fri, sat, sun });

const TEMPLATES: Record<HoursTemplate, Weekly> = {
  authority: week([['08:00', '16:30']], [['08:00', '16:30']], [['08:00', '16:30']], [['08:00', '16:30']], [['08:00', '15:00']]),
  bureau: week(
    [['09:00', '12:00'], ['13:00', '15:00']],
    [['09:00', '12:00'], ['13:00', '15:00']],
    [['09:00', '12:00'], ['13:00', '15:00']],
    [['09:00', '12:00'], ['13:00', '15:00']],
    [['09:00', '12:00']],
  ),
  always: week([['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']]),
  'guidance-full': week(
    [['08:00', '12:00'], ['13:00', '16:30']],
    [['08:00', '12:00'], ['13:00', '16:30']],
    [['08:00', '12:00'], ['13:00', '16:30']],
    [['08:00', '12:00'], ['13:00', '16:30']],
    [['08:00', '12:00'], ['13:00', '15:00']],
  ),
  'guidance-split': week(
    [['09:00', '12:00']],
    [['13:00', '16:00']],
    [['09:00', '12:00']],
    [['09:00', '12:00'], ['13:00', '18:00']],
    [['09:00', '12:00']],
  ),
  'guidance-small': week(closed, [['09:00', '12:00']], closed, [['09:00', '12:00'], ['13:00', '15:00']], closed),
  'debt-mornings': week([['08:30', '12:00']], [['08:30', '12:00']], [['08:30', '12:00']], [['08:30', '12:00']], [['08:30', '11:30']]),
  'debt-split': week(
    [['09:00', '11:30'], ['13:00', '15:30']],
    closed,
    [['09:00', '11:30'], ['13:00', '15:30']],
    [['09:00', '11:30'], ['13:00', '15:30']],
    [['09:00', '11:30']],
  ),
  energy: week([['08:00', '16:00']], [['08:00', '16:00']], [['08:00', '16:00']], [['08:00', '16:00']], [['08:00', '14:00']]),
};

interface Holiday {
  date: string;
  note: string;
  /** Eves before some holidays close at noon instead of all day. */
  halfDay: boolean;
}

const DAY_MS = 86_400_000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(y, month, day);
}

/** The first date in [from, from+6] falling on the given weekday (0 = Sunday). */
function weekdayOnOrAfter(from: Date, weekday: number): Date {
  return plusDays(from, (weekday - from.getUTCDay() + 7) % 7);
}

/** Public holidays plus the de facto closed eves and the usual half days. */
export function swedishHolidays(year: number): Holiday[] {
  const e = easter(year);
  const midsummerEve = weekdayOnOrAfter(utc(year, 6, 19), 5);
  const allSaints = weekdayOnOrAfter(utc(year, 10, 31), 6);
  const full = (d: Date, note: string): Holiday => ({ date: ymd(d), note, halfDay: false });
  const half = (d: Date, note: string): Holiday => ({ date: ymd(d), note, halfDay: true });
  return [
    full(utc(year, 1, 1), 'Nyårsdagen'),
    half(utc(year, 1, 5), 'Trettondagsafton'),
    full(utc(year, 1, 6), 'Trettondedag jul'),
    half(plusDays(e, -3), 'Skärtorsdagen'),
    full(plusDays(e, -2), 'Långfredagen'),
    full(plusDays(e, -1), 'Påskafton'),
    full(e, 'Påskdagen'),
    full(plusDays(e, 1), 'Annandag påsk'),
    half(utc(year, 4, 30), 'Valborgsmässoafton'),
    full(utc(year, 5, 1), 'Första maj'),
    half(plusDays(e, 38), 'Dag före Kristi himmelsfärds dag'),
    full(plusDays(e, 39), 'Kristi himmelsfärds dag'),
    full(plusDays(e, 49), 'Pingstdagen'),
    full(utc(year, 6, 6), 'Sveriges nationaldag'),
    full(midsummerEve, 'Midsommarafton'),
    full(plusDays(midsummerEve, 1), 'Midsommardagen'),
    half(plusDays(allSaints, -1), 'Dag före alla helgons dag'),
    full(allSaints, 'Alla helgons dag'),
    full(utc(year, 12, 24), 'Julafton'),
    full(utc(year, 12, 25), 'Juldagen'),
    full(utc(year, 12, 26), 'Annandag jul'),
    full(utc(year, 12, 31), 'Nyårsafton'),
  ];
}

const DAYS: readonly Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Clips a day's spans to end by noon: the usual "halvdag" before a holiday. */
function untilNoon(spans: readonly Span[]): Span[] {
  return spans.filter(([from]) => from < '12:00').map(([from, to]): Span => [from, to < '12:00' ? to : '12:00']);
}

/**
 * A template's weekly hours plus exceptions for every holiday in the window
 * starting at `today` that falls on a day the office would otherwise be open.
 */
export function openingHours(template: HoursTemplate, today: Date, days = 150): OpeningHours {
  const weekly = TEMPLATES[template];
  const copy = Object.fromEntries(Object.entries(weekly).map(([d, spans]) => [d, spans.map((s): Span => [s[0], s[1]])])) as Weekly;
  if (template === 'always') return { weekly: copy, exceptions: [] };
  const start = ymd(today);
  const end = ymd(plusDays(today, days));
  const year = today.getUTCFullYear();
  const exceptions = [...swedishHolidays(year), ...swedishHolidays(year + 1)]
    .filter((h) => h.date >= start && h.date <= end)
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((h) => {
      const regular = weekly[DAYS[new Date(`${h.date}T00:00:00Z`).getUTCDay()] ?? 'sun'];
      if (regular.length === 0) return [];
      const hours = h.halfDay ? untilNoon(regular) : [];
      if (h.halfDay && hours.length === regular.length && hours.every((s, i) => s[1] === regular[i]?.[1])) return [];
      return [{ date: h.date, hours, note: h.note }];
    });
  return { weekly: copy, exceptions };
}
