// A brute-force model of a calendar, for tests only: it reads the spec directly and asks Intl for
// the wall-clock time of every single minute. Slow and obviously right; the engine must agree.
import type { CalendarSpec, OpenHours } from '../calendar-spec';

const MINUTE = 60_000;
const DAY = 86_400_000;
const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const wallCache = new Map<string, number>();
const formats = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock ms (local time read as if UTC) of the UTC minute starting at `t`, from Intl. */
function wallOf(zone: string, t: number): number {
  const key = `${zone} ${t}`;
  let wall = wallCache.get(key);
  if (wall === undefined) {
    let format = formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      formats.set(zone, format);
    }
    const parts = format.formatToParts(t);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
    wallCache.set(key, wall);
  }
  return wall;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

function hoursOn(spec: CalendarSpec, day: number): readonly OpenHours[] {
  const ymd = new Date(day * DAY).toISOString().slice(0, 10);
  for (const holiday of spec.holidays ?? []) {
    if (holiday === ymd) return [];
    if (typeof holiday !== 'string' && holiday.date === ymd) return holiday.hours ?? [];
  }
  return spec.hours[KEYS[new Date(day * DAY).getUTCDay()] ?? 'sun'] ?? [];
}

/** Whether the calendar is open during the UTC minute starting at `t` (a multiple of 60 s). */
export function oracleOpenMinute(spec: CalendarSpec, t: number): boolean {
  const wall = wallOf(spec.timeZone, t);
  const day = Math.floor(wall / DAY);
  const minute = (wall - day * DAY) / MINUTE;
  for (const [start, end] of hoursOn(spec, day)) {
    const s = toMinutes(start);
    const e = toMinutes(end);
    if (minute >= s && (e > s ? minute < e : true)) return true;
  }
  for (const [start, end] of hoursOn(spec, day - 1)) {
    const s = toMinutes(start);
    const e = toMinutes(end);
    if (e < s && minute < e) return true; // yesterday's night shift
  }
  return false;
}

/** Open ms in `[a, b)`, minute by minute. */
export function oracleOpenMs(spec: CalendarSpec, a: number, b: number): number {
  let open = 0;
  for (let m = Math.floor(a / MINUTE) * MINUTE; m < b; m += MINUTE) {
    if (oracleOpenMinute(spec, m)) open += Math.min(b, m + MINUTE) - Math.max(a, m);
  }
  return open;
}

/**
 * The earliest T ≥ start with `ms` open ms in [start, T), stepping a minute at a time; `undefined`
 * past `limit` minutes.
 */
export function oracleAdd(spec: CalendarSpec, start: number, ms: number, limit = 50_000) {
  if (ms === 0) return start;
  let left = ms;
  let m = Math.floor(start / MINUTE) * MINUTE;
  for (let steps = 0; steps < limit; steps++, m += MINUTE) {
    if (!oracleOpenMinute(spec, m)) continue;
    const from = Math.max(start, m);
    const room = m + MINUTE - from;
    if (left <= room) return from + left;
    left -= room;
  }
  return undefined;
}

/** The latest T ≤ start with `ms` open ms in [T, start); `undefined` past `limit` minutes. */
export function oracleSubtract(spec: CalendarSpec, start: number, ms: number, limit = 50_000) {
  if (ms === 0) return start;
  let left = ms;
  let m = Math.ceil(start / MINUTE) * MINUTE - MINUTE;
  for (let steps = 0; steps < limit; steps++, m -= MINUTE) {
    if (!oracleOpenMinute(spec, m)) continue;
    const to = Math.min(start, m + MINUTE);
    const room = to - m;
    if (left <= room) return to - left;
    left -= room;
  }
  return undefined;
}

/** The local date `YYYY-MM-DD` of instant `t` in `zone`, from Intl. */
export function oracleLocalDate(zone: string, t: number): string {
  return new Date(wallOf(zone, Math.floor(t / MINUTE) * MINUTE)).toISOString().slice(0, 10);
}

/** Whether local date `ymd` has hours of its own (a holiday's, else its weekday's). */
function openDay(spec: CalendarSpec, ymd: string): boolean {
  return hoursOn(spec, Date.parse(`${ymd}T00:00:00Z`) / DAY).length > 0;
}

const nextDate = (ymd: string, step: number) =>
  new Date(Date.parse(`${ymd}T00:00:00Z`) + step * DAY).toISOString().slice(0, 10);

/** The local date `n` open days from the start's, stepping one date at a time. */
export function oracleBusinessDate(spec: CalendarSpec, start: number, n: number): string {
  let ymd = oracleLocalDate(spec.timeZone, start);
  for (let left = Math.abs(n); left > 0; ) {
    ymd = nextDate(ymd, n > 0 ? 1 : -1);
    if (openDay(spec, ymd)) left--;
  }
  return ymd;
}

/** The UTC minutes whose wall-clock minute in `zone` is the one of `wall` (0, 1 or 2 of them). */
export function oracleInstantsOfWall(zone: string, wall: number): number[] {
  const minute = Math.floor(wall / MINUTE) * MINUTE;
  const found: number[] = [];
  for (let m = minute - 15 * 60 * MINUTE; m <= minute + 15 * 60 * MINUTE; m += MINUTE) {
    if (wallOf(zone, m) === minute) found.push(m + (wall - minute));
  }
  return found;
}

/** Wall-clock ms (local time read as if UTC) of instant `t`, to the millisecond. */
export function oracleWall(zone: string, t: number): number {
  const minute = Math.floor(t / MINUTE) * MINUTE;
  return wallOf(zone, minute) + (t - minute);
}
