import { offsetAt } from '../sla/tz';

/**
 * How a PSA's date-time text was read: `utc` had an offset (or `Z`), `local` had none and was
 * read in the given zone. `ambiguous` local times occur twice (the hour the clocks go back: the
 * earlier is taken), `skipped` ones never occur (the hour they go forward: read with the offset
 * before the change).
 *
 * @example
 * const read: ReadInstant = { ms: Date.UTC(2026, 2, 2, 14), kind: 'utc' };
 */
export type ReadInstant =
  | { readonly ms: number; readonly kind: 'utc' | 'local' | 'ambiguous' | 'skipped' }
  | { readonly ms?: undefined; readonly kind: 'no-zone' | 'invalid' | 'unset' };

const SHAPE =
  /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(Z|[+-]\d\d:?\d\d)?$/i;

/**
 * Reads a PSA date-time text. One with an offset is exact; one without (HaloPSA writes its
 * times so) is local time of `timeZone`, and without a zone it is not read at all (`no-zone`) —
 * a server in UTC would otherwise read it wrong without a word. The sentinel dates PSAs write for
 * "unset" (years before 1901, such as `1900-01-01T00:00:00`) come back `unset`.
 *
 * @example
 * readInstant('2018-08-09T15:22:36Z').ms; // Date.UTC(2018, 7, 9, 15, 22, 36)
 * readInstant('2026-06-30T16:04:27.21', 'America/New_York').kind; // 'local'
 * readInstant('2026-06-30T16:04:27.21').kind; // 'no-zone'
 */
export function readInstant(text: string, timeZone?: string): ReadInstant {
  // The common case in bulk — "2026-03-02T14:00:00Z", or with milliseconds ".123Z" as Autotask
  // writes them — read digit by digit; anything unusual falls through to the general pattern.
  const fast = utcFast(text);
  if (fast !== undefined) return { ms: fast, kind: 'utc' };
  const m = SHAPE.exec(text.trim());
  if (!m) return { kind: 'invalid' };
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  const year = Number(y);
  if (year < 1901) return { kind: 'unset' };
  const ms = Number(`0.${frac ?? '0'}`) * 1000;
  const wall = Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  const back = new Date(wall);
  if (back.getUTCDate() !== Number(d) || back.getUTCHours() !== Number(h))
    return { kind: 'invalid' };
  const local = wall + Math.round(ms);
  if (offset !== undefined) {
    if (offset.toUpperCase() === 'Z') return { ms: local, kind: 'utc' };
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    return { ms: local - sign * minutes * 60_000, kind: 'utc' };
  }
  if (timeZone === undefined) return { kind: 'no-zone' };
  return localToUtc(local, timeZone);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// `YYYY-MM-DDTHH:MM:SS` then `Z` or `.mmmZ`, all fields in range and the year at least 1901, as
// epoch ms; `undefined` for anything else (the general reader decides then). No allocation:
// bulk conversion reads millions of these.
function utcFast(text: string): number | undefined {
  const length = text.length;
  if (length !== 20 && length !== 24) return undefined;
  if (text.charCodeAt(length - 1) !== 90 /* Z */ || text.charCodeAt(10) !== 84 /* T */)
    return undefined;
  if (length === 24 && text.charCodeAt(19) !== 46 /* . */) return undefined;
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const ms = length === 24 ? digits(text, 20, 3) : 0;
  // A non-digit reads as -1, which every range below refuses.
  if (year < 1901 || month < 1 || month > 12 || day < 1) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0)
    return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

// The number written by `count` decimal digits at `start`; -1 if any is not a digit.
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The instant of wall-clock time `local` (as if UTC) in `timeZone`. */
function localToUtc(local: number, timeZone: string): ReadInstant {
  // Offsets of the instants around: before and after any change within a day.
  const before = offsetAt(timeZone, local - 86_400_000);
  const after = offsetAt(timeZone, local + 86_400_000);
  const fits = (offset: number) => offsetAt(timeZone, local - offset) === offset;
  const early = fits(before);
  const late = fits(after);
  if (early && late && before !== after) return { ms: local - before, kind: 'ambiguous' };
  if (early) return { ms: local - before, kind: 'local' };
  if (late) return { ms: local - after, kind: 'local' };
  return { ms: local - before, kind: 'skipped' };
}
