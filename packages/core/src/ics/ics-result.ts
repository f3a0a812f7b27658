import type { Issue } from '../result';

/**
 * Something in a feed that did not become a holiday, with where it is: the VEVENT's index
 * (`['VEVENT', 4]`) and its line in the text.
 *
 * @example
 * const loss: IcsLoss = { path: ['VEVENT', 4], line: 41, code: 'cancelled', message: 'line 41: a cancelled event.' };
 */
export interface IcsLoss extends Issue {
  readonly line: number;
}

/**
 * What the ICS readers return, never throwing: the value and a report of what was not carried
 * over, or the issues that stopped them (text that is not iCalendar, a bad base calendar, two
 * sets of hours for one date).
 *
 * @example
 * const result = holidaysFromIcs(text);
 * if (result.ok) for (const loss of result.report.lost) console.warn(loss.message);
 */
export type IcsResult<T> =
  | { readonly ok: true; readonly value: T; readonly report: { readonly lost: readonly IcsLoss[] } }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A failed {@link IcsResult}.
 *
 * @example
 * icsFail([{ path: [], code: 'invalid_ics', message: 'This is not iCalendar text.' }]);
 */
export function icsFail(issues: readonly Issue[]): IcsResult<never> {
  return { ok: false, issues };
}
