import type { TicketEvent } from './history';

// A hand-written check of the ticket-history shape for the common case — plain JSON objects
// that are well formed. In bulk (a million histories) the schema parse cost as much as the SLA
// computation; this check is a few comparisons per field. It accepts only what the schema
// accepts and builds what the schema would return (keys in the schema's order); anything it is
// not sure of, it leaves to the schema, which then also words the errors.

const MAX_ABS_MS = 8.64e15;

/**
 * An ISO 8601 date-time with its offset, as ticket histories accept it — a local time with no
 * zone would be read in the host's zone, a silent error on a server in UTC.
 *
 * @example
 * ISO_INSTANT.test('2026-03-02T09:00:00Z'); // true
 */
export const ISO_INSTANT =
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/i;
const MILESTONES = new Set(['responded', 'planned', 'updated', 'resolved', 'reopened']);

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= 200;

const DIGIT_0 = 48;
// Where the digits of `2026-03-02T09:00:00.000Z` are; the rest are separators.
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const MS_DIGITS = [20, 21, 22];
const SEPARATORS: readonly [number, string][] = [
  [4, '-'],
  [7, '-'],
  [10, 'T'],
  [13, ':'],
  [16, ':'],
];

function digitsAt(text: string, at: readonly number[]): boolean {
  for (const k of at) {
    const code = text.charCodeAt(k) - DIGIT_0;
    if (code < 0 || code > 9) return false;
  }
  return true;
}

const num = (text: string, from: number, to: number) => {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + text.charCodeAt(k) - DIGIT_0;
  return n;
};

/**
 * Epoch ms of a UTC instant in the form PSAs and `toISOString` write (`…T09:00:00Z` or
 * `…T09:00:00.000Z`), read without `Date.parse` — in bulk, date parsing was most of what the
 * history check cost — or `undefined` for any other text (or an impossible date), which
 * `Date.parse` then reads.
 *
 * @example
 * utcInstantMs('2026-03-02T09:00:00.000Z'); // 1772442000000
 */
export function utcInstantMs(text: string): number | undefined {
  const millis = text.length === 24;
  if (!(millis || text.length === 20) || text.charCodeAt(text.length - 1) !== 90 /* Z */) {
    return undefined;
  }
  for (const [k, char] of SEPARATORS) if (text[k] !== char) return undefined;
  if (!digitsAt(text, DIGITS) || (millis && (text[19] !== '.' || !digitsAt(text, MS_DIGITS)))) {
    return undefined;
  }
  const year = num(text, 0, 4);
  const month = num(text, 5, 7);
  const day = num(text, 8, 10);
  const hour = num(text, 11, 13);
  const minute = num(text, 14, 16);
  const second = num(text, 17, 19);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > monthDays ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  // Days since 1970-01-01 in the proleptic Gregorian calendar (years counted from March).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146_097 + dayOfEra - 719_468;
  const ms = millis ? num(text, 20, 23) : 0;
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + ms;
}

// The instant as epoch ms, or NaN when the schema must look at it.
function msOf(value: unknown): number {
  if (typeof value === 'number') {
    return value >= -MAX_ABS_MS && value <= MAX_ABS_MS ? value : Number.NaN;
  }
  if (typeof value !== 'string') return Number.NaN;
  return utcInstantMs(value) ?? (ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN);
}

function keyCount(value: object): number {
  let count = 0;
  for (const _ in value) count++;
  return count;
}

/** The event if it is certainly valid (built in the schema's key order), else `undefined`. */
function eventOf(value: unknown): TicketEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const e = value as Record<string, unknown>;
  const { type, by } = e;
  const at = msOf(e.at);
  if (Number.isNaN(at) || (by !== undefined && !isId(by))) return undefined;
  let keys = by === undefined ? 2 : 3;
  // Built by assignment in the schema's key order, so a host sees the same objects either way.
  let event: Record<string, unknown>;
  switch (type) {
    case 'created': {
      const { priority, status, partyId } = e;
      if (!isId(priority)) return undefined;
      event = { type, at, priority };
      keys++;
      if (status !== undefined) {
        if (!isId(status)) return undefined;
        event.status = status;
        keys++;
      }
      if (partyId !== undefined) {
        if (!isId(partyId)) return undefined;
        event.partyId = partyId;
        keys++;
      }
      break;
    }
    case 'priority':
    case 'status': {
      const field = type === 'priority' ? e.priority : e.status;
      if (!isId(field)) return undefined;
      event = type === 'priority' ? { type, at, priority: field } : { type, at, status: field };
      keys++;
      break;
    }
    case 'assigned': {
      const { partyId } = e;
      if (partyId !== null && !isId(partyId)) return undefined;
      event = { type, at, partyId };
      keys++;
      break;
    }
    default:
      if (typeof type !== 'string' || !MILESTONES.has(type)) return undefined;
      event = { type, at };
  }
  // A key the event's type does not know, or one set to `undefined`: the schema decides.
  if (keyCount(e) !== keys) return undefined;
  if (by !== undefined) event.by = by;
  return event as unknown as TicketEvent;
}

/**
 * The events of `input`, instants read into epoch ms, when it is certainly a well-formed list
 * of at most `maxEvents` plain objects — the same values the history schema and date reading
 * would give — or `undefined` when the schema must look (to accept it after all, or to say
 * what is wrong, with paths). The order of events is not checked here.
 *
 * @example
 * const events = wellFormedEvents(JSON.parse(line), MAX_TICKET_EVENTS) ?? schemaParse(line);
 */
export function wellFormedEvents(input: unknown, maxEvents: number): TicketEvent[] | undefined {
  if (!Array.isArray(input) || input.length > maxEvents) return undefined;
  const events: TicketEvent[] = [];
  for (const value of input) {
    const event = eventOf(value);
    if (!event) return undefined;
    events.push(event);
  }
  return events;
}
