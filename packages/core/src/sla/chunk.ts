import { tandemError } from '../errors';
import { CALENDAR_YEARS } from './calendar-spec';
import {
  type RecurringHoliday,
  recurringDaysOfYear,
  weekdayOfDay,
  yearOfDay,
} from './recurring-holidays';
import { DAY, MINUTE, offsetSpans } from './tz';

// A calendar's open time for one UTC year, materialised once as sorted, disjoint UTC intervals
// with a prefix sum of open milliseconds. Two small indexes make both lookups O(1) on average:
// `day` finds the interval at an instant, `bucket` the interval where a running total is reached.

/** What a compiled calendar knows; built by `createCalendar`, read by the business-time code. */
export interface Tables {
  readonly zone: string;
  /** Open wall-clock minutes `[start, end, start, end, …]` by weekday, 0 = Sunday. */
  readonly week: readonly (readonly number[])[];
  /** The same for holidays, by days since 1970-01-01 (local date). */
  readonly holidays: ReadonlyMap<number, readonly number[]>;
  /** Open minutes in a week of wall-clock time: 0 means open on (some) holidays only. */
  readonly weekOpen: number;
  /** Every minute of the week is open: only holidays close it. */
  readonly alwaysOpen: boolean;
  /** First and last year with a holiday, to bound searches that could otherwise run forever. */
  readonly holidayYears: readonly [number, number];
  /** Yearly holiday rules, if any, and the days they give, worked out a year at a time. */
  readonly recurring?: RecurringTable;
  readonly chunks: Map<number, Chunk>;
  /** The chunk used last: most lookups hit it, saving a map lookup. */
  last: Chunk;
}

/** The yearly rules of a calendar and the days (with open minutes) of the years expanded so far. */
export interface RecurringTable {
  readonly rules: readonly RecurringHoliday[];
  readonly hours: readonly (readonly number[])[];
  readonly days: Map<number, readonly number[]>;
  readonly years: Set<number>;
}

/**
 * The open wall-clock minutes `[start, end, …]` of local day `epochDay` (days since
 * 1970-01-01): a dated holiday's, else a yearly rule's, else the weekday's.
 *
 * @example
 * hoursOfDay(tables, 20_812); // [480, 1020] for 2026-12-24 on an 08:00–17:00 calendar
 */
export function hoursOfDay(tables: Tables, epochDay: number): readonly number[] {
  return holidayHours(tables, epochDay) ?? tables.week[weekdayOfDay(epochDay)] ?? [];
}

/**
 * The open wall-clock minutes of local day `epochDay` if it is a holiday (dated, or given by a
 * yearly rule), else `undefined`.
 *
 * @example
 * holidayHours(tables, 20_812) !== undefined; // 2026-12-24 is a holiday of the calendar
 */
export function holidayHours(tables: Tables, epochDay: number): readonly number[] | undefined {
  const dated = tables.holidays.get(epochDay);
  if (dated) return dated;
  const recurring = tables.recurring;
  if (recurring) {
    // A substitute day can fall in the year before or after its holiday's.
    const year = yearOfDay(epochDay);
    for (let y = year - 1; y <= year + 1; y++) {
      if (recurring.years.has(y)) continue;
      recurring.years.add(y);
      for (const [day, index] of recurringDaysOfYear(recurring.rules, y)) {
        if (!recurring.days.has(day)) recurring.days.set(day, recurring.hours[index] ?? []);
      }
    }
    return recurring.days.get(epochDay);
  }
  return undefined;
}

/** One UTC year of open intervals, `[starts[i], ends[i])`, with `cum[i]` open ms before `i`. */
export interface Chunk {
  readonly year: number;
  readonly from: number;
  readonly to: number;
  readonly n: number;
  readonly total: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** `cum[i]`: open ms in `[from, starts[i])`; `cum[n]` = `total`. */
  readonly cum: Float64Array;
  /** `day[k]`: the first interval ending after the `k`th midnight of the chunk. */
  readonly day: Int32Array;
  /** `bucket[b]`: the first interval whose running total reaches `b * step`. */
  readonly bucket: Int32Array;
  readonly step: number;
}

/** The chunk nothing is in; `Tables.last` starts as it. */
export const NO_CHUNK: Chunk = {
  year: Number.NaN,
  from: Number.NaN,
  to: Number.NaN,
  n: 0,
  total: 0,
  starts: new Float64Array(0),
  ends: new Float64Array(0),
  cum: new Float64Array(1),
  day: new Int32Array(0),
  bucket: new Int32Array(1),
  step: 1,
};

/**
 * The chunk holding instant `t`.
 *
 * @example
 * const chunk = chunkAt(tables, Date.UTC(2026, 5, 1)); // chunk.year === 2026
 */
export function chunkAt(tables: Tables, t: number): Chunk {
  const last = tables.last;
  if (t >= last.from && t < last.to) return last;
  const chunk = chunkOfYear(tables, new Date(t).getUTCFullYear());
  tables.last = chunk;
  return chunk;
}

/**
 * The chunk of UTC year `year`, materialised on first use.
 *
 * @example
 * chunkOfYear(tables, 2027).total; // open ms in 2027
 */
export function chunkOfYear(tables: Tables, year: number): Chunk {
  let chunk = tables.chunks.get(year);
  if (!chunk) {
    if (!(year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max)) {
      throw tandemError(
        'E104',
        `business time is computed for the years ${CALENDAR_YEARS.min}–${CALENDAR_YEARS.max}; ${year} is outside. Check the instant or the number of minutes.`,
      );
    }
    chunk = materialise(tables, year);
    tables.chunks.set(year, chunk);
  }
  return chunk;
}

/**
 * The index of the first interval of `chunk` that ends after `t` (`n` when none does).
 *
 * @example
 * const i = locate(chunk, t); const open = i < chunk.n && chunk.starts[i] <= t;
 */
export function locate(chunk: Chunk, t: number): number {
  const ends = chunk.ends;
  let i = chunk.day[((t - chunk.from) / DAY) | 0] ?? chunk.n;
  while (i < chunk.n && (ends[i] as number) <= t) i++;
  return i;
}

/**
 * Open ms in `[chunk.from, t)` for an instant inside the chunk.
 *
 * @example
 * cumAt(chunk, chunk.to) === chunk.total;
 */
export function cumAt(chunk: Chunk, t: number): number {
  const i = locate(chunk, t);
  if (i === chunk.n) return chunk.total;
  const start = chunk.starts[i] as number;
  return (chunk.cum[i] as number) + (t > start ? t - start : 0);
}

/**
 * The first interval whose running total at its end reaches `x` (`strict`: passes it).
 * `0 ≤ x ≤ total`, and `x < total` when strict.
 *
 * @example
 * const j = reach(chunk, x, false); const t = chunk.starts[j] + x - chunk.cum[j];
 */
export function reach(chunk: Chunk, x: number, strict: boolean): number {
  const cum = chunk.cum;
  let j = chunk.bucket[Math.min(Math.floor(x / chunk.step), chunk.n)] as number;
  if (strict) while ((cum[j + 1] as number) <= x) j++;
  else while ((cum[j + 1] as number) < x) j++;
  return j;
}

function materialise(tables: Tables, year: number): Chunk {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const { at, offset } = offsetSpans(tables.zone, year);
  const raw: [number, number][] = [];
  // Local days whose hours can reach into this UTC year: a shift may run 48 h, offsets ±14 h.
  for (let d = from / DAY - 3; d <= to / DAY + 1; d++) {
    const hours = hoursOfDay(tables, d);
    for (let k = 0; k + 1 < hours.length; k += 2) {
      const w0 = d * DAY + (hours[k] as number) * MINUTE;
      const w1 = d * DAY + (hours[k + 1] as number) * MINUTE;
      // Instants whose wall time is in [w0, w1), span by span: a time a DST change skips has no
      // instant, one it repeats has two — open both times.
      for (let s = 0; s < at.length; s++) {
        const o = offset[s] as number;
        const lo = Math.max(w0 - o, at[s] as number, from);
        const hi = Math.min(w1 - o, at[s + 1] ?? to, to);
        if (lo < hi) raw.push([lo, hi]);
      }
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [lo, hi] of raw) {
    const last = ends.length - 1;
    if (last >= 0 && lo <= (ends[last] as number)) ends[last] = Math.max(ends[last] as number, hi);
    else {
      starts.push(lo);
      ends.push(hi);
    }
  }
  const n = starts.length;
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++)
    cum[i + 1] = (cum[i] as number) + (ends[i] as number) - (starts[i] as number);
  const total = cum[n] as number;
  const days = (to - from) / DAY;
  const day = new Int32Array(days + 1);
  for (let k = 0, i = 0; k <= days; k++) {
    while (i < n && (ends[i] as number) <= from + k * DAY) i++;
    day[k] = i;
  }
  // Integer steps keep `floor(x / step) * step <= x` exact, so a bucket never starts too late.
  const step = Math.max(1, Math.floor(total / Math.max(n, 1)));
  const bucket = new Int32Array(n + 1);
  for (let b = 0, j = 0; b <= n; b++) {
    while (j < n - 1 && (cum[j + 1] as number) < b * step) j++;
    bucket[b] = j;
  }
  // Same key order as NO_CHUNK: one hidden class for every chunk keeps lookups monomorphic.
  return {
    year,
    from,
    to,
    n,
    total,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cum,
    day,
    bucket,
    step,
  };
}
