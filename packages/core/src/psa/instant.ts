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
  // The common case in bulk — "2026-03-02T14:00:00Z" — without the general pattern.
  if (
    text.length === 20 &&
    text.charCodeAt(19) === 90 /* Z */ &&
    text.charCodeAt(10) === 84 /* T */
  ) {
    const ms = Date.parse(text);
    const year = Number(text.slice(0, 4));
    if (
      Number.isFinite(ms) &&
      year >= 1901 &&
      new Date(ms).toISOString().slice(0, 19) === text.slice(0, 19)
    ) {
      return { ms, kind: 'utc' };
    }
  }
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
