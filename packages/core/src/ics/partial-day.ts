import { minutesOf, type OpenHours } from '../sla/calendar-spec';

// A timed closure (an ICS event from 12:00 to 17:00) turned into the open hours a holiday keeps:
// the day's own hours minus the closed minutes, in the spec's `['HH:MM', 'HH:MM']` form.

/** Closed minutes `[start, end)` of one local day, 0–1440. */
export type Closure = readonly [start: number, end: number];

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * What is left of a day's hours once `closed` (minutes after that day's midnight, so the next
 * day's closures come shifted by 1440 to reach an overnight shift's tail) is taken out. Returns
 * the hours, or `undefined` when a piece left over starts after midnight and so cannot be written
 * as this day's hours.
 *
 * @example
 * hoursWithout([['08:00', '17:00']], [[720, 1020]]); // [['08:00', '12:00']]
 */
export function hoursWithout(
  hours: readonly OpenHours[],
  closed: readonly Closure[],
): OpenHours[] | undefined {
  const kept: OpenHours[] = [];
  for (const pair of hours) {
    const start = minutesOf(pair[0]);
    const raw = minutesOf(pair[1]);
    const end = raw <= start ? raw + 1440 : raw;
    let pieces: [number, number][] = [[start, end]];
    for (const [cs, ce] of closed) {
      pieces = pieces.flatMap(([s, e]): [number, number][] => {
        if (ce <= s || cs >= e) return [[s, e]];
        const left: [number, number][] = [];
        if (cs > s) left.push([s, cs]);
        if (ce < e) left.push([ce, e]);
        return left;
      });
    }
    for (const [s, e] of pieces) {
      if (s === start && e === end) kept.push(pair);
      else if (s >= 1440) return undefined;
      else kept.push([hhmm(s), e === 1440 ? '24:00' : hhmm(e > 1440 ? e - 1440 : e)]);
    }
  }
  return kept;
}
