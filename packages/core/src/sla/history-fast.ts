import type { ParseResult } from '../result';
import {
  ISO_INSTANT,
  MAX_TICKET_EVENTS,
  readTicketHistory,
  type TicketEvent,
  type TicketHistory,
} from './history';

// A hand-written check of the ticket-history shape for the common case — plain JSON objects
// that are well formed. In bulk (a million histories) the schema parse cost as much as the SLA
// computation; this check is a few comparisons per field. It accepts only what the schema
// accepts and builds what the schema would return (keys in the schema's order); anything it is
// not sure of, it leaves to the schema, which then also words the errors.

const MAX_ABS_MS = 8.64e15;

// Each type's fields besides `type`, `at` and `by`, in the schema's order: 0 an id, 1 an
// optional id, 2 an id or null.
const FIELDS: Record<string, Record<string, 0 | 1 | 2>> = {
  created: { priority: 0, status: 1, partyId: 1 },
  priority: { priority: 0 },
  status: { status: 0 },
  assigned: { partyId: 2 },
  responded: {},
  planned: {},
  updated: {},
  resolved: {},
  reopened: {},
};

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= 200;

// The form PSAs and `toISOString` write: UTC, seconds, maybe milliseconds.
const UTC_FORM = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{3})?Z$/;

const num = (text: string, from: number, to: number) => {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + text.charCodeAt(k) - 48;
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
  if (!UTC_FORM.test(text)) return undefined;
  const year = num(text, 0, 4);
  const month = num(text, 5, 7);
  const day = num(text, 8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  // 31 days in January, March, May, July, August, October, December; 30 in the others.
  const days = month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
  const [hour, minute, second] = [num(text, 11, 13), num(text, 14, 16), num(text, 17, 19)];
  // Date.UTC reads years below 100 as 19xx.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > days) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = text.length === 24 ? num(text, 20, 23) : 0;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
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
  const fields = typeof type === 'string' && Object.hasOwn(FIELDS, type) ? FIELDS[type] : undefined;
  const at = msOf(e.at);
  if (!fields || Number.isNaN(at)) return undefined;
  // Built by assignment in the schema's key order, so a host sees the same objects either way.
  const event: Record<string, unknown> = { type, at };
  let keys = 2;
  for (const key in fields) {
    const field = e[key];
    const rule = fields[key];
    if (field === undefined ? rule !== 1 : !(isId(field) || (rule === 2 && field === null))) {
      return undefined;
    }
    if (field !== undefined) {
      event[key] = field;
      keys++;
    }
  }
  if (by !== undefined) {
    if (!isId(by)) return undefined;
    event.by = by;
    keys++;
  }
  // A key the event's type does not know, or one set to `undefined`: the schema decides.
  return keyCount(e) === keys ? (event as unknown as TicketEvent) : undefined;
}

/**
 * The events of `input`, instants read into epoch ms, when it is certainly a well-formed list
 * of at most `MAX_TICKET_EVENTS` plain objects — the same values the history schema and date
 * reading would give — or `undefined` when the schema must look (to accept it after all, or to
 * say what is wrong, with paths). The order of events is not checked here.
 *
 * @example
 * wellFormedEvents([{ type: 'created', at: '2026-03-02T09:00:00Z', priority: 'P2' }]); // [{ type: 'created', at: 1772442000000, priority: 'P2' }]
 */
export function wellFormedEvents(input: unknown): TicketEvent[] | undefined {
  if (!Array.isArray(input) || input.length > MAX_TICKET_EVENTS) return undefined;
  const events: TicketEvent[] = [];
  for (const value of input) {
    const event = eventOf(value);
    if (!event) return undefined;
    events.push(event);
  }
  return events;
}

/**
 * `parseTicketHistory` for bulk work (a PSA export, `tandem sla` over a million tickets): the
 * same results — values, key order, issues — but well-formed histories are checked by hand
 * rather than by the schema, which in bulk cost as much as computing the SLA. Anything the
 * check is not sure of goes to the schema, which then words the issues.
 *
 * @example
 * const result = parseTicketHistoryInBulk(JSON.parse(line).history);
 * if (result.ok) write(sla(result.value, now));
 */
export function parseTicketHistoryInBulk(input: unknown): ParseResult<TicketHistory> {
  return readTicketHistory(input, wellFormedEvents);
}

/**
 * An event as a byte-level reader makes it (`tandem sla`): a plain object whose keys are among
 * `type`, `at`, `priority`, `status`, `partyId` and `by`, in that order, with `at` already in
 * epoch ms and every other value a string (or `null` for `partyId`) — never `undefined`.
 *
 * @example
 * const event: ShapedTicketEvent = { type: 'created', at: 1772442000000, priority: 'P2' };
 */
export interface ShapedTicketEvent {
  readonly type: string;
  readonly at: number;
  readonly priority?: string;
  readonly status?: string;
  readonly partyId?: string | null;
  readonly by?: string;
}

// What each type allows of `priority`, `status` and `partyId`, packed two bits a field in that
// order: 3 absent, else the field's rule in FIELDS. Read with plain property loads (no lookup by
// key name per field): this runs for every event of a million tickets.
const ABSENT = 3;
const RULES = new Map<string, number>(
  Object.entries(FIELDS).map(([type, fields]) => [
    type,
    (fields.priority ?? ABSENT) |
      ((fields.status ?? ABSENT) << 2) |
      ((fields.partyId ?? ABSENT) << 4),
  ]),
);

// Whether a field is as its rule (or ABSENT) says.
function fieldOk(field: string | null | undefined, rule: number): boolean {
  if (rule === ABSENT) return field === undefined;
  return field === undefined ? rule === 1 : isId(field) || (rule === 2 && field === null);
}

// Whether a shaped event is one the schema accepts as it is: a known type, an instant in range,
// each of the type's fields as its rule says and no field of another type.
function shapedEventOk(event: ShapedTicketEvent): boolean {
  const rules = RULES.get(event.type);
  if (rules === undefined || !(event.at >= -MAX_ABS_MS && event.at <= MAX_ABS_MS)) return false;
  return (
    fieldOk(event.priority, rules & 3) &&
    fieldOk(event.status, (rules >> 2) & 3) &&
    fieldOk(event.partyId, rules >> 4) &&
    (event.by === undefined || isId(event.by))
  );
}

/**
 * `parseTicketHistoryInBulk` for events a byte-level reader has already shaped
 * (`ShapedTicketEvent`: keys in the schema's order, instants in ms): the same history when the
 * events are valid, without reading each one again into a new object — else `undefined`, and
 * the caller reads the record the usual way (which words the issues).
 *
 * @example
 * parseShapedTicketHistoryInBulk([{ type: 'created', at: 1772442000000, priority: 'P2' }]); // [that event]
 */
export function parseShapedTicketHistoryInBulk(
  events: readonly ShapedTicketEvent[],
): TicketHistory | undefined {
  if (events.length > MAX_TICKET_EVENTS) return undefined;
  for (let k = 0; k < events.length; k++) {
    if (!shapedEventOk(events[k] as ShapedTicketEvent)) return undefined;
  }
  const history = readTicketHistory(events, (input) => input as TicketEvent[]);
  return history.ok ? history.value : undefined;
}
