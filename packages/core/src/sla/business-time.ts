import { tandemError } from '../errors';
import { type Calendar, tablesOf } from './calendar';
import { type Chunk, chunkAt, chunkOfYear, cumAt, locate, reach, type Tables } from './chunk';
import { MINUTE } from './tz';

// Business-time arithmetic over the chunks of a compiled calendar. Everything runs on epoch
// milliseconds; the exported functions convert at the edges. Finding the start instant and the
// target total are both index lookups, so a 40-day deadline costs what a 30-minute one does.

/**
 * An instant as the API takes it: a Date or epoch milliseconds.
 *
 * @example
 * const now: Instant = Date.now();
 */
export type Instant = Date | number;

/**
 * Epoch ms of an instant; throws `E103` for an invalid date or a non-number.
 *
 * @example
 * msOf(new Date(0)); // 0
 */
export function msOf(instant: Instant): number {
  const t = typeof instant === 'number' ? instant : +instant;
  if (t - t !== 0) {
    throw tandemError(
      'E103',
      `expected a valid Date or epoch milliseconds, got ${String(instant)}.`,
    );
  }
  return Math.trunc(t);
}

/** Whole ms of a number of minutes, rounded half away from zero so negatives mirror positives. */
function msOfMinutes(minutes: number): number {
  if (typeof minutes !== 'number' || minutes - minutes !== 0) {
    throw tandemError('E103', `expected a finite number of minutes, got ${String(minutes)}.`);
  }
  return minutes < 0 ? -Math.round(-minutes * MINUTE) : Math.round(minutes * MINUTE);
}

/**
 * The last year worth searching from `year` for open (`seek` 'open') or closed time: unbounded,
 * unless the week has none — then only holidays can have it, and past them nothing changes.
 */
function horizon(tables: Tables, year: number, forward: boolean, seek: 'open' | 'closed'): number {
  if (!(seek === 'open' ? tables.weekOpen === 0 : tables.alwaysOpen)) {
    return forward ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }
  // A year to spare: a holiday's hours can spill over the UTC new year.
  const [first, last] = tables.holidayYears;
  return forward ? Math.max(last, year) + 1 : Math.min(first, year) - 1;
}

/** The chunk after (or before) `chunk`, or `undefined` past `limit`. */
function next(tables: Tables, chunk: Chunk, forward: boolean, limit: number): Chunk | undefined {
  const year = chunk.year + (forward ? 1 : -1);
  return (forward ? year > limit : year < limit) ? undefined : chunkOfYear(tables, year);
}

/**
 * The instant after `start` at which `ms` open milliseconds have passed (before it, for negative
 * `ms`), as epoch ms. The core of {@link addBusinessTime}.
 *
 * @example
 * addMs(tablesOf(office), Date.UTC(2026, 0, 5, 13), 3_600_000);
 */
export function addMs(tables: Tables, start: number, ms: number): number {
  if (ms === 0) return start;
  let chunk: Chunk | undefined = chunkAt(tables, start);
  let x = cumAt(chunk, start) + ms;
  const limit = horizon(tables, chunk.year, ms > 0, 'open');
  if (ms > 0) {
    // The earliest T: the target total is reached inside (or at the end of) an interval.
    while (x > chunk.total) {
      x -= chunk.total;
      chunk = next(tables, chunk, true, limit);
      if (!chunk) throw neverEnough(ms);
    }
    const j = reach(chunk, x, false);
    return (chunk.starts[j] as number) + x - (chunk.cum[j] as number);
  }
  // The latest T: the target total is at an interval's start rather than the previous end.
  while (x < 0) {
    chunk = next(tables, chunk, false, limit);
    if (!chunk) throw neverEnough(ms);
    x += chunk.total;
  }
  const j = reach(chunk, x, true);
  return (chunk.starts[j] as number) + x - (chunk.cum[j] as number);
}

function neverEnough(ms: number) {
  return tandemError(
    'E105',
    `the calendar has less than ${ms / MINUTE} open minutes ${ms > 0 ? 'after' : 'before'} the start: its week has no open hours, only some holidays do. Give it weekly hours.`,
  );
}

/**
 * Open ms in `[a, b)` for `a <= b`. The core of {@link businessTimeBetween}.
 *
 * @example
 * openMs(tablesOf(CALENDAR_24X7), 0, 60_000); // 60_000
 */
export function openMs(tables: Tables, a: number, b: number): number {
  let chunk = chunkAt(tables, a);
  if (b < chunk.to) return cumAt(chunk, b) - cumAt(chunk, a);
  let open = chunk.total - cumAt(chunk, a);
  for (let year = chunk.year + 1; ; year++) {
    chunk = chunkOfYear(tables, year);
    if (b < chunk.to) return open + cumAt(chunk, b);
    open += chunk.total;
  }
}

/**
 * The earliest instant `T >= start` such that the calendar is open for exactly `minutes` in
 * `[start, T)`. Fractional minutes count to the millisecond (a Date's precision); a start with
 * seconds keeps them; `0` returns `start`. Negative minutes go back: the latest `T <= start` with
 * that much open time in `[T, start)`. So a deadline that lands on closing time is closing time,
 * not the next opening, and going back lands on an opening, not the previous close.
 *
 * @example
 * // Friday 16:30 New York + 60 business minutes on an 08:00–17:00 calendar → Monday 08:30
 * addBusinessTime(office, new Date('2026-03-13T16:30:00-04:00'), 60);
 */
export function addBusinessTime(calendar: Calendar, start: Instant, minutes: number): Date {
  return new Date(addMs(tablesOf(calendar), msOf(start), msOfMinutes(minutes)));
}

/**
 * Open minutes in `[a, b)`; negative (the open minutes in `[b, a)`) when `b` is before `a`.
 *
 * @example
 * businessTimeBetween(office, new Date('2026-03-13T16:30:00-04:00'), new Date('2026-03-16T08:30:00-04:00')); // 60
 */
export function businessTimeBetween(calendar: Calendar, a: Instant, b: Instant): number {
  const tables = tablesOf(calendar);
  const from = msOf(a);
  const to = msOf(b);
  return from <= to ? openMs(tables, from, to) / MINUTE : -openMs(tables, to, from) / MINUTE;
}

/**
 * Whether the calendar is open at an instant (an interval's start is open, its end is not).
 *
 * @example
 * isOpen(CALENDAR_24X7, Date.now()); // true
 */
export function isOpen(calendar: Calendar, at: Instant): boolean {
  const t = msOf(at);
  const chunk = chunkAt(tablesOf(calendar), t);
  const i = locate(chunk, t);
  return i < chunk.n && (chunk.starts[i] as number) <= t;
}

/**
 * The first instant at or after `t` when the calendar is open, in epoch ms, or `undefined`.
 *
 * @example
 * openFrom(tablesOf(office), Date.UTC(2026, 2, 14, 16)); // Monday 08:00 New York, in ms
 */
export function openFrom(tables: Tables, t: number): number | undefined {
  let chunk: Chunk | undefined = chunkAt(tables, t);
  const limit = horizon(tables, chunk.year, true, 'open');
  while (chunk) {
    const i = locate(chunk, t);
    if (i < chunk.n) return Math.max(t, chunk.starts[i] as number);
    chunk = next(tables, chunk, true, limit);
    t = chunk?.from ?? t;
  }
  return undefined;
}

/**
 * The first instant at or after `t` when the calendar is closed, in epoch ms, or `undefined`.
 *
 * @example
 * closedFrom(tablesOf(office), Date.UTC(2026, 2, 13, 14)); // Friday 17:00 New York, in ms
 */
export function closedFrom(tables: Tables, t: number): number | undefined {
  let chunk: Chunk | undefined = chunkAt(tables, t);
  const limit = horizon(tables, chunk.year, true, 'closed');
  while (chunk) {
    const i = locate(chunk, t);
    if (i === chunk.n || (chunk.starts[i] as number) > t) return t;
    t = chunk.ends[i] as number;
    // An interval cut at the year's end may go on in the next chunk.
    if (t < chunk.to) return t;
    chunk = next(tables, chunk, true, limit);
  }
  return undefined;
}

/**
 * The first instant at or after `at` when the calendar is open — `at` itself if open then —
 * or `null` if it never opens again (a week with no hours, past its last holiday).
 *
 * @example
 * nextOpen(office, new Date('2026-03-14T12:00:00-04:00')); // Monday 08:00 New York
 */
export function nextOpen(calendar: Calendar, at: Instant): Date | null {
  const t = openFrom(tablesOf(calendar), msOf(at));
  return t === undefined ? null : new Date(t);
}

/**
 * The first instant at or after `at` when the calendar is closed — `at` itself if closed then —
 * or `null` if it never closes again (24/7 past its last holiday). `nextClose(c, nextOpen(c, t))`
 * is when the next open period ends.
 *
 * @example
 * nextClose(office, new Date('2026-03-13T10:00:00-04:00')); // Friday 17:00 New York
 */
export function nextClose(calendar: Calendar, at: Instant): Date | null {
  const t = closedFrom(tablesOf(calendar), msOf(at));
  return t === undefined ? null : new Date(t);
}
