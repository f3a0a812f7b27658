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

// The instant as epoch ms, or NaN when the schema must look at it.
function msOf(value: unknown): number {
  if (typeof value === 'number') {
    return value >= -MAX_ABS_MS && value <= MAX_ABS_MS ? value : Number.NaN;
  }
  return typeof value === 'string' && ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
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
