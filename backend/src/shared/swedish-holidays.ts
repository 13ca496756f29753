// Swedish public holidays, computed (the Easter-based ones too), plus the eves
// on which offices close and the usual half days. Partners' contact cards and
// the service's own queues both close on them.
export interface Holiday {
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

