import * as z from 'zod/mini';
import { built } from '../pure';
import { fail, type Issue, ok, type ParseResult } from '../result';
import { toIssues } from '../schema-issues';

/**
 * One thing that happened to a ticket, at an instant in epoch milliseconds. `created` opens the
 * history with the first priority, status and holder; `status` events pause and resume clocks
 * (by the policy's pause statuses); `assigned` hands the ticket to a party of the matrix (`null`:
 * to nobody); `responded` is the first response (later ones count as updates), `updated` a
 * customer update, `planned` the plan delivered. `by`, where the source says, is the party whose
 * member caused the event (who set a pause, who handed the ticket on) — attribution reads it.
 *
 * @example
 * const event: TicketEvent = { type: 'status', at: Date.UTC(2026, 2, 2, 15), status: 'waiting-on-customer' };
 */
export type TicketEvent =
  | {
      readonly type: 'created';
      readonly at: number;
      readonly priority: string;
      readonly status?: string;
      readonly partyId?: string;
      readonly by?: string;
    }
  | {
      readonly type: 'priority';
      readonly at: number;
      readonly priority: string;
      readonly by?: string;
    }
  | { readonly type: 'status'; readonly at: number; readonly status: string; readonly by?: string }
  | {
      readonly type: 'assigned';
      readonly at: number;
      readonly partyId: string | null;
      readonly by?: string;
    }
  | {
      readonly type: 'responded' | 'planned' | 'updated' | 'resolved' | 'reopened';
      readonly at: number;
      readonly by?: string;
    };

/**
 * A ticket's events, oldest first, `created` first of all. SLA clocks are recomputed from it.
 *
 * @example
 * const history: TicketHistory = [{ type: 'created', at: Date.UTC(2026, 2, 2, 14), priority: 'P2' }];
 */
export type TicketHistory = readonly TicketEvent[];

/**
 * Most events one history may have.
 *
 * @example
 * if (events.length > MAX_TICKET_EVENTS) archive(events);
 */
export const MAX_TICKET_EVENTS = 10_000;

/**
 * An ISO 8601 date-time with its offset, as ticket histories accept it — a local time with no
 * zone would be read in the host's zone, a silent error on a server in UTC.
 *
 * @example
 * ISO_INSTANT.test('2026-03-02T09:00:00Z'); // true
 */
export const ISO_INSTANT =
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/i;

// An instant from outside: epoch ms, or an ISO 8601 text with its offset.
const at = /* @__PURE__ */ built(() =>
  z.union([
    z.number().check(z.gte(-8.64e15), z.lte(8.64e15)),
    z.string().check(
      z.regex(ISO_INSTANT, {
        error:
          'Expected epoch ms or an ISO 8601 date-time with an offset, e.g. "2026-03-02T09:00:00Z".',
      }),
    ),
  ]),
);
const id = /* @__PURE__ */ built(() => z.string().check(z.minLength(1), z.maxLength(200)));
const event = /* @__PURE__ */ built(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('created'),
      at,
      priority: id,
      status: z.optional(id),
      partyId: z.optional(id),
      by: z.optional(id),
    }),
    z.strictObject({ type: z.literal('priority'), at, priority: id, by: z.optional(id) }),
    z.strictObject({ type: z.literal('status'), at, status: id, by: z.optional(id) }),
    z.strictObject({
      type: z.literal('assigned'),
      at,
      partyId: z.nullable(id),
      by: z.optional(id),
    }),
    z.strictObject({
      type: z.enum(['responded', 'planned', 'updated', 'resolved', 'reopened']),
      at,
      by: z.optional(id),
    }),
  ]),
);

/**
 * The shape of a ticket history from outside (zod mini); `parseTicketHistory` checks the order too.
 *
 * @example
 * ticketHistorySchema.safeParse(json).success;
 */
export const ticketHistorySchema = /* @__PURE__ */ built(() =>
  z.array(event).check(z.maxLength(MAX_TICKET_EVENTS)),
);

/**
 * Reads a ticket's event history from untrusted input (a PSA export, a webhook log). Never
 * throws. Instants may be epoch ms or ISO 8601 texts with an offset and come back as epoch ms;
 * events are put in time order (events at the same instant keep their order). There must be
 * exactly one `created` event, and nothing before it.
 *
 * @example
 * const result = parseTicketHistory([
 *   { type: 'created', at: '2026-03-02T14:00:00Z', priority: 'P2', partyId: 'internal-it' },
 *   { type: 'assigned', at: '2026-03-02T15:00:00Z', partyId: 'msp-noc' },
 * ]);
 * if (result.ok) computeSla(policy, result.value, Date.now(), { calendars });
 */
export function parseTicketHistory(input: unknown): ParseResult<TicketHistory> {
  return readTicketHistory(input);
}

/**
 * `parseTicketHistory`, trying `wellFormed` first: the events when it is sure of them (in the
 * schema's form), `undefined` to leave the input to the schema, which also words the issues.
 * `@tandem/core/sla/bulk` passes its hand-written check of well-formed input.
 *
 * @example
 * readTicketHistory(json, wellFormedEvents);
 */
export function readTicketHistory(
  input: unknown,
  wellFormed?: (input: unknown) => TicketEvent[] | undefined,
): ParseResult<TicketHistory> {
  try {
    const events = wellFormed?.(input);
    if (events) return ordered(events, []);
    const shape = ticketHistorySchema.safeParse(input);
    if (!shape.success) return fail(toIssues(shape.error.issues));
    const issues: Issue[] = [];
    const read = shape.data.map((e, index) => {
      const ms = typeof e.at === 'number' ? e.at : Date.parse(e.at);
      if (!Number.isFinite(ms)) {
        issues.push({ path: [index, 'at'], code: 'invalid_date', message: `${e.at} is no date.` });
      }
      return { ...e, at: ms } as TicketEvent;
    });
    return ordered(read, issues);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return fail([
      { path: [], code: 'unreadable', message: `The input could not be read (${reason}).` },
    ]);
  }
}

// Puts the events in time order and checks there is one `created`, first of all.
function ordered(events: TicketEvent[], issues: Issue[]): ParseResult<TicketHistory> {
  let sorted = events;
  let first = 0;
  // Most histories come in order: they are sorted only when not (or when an instant is no date).
  let inOrder = issues.length === 0;
  for (let k = 1; inOrder && k < events.length; k++) {
    inOrder = (events[k] as TicketEvent).at >= (events[k - 1] as TicketEvent).at;
  }
  if (!inOrder) {
    // Array#sort is stable: events at one instant keep the order they were given in.
    const byTime = events.map((event, index) => ({ index, event }));
    byTime.sort((a, b) => a.event.at - b.event.at);
    sorted = byTime.map((e) => e.event);
    first = byTime[0]?.index ?? 0;
  }
  let created = 0;
  for (const event of sorted) if (event.type === 'created') created++;
  if (created !== 1) {
    const message = `A history needs exactly one "created" event; it has ${created}.`;
    issues.push({ path: [], code: 'created_count', message });
  } else if (sorted[0]?.type !== 'created') {
    const message = 'This event is before the ticket was created.';
    issues.push({ path: [first, 'at'], code: 'before_created', message });
  }
  return issues.length > 0 ? fail(issues) : ok(sorted);
}
