import type { Issue } from '../result';
import { type CalendarSpec, type Holiday, parseCalendar } from '../sla/calendar-spec';
import { datedHours, readHolidays } from './holidays-from-ics';
import { type IcsResult, icsFail } from './ics-result';

const hoursKey = (holiday: string | Holiday) =>
  typeof holiday === 'string' ? '' : JSON.stringify(holiday.hours ?? []);

/**
 * A calendar spec: `base` with the holidays of an iCalendar feed added. Timed events cut the
 * base's hours of their day (a partial holiday); recurring events are expanded over
 * `options.years`, by default the years of the feed's and the base's dated holidays. A feed
 * holiday the base already has with the same hours merges; with other hours it is an issue that
 * names both. Never throws: a bad base is reported under `base`, the feed's losses in
 * `report.lost`.
 *
 * @example
 * const result = calendarFromIcs(govUkText, { id: 'uk-office', timeZone: 'Europe/London', hours: weekdays });
 * if (result.ok) createCalendar(result.value);
 */
export function calendarFromIcs(
  text: unknown,
  base: CalendarSpec,
  options: { readonly years?: readonly [from: number, to: number] } = {},
): IcsResult<CalendarSpec> {
  try {
    const parsedBase = parseCalendar(base);
    if (!parsedBase.ok) {
      return icsFail(
        parsedBase.issues.map((issue) => ({ ...issue, path: ['base', ...issue.path] })),
      );
    }
    const spec = parsedBase.value;
    const own = spec.holidays ?? [];
    const baseHours = datedHours(spec);
    const read = readHolidays(text, {
      ...(options.years && { years: options.years }),
      timeZone: spec.timeZone,
      hours: spec.hours,
      baseHours,
      alsoYears: own.map((h) => Number((typeof h === 'string' ? h : h.date).slice(0, 4))),
    });
    if (!read.ok) return read;
    const byDate = new Map(own.map((h) => [typeof h === 'string' ? h : h.date, h]));
    const added = read.value.filter((holiday) => {
      const mine = byDate.get(holiday.date);
      return mine === undefined || hoursKey(mine) !== hoursKey(holiday);
    });
    const merged = parseCalendar({ ...spec, holidays: [...own, ...added] });
    if (!merged.ok) return icsFail(merged.issues.map((issue) => sourced(issue, own.length)));
    return { ok: true, value: merged.value, report: read.report };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return icsFail([
      { path: [], code: 'unreadable', message: `The feed could not be read (${reason}).` },
    ]);
  }
}

/** Says which side of the merge a holiday index is: the base's own, or the feed's. */
function sourced(issue: Issue, baseLength: number): Issue {
  const message = issue.message.replace(/holiday (\d+)/g, (_, n: string) =>
    Number(n) > baseLength ? `the feed's holiday ${Number(n) - baseLength}` : `base holiday ${n}`,
  );
  return { ...issue, message };
}
