import type { Issue } from '../result';
import type { Holiday, OpenHours, Weekday } from '../sla/calendar-spec';
import type { ReportBuilder } from './report';

/**
 * The weekdays as PSAs spell them in field names, with the calendar spec's short names.
 *
 * @example
 * for (const [long, short] of DAYS) hours[short] = read(`${long}StartTime`);
 */
export const DAYS = [
  ['monday', 'mon'],
  ['tuesday', 'tue'],
  ['wednesday', 'wed'],
  ['thursday', 'thu'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
  ['sunday', 'sun'],
] as const;

/**
 * Collects a PSA's holidays by date — an all-day closure or closed hours — merging holidays on
 * one date (identical ones reported as repeats, others' closed hours combined), then gives
 * them as calendar holidays: closed all day, or that weekday's hours less the closed ones.
 *
 * @example
 * const closures = holidayClosures(report);
 * closures.add('2026-12-25', 'Christmas Day', () => 'all', 0, issues);
 * const holidays = closures.holidays(hours);
 */
export function holidayClosures(report: ReportBuilder) {
  const byDate = new Map<string, { name?: string; closed: OpenHours[] | 'all'; index: number }>();
  return {
    add(
      date: string,
      label: string | null | undefined,
      closedOf: () => OpenHours | 'all' | undefined,
      index: number,
      issues: Issue[],
      path: readonly (string | number)[] = ['holidays', index],
    ) {
      if (!/^\d{4}-\d\d-\d\d$/.test(date)) {
        issues.push({
          path: [...path, 'date'],
          code: 'invalid_date',
          message: `Holiday ${index} has no date "YYYY-MM-DD".`,
        });
        return;
      }
      const closed = closedOf();
      if (closed === undefined) return;
      const name = label?.trim();
      const before = byDate.get(date);
      if (!before) {
        byDate.set(date, {
          ...(name ? { name } : {}),
          closed: closed === 'all' ? 'all' : [closed],
          index,
        });
        return;
      }
      const same =
        JSON.stringify(before.closed) === JSON.stringify(closed === 'all' ? 'all' : [closed]);
      report.lost.push({
        path,
        message: same
          ? `Holiday ${index} repeats holiday ${before.index} on ${date}; merged.`
          : `Holiday ${index} is a second holiday on ${date} (as holiday ${before.index}); their closed hours are combined.`,
      });
      if (closed === 'all') before.closed = 'all';
      else if (before.closed !== 'all' && !same) before.closed.push(closed);
    },
    holidays(hours: { readonly [day in Weekday]?: readonly OpenHours[] }): Holiday[] {
      const out: Holiday[] = [];
      for (const [date, holiday] of [...byDate].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const name = holiday.name ? { name: holiday.name } : {};
        if (holiday.closed === 'all') {
          out.push({ date, ...name });
          continue;
        }
        const weekday = DAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]?.[1] ?? 'mon';
        const open = subtract(hours[weekday] ?? [], holiday.closed);
        out.push(open.length > 0 ? { date, ...name, hours: open } : { date, ...name });
      }
      return out;
    },
  };
}

/**
 * Start and end texts as open hours: `HH:MM[:SS]` or a date-time whose time part is local; an
 * end of 23:59 is read as midnight (reported); equal times are an empty, closed day (reported).
 * Anything else is an issue at `path`.
 *
 * @example
 * intervalOf('08:00:00', '17:00:00', ['calendar', 'mondayStartTime'], issues, report); // ['08:00', '17:00']
 */
export function intervalOf(
  start: string | null | undefined,
  end: string | null | undefined,
  path: (string | number)[],
  issues: Issue[],
  report: ReportBuilder,
): OpenHours | undefined {
  const a = hhmm(start);
  let b = hhmm(end);
  if (a === undefined || b === undefined) {
    issues.push({
      path,
      code: 'invalid_time',
      message: `Expected start and end times "HH:MM[:SS]", got "${start}"–"${end}".`,
    });
    return undefined;
  }
  if (b === '23:59') {
    report.inferred.push({ path, message: 'An end of 23:59 is read as midnight (24:00).' });
    b = '24:00';
  }
  if (a === b) {
    report.lost.push({ path, message: `${a}–${b} is empty; the day is taken as closed.` });
    return undefined;
  }
  return [a, b];
}

// "08:00:00", "8:00", or a date-time whose time part is local ("1900-01-01T08:00:00").
function hhmm(text: string | null | undefined): string | undefined {
  const m = /(?:^|T)(\d{1,2}):(\d\d)(?::\d\d(?:\.\d+)?)?Z?$/.exec(text?.trim() ?? '');
  if (!m) return undefined;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 24 || mi > 59 || (h === 24 && mi > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const text = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Open hours less closed ones (same-day intervals; an overnight open interval is kept whole).
 *
 * @example
 * subtract([['08:00', '17:00']], [['12:00', '17:00']]); // [['08:00', '12:00']]
 */
export function subtract(open: readonly OpenHours[], closed: readonly OpenHours[]): OpenHours[] {
  let pieces: [number, number][] = open.map(([a, b]) => [minutes(a), minutes(b)]);
  for (const [ca, cb] of closed) {
    const x = minutes(ca);
    const y = minutes(cb);
    pieces = pieces.flatMap(([a, b]): [number, number][] =>
      b <= a || y <= a || x >= b
        ? [[a, b]]
        : (
            [
              [a, Math.min(b, x)],
              [Math.max(a, y), b],
            ] as [number, number][]
          ).filter(([p, q]) => q > p),
    );
  }
  return pieces.map(([a, b]) => [text(a), text(b)] as OpenHours);
}
