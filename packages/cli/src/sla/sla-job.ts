import { type Issue, isTandemError, type ParseResult } from '@tandem/core';
import {
  type CalendarRegistry,
  type CalendarSpec,
  createCalendarRegistry,
  parseCalendar,
  parseSlaPolicy,
  type SlaPolicy,
} from '@tandem/core/sla';
import { commandFailure } from '../failures';
import { readJson, shownPath } from '../files';
import { requireMatrix } from '../matrix/read-matrix';

/**
 * Everything an SLA worker needs, as plain data (it crosses to worker threads by structured
 * clone): the policies in selection order, the calendar specs, the matrix's parties for
 * `'holder'` targets, the instant to compute at and whether to keep timelines.
 *
 * @example
 * const job: SlaJob = { policies: [standard], calendars: [office], parties: [], now: Date.now(), timeline: false };
 */
export interface SlaJob {
  readonly policies: readonly SlaPolicy[];
  readonly calendars: readonly CalendarSpec[];
  readonly parties: readonly { readonly id: string; readonly calendarId?: string }[];
  readonly now: number;
  readonly timeline: boolean;
}

/**
 * Reads a file of one item or a list (`[…]`) with a core parse function, prefixing each issue's
 * path with the item's index in a list.
 *
 * @example
 * parseOneOrMany(json, parseCalendar);
 */
export function parseOneOrMany<T>(
  json: unknown,
  parse: (item: unknown) => ParseResult<T>,
): ParseResult<T[]> {
  const list = Array.isArray(json);
  const items: unknown[] = list ? json : [json];
  const values: T[] = [];
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const result = parse(item);
    if (result.ok) values.push(result.value);
    else
      for (const issue of result.issues)
        issues.push(list ? { ...issue, path: [index, ...issue.path] } : issue);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: values };
}

/**
 * Reads a calendars file (one `CalendarSpec` or a list) and builds the registry, so that
 * policies can be checked against it. A repeated or reserved id is an input failure.
 *
 * @example
 * const { specs, registry } = await readCalendars('calendars.json');
 */
export async function readCalendars(
  path: string | undefined,
): Promise<{ specs: CalendarSpec[]; registry: CalendarRegistry }> {
  const specs = path ? await readJson(path, (json) => parseOneOrMany(json, parseCalendar)) : [];
  try {
    return { specs, registry: createCalendarRegistry(specs) };
  } catch (error) {
    if (!isTandemError(error)) throw error;
    throw commandFailure('input', [`${shownPath(path ?? '')}: ${error.message}`]);
  }
}

/**
 * Reads an SLA policies file (one `SlaPolicy` or a list, tried in order by their `when`), each
 * checked against the calendars.
 *
 * @example
 * const policies = await readSlaPolicies('policy.json', registry);
 */
export function readSlaPolicies(path: string, registry: CalendarRegistry): Promise<SlaPolicy[]> {
  return readJson(path, (json) => parseOneOrMany(json, (item) => parseSlaPolicy(item, registry)));
}

/**
 * The parties of a matrix file (any format `tandem validate` reads), with their calendars, for
 * targets counted on the holder's calendar.
 *
 * @example
 * const parties = await readParties('matrix.json');
 */
export async function readParties(path: string | undefined): Promise<SlaJob['parties']> {
  if (!path) return [];
  const matrix = await requireMatrix(path);
  return matrix.parties.map((party) =>
    party.calendarId === undefined
      ? { id: party.id }
      : { id: party.id, calendarId: party.calendarId },
  );
}
