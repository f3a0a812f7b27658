// UTC offsets and wall-clock readings of IANA zones, read from Intl: the host's own tz database, so
// no table ships with us and zones stay as current as the runtime. The one place zones are read:
// the engine's calendars and the timeline's axis both come here, so they agree on every DST day.
// Every reader takes the zone first, then the instant. Intl is slow (about a microsecond a call), so offsets
// are read once per zone and year and kept as spans of constant offset.

/** A minute and a day in milliseconds. */
export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** Spans of constant UTC offset: span `k` starts at `at[k]` and has offset `offset[k]` (ms). */
export interface OffsetSpans {
  readonly at: readonly number[];
  readonly offset: readonly number[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const spansByZone = new Map<string, Map<number, OffsetSpans>>();

/**
 * The formatter that reads wall-clock time in `timeZone`, or `undefined` when the runtime does not
 * know the zone.
 *
 * @example
 * zoneFormatter('Asia/Kolkata') !== undefined; // true
 */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat | undefined {
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      // h23: some runtimes print midnight as "24" with hour12: false.
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return undefined;
    }
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * The UTC offset of `timeZone` at instant `t` in milliseconds (wall clock minus UTC), straight
 * from Intl. Use {@link offsetSpans} in hot paths.
 *
 * @example
 * offsetAt('Asia/Kolkata', Date.UTC(2026, 0, 1)); // 19_800_000 (+05:30)
 */
export function offsetAt(timeZone: string, t: number): number {
  const format = zoneFormatter(timeZone);
  if (!format) return 0;
  // "M/D/YYYY, HH:MM:SS" — format() is three times faster than formatToParts().
  const [mo, d, y, h, mi, s] = (format.format(t).match(/\d+/g) ?? []).map(Number);
  const second = Math.floor(t / 1000) * 1000;
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s) - second;
}

/**
 * Whether the runtime knows an IANA zone. Unknown zones read as UTC everywhere in this module.
 *
 * @example
 * isKnownTimeZone('Europe/Paris'); // true
 * isKnownTimeZone('Mars/Olympus_Mons'); // false
 */
export function isKnownTimeZone(timeZone: string): boolean {
  return zoneFormatter(timeZone) !== undefined;
}

/**
 * What a clock on the wall reads in a zone at an instant. `month` is 1–12, `weekday` 0 = Sunday.
 *
 * @example
 * const wall: WallTime = wallTimeAt('America/New_York', Date.UTC(2026, 2, 8, 7)); // 03:00, Sunday
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

/**
 * The wall-clock reading of `timeZone` at instant `t` (epoch ms), to the second.
 *
 * @example
 * wallTimeAt('Asia/Kolkata', Date.UTC(2026, 0, 1, 12)); // { hour: 17, minute: 30, weekday: 4, … }
 */
export function wallTimeAt(timeZone: string, t: number): WallTime {
  // The reading as if it were UTC: one Intl call (offsetAt), then plain date fields.
  const wall = new Date(Math.floor(t / 1000) * 1000 + offsetAt(timeZone, t));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
  };
}

/**
 * The first instant whose wall-clock reading in `timeZone` is at least `wallMs` (a wall time
 * written as UTC ms). A time a DST change repeats gives its earlier instant; one it skips gives
 * the instant the clocks jump, so the start of a day whose midnight is skipped is still found.
 *
 * @example
 * // 08:00 in New York on 2 March 2026 (EST)
 * instantOfWall('America/New_York', Date.UTC(2026, 2, 2, 8)); // Date.UTC(2026, 2, 2, 13)
 */
export function instantOfWall(timeZone: string, wallMs: number): number {
  // Offsets a day either side bracket any change near the wall time (none is ever closer twice).
  const before = offsetAt(timeZone, wallMs - DAY);
  const after = offsetAt(timeZone, wallMs + DAY);
  const reads = (t: number) => t + offsetAt(timeZone, t);
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
 * The spans of constant offset of `timeZone` over UTC year `year`, with four days to spare on
 * each side (a local day reaches up to 14 h from UTC, an overnight shift a day more).
 *
 * @example
 * offsetSpans('America/New_York', 2026).at.length; // 3: EST, EDT from 8 March, EST from 1 November
 */
export function offsetSpans(timeZone: string, year: number): OffsetSpans {
  let byYear = spansByZone.get(timeZone);
  if (!byYear) {
    byYear = new Map();
    spansByZone.set(timeZone, byYear);
  }
  const cached = byYear.get(year);
  if (cached) return cached;
  const from = Date.UTC(year, 0, 1) - 4 * DAY;
  const to = Date.UTC(year + 1, 0, 1) + 4 * DAY;
  const at = [from];
  const offset = [offsetAt(timeZone, from)];
  // Daily samples: zones change offset at most a few times a year and never twice in a day.
  let previous = from;
  for (let t = from + DAY; t <= to; t = Math.min(t + DAY, to)) {
    const current = offsetAt(timeZone, t);
    // Should two changes ever fall between samples (A → B → C), they are found one at a time.
    while (current !== offset[offset.length - 1]) {
      const known = offset[offset.length - 1];
      let lo = previous;
      let hi = t;
      // tz changes fall on whole seconds: bisect to the second.
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetAt(timeZone, mid) === known) lo = mid;
        else hi = mid;
      }
      at.push(hi);
      offset.push(offsetAt(timeZone, hi));
      previous = hi;
    }
    previous = t;
    if (t === to) break;
  }
  const spans = { at, offset };
  byYear.set(year, spans);
  return spans;
}
