// Wall-clock time in IANA zones for the axis: which instant starts a local day, what a local
// clock reads at an instant. Read from the host's Intl, as the core's calendars are, so the axis
// and the shading of open hours agree on every DST change.

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * What a clock on the wall reads in a zone at an instant. `month` is 1–12, `weekday` 0 = Sunday.
 *
 * @example
 * wallTimeOf(Date.UTC(2026, 2, 8, 7), 'America/New_York'); // { year: 2026, month: 3, day: 8, hour: 3, … }
 */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Readonly<Record<string, number>> = {
  Sun: 0,
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
};

function partFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    // h23: some runtimes print midnight as "24" under hour12: false.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

/**
 * Whether the runtime knows an IANA zone.
 *
 * @example
 * isKnownTimeZone('Europe/Paris'); // true
 */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    partFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall-clock reading of `timeZone` at instant `t` (epoch ms).
 *
 * @example
 * wallTimeOf(Date.UTC(2026, 0, 1, 12), 'Asia/Kolkata').minute; // 30
 */
export function wallTimeOf(t: number, timeZone: string): WallTime {
  const fields: Record<string, number> = {};
  for (const part of partFormat(timeZone).formatToParts(t)) {
    if (part.type === 'weekday') fields.weekday = WEEKDAYS[part.value] ?? 0;
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
    weekday: fields.weekday ?? 0,
  };
}

/**
 * A wall time as if it were UTC, in ms: the local reading as a plain number to do sums on.
 *
 * @example
 * wallMsOf(wallTimeOf(t, 'UTC')) === Math.floor(t / 1000) * 1000; // true
 */
export function wallMsOf(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/**
 * The UTC offset of `timeZone` at `t` in ms (local minus UTC).
 *
 * @example
 * zoneOffsetAt(Date.UTC(2026, 6, 1), 'Europe/London'); // 3_600_000
 */
export function zoneOffsetAt(t: number, timeZone: string): number {
  return wallMsOf(wallTimeOf(t, timeZone)) - Math.floor(t / 1000) * 1000;
}

/**
 * The first instant whose wall-clock reading in `timeZone` is at least `wallMs` (a wall time
 * written as UTC ms). A time a DST change repeats gives its earlier instant; one it skips gives
 * the instant the clocks jump, so the start of a day whose midnight is skipped is still found.
 *
 * @example
 * // 08:00 in New York on 2 March 2026 (EST)
 * instantOfWall(Date.UTC(2026, 2, 2, 8), 'America/New_York'); // Date.UTC(2026, 2, 2, 13)
 */
export function instantOfWall(wallMs: number, timeZone: string): number {
  // Offsets a day either side bracket any change near the wall time (none is ever closer twice).
  const before = zoneOffsetAt(wallMs - DAY, timeZone);
  const after = zoneOffsetAt(wallMs + DAY, timeZone);
  const reads = (t: number) => t + zoneOffsetAt(t, timeZone);
  const early = wallMs - Math.max(before, after);
  const late = wallMs - Math.min(before, after);
  if (reads(early) === wallMs) return early;
  if (reads(late) === wallMs) return late;
  // Skipped: bisect, to the second, for the first instant that reads past it.
  let lo = early;
  let hi = late;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (reads(mid) >= wallMs) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * A local calendar day of a zone: the instants it starts and ends at (23 or 25 hours apart on
 * DST days), its date and weekday.
 *
 * @example
 * const day: LocalDay = { start, end, year: 2026, month: 3, day: 8, weekday: 0 };
 */
export interface LocalDay {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
}

/**
 * The start of the local date `year-month-day` in `timeZone`.
 *
 * @example
 * startOfLocalDate(2026, 3, 8, 'America/New_York'); // Date.UTC(2026, 2, 8, 5)
 */
export function startOfLocalDate(
  year: number,
  month: number,
  day: number,
  timeZone: string,
): number {
  return instantOfWall(Date.UTC(year, month - 1, day), timeZone);
}

/**
 * The local days of `timeZone` that overlap `[from, to)`, in order; at most `limit` of them.
 *
 * @example
 * localDays(Date.UTC(2026, 2, 8, 5), Date.UTC(2026, 2, 9, 4), 'America/New_York')[0].end -
 *   localDays(…)[0].start; // 23 hours: clocks went forward
 */
export function localDays(from: number, to: number, timeZone: string, limit = 400): LocalDay[] {
  const days: LocalDay[] = [];
  const first = wallTimeOf(from, timeZone);
  // Date.UTC walks the calendar; the zone only decides where each date starts.
  let date = Date.UTC(first.year, first.month - 1, first.day);
  let start = instantOfWall(date, timeZone);
  while (start < to && days.length < limit) {
    const next = date + DAY;
    const end = instantOfWall(next, timeZone);
    const d = new Date(date);
    days.push({
      start,
      end,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      weekday: d.getUTCDay(),
    });
    date = next;
    start = end;
  }
  return days;
}

/**
 * Hours in a local day: 24, or 23 and 25 on the days clocks change.
 *
 * @example
 * hoursInDay(localDays(from, to, 'Europe/Paris')[0]); // 23 on 29 March 2026
 */
export function hoursInDay(day: Pick<LocalDay, 'start' | 'end'>): number {
  return (day.end - day.start) / HOUR;
}
