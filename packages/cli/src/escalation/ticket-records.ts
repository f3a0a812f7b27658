import * as z from 'zod';
import { instantSchema, recordIdSchema } from '../records';

// The core types routing tickets (`Ticket`), simulated tickets and their events but exports no
// parser for them yet; these schemas read exactly those types from NDJSON records.

const attribute = z.string().min(1).max(200);

/**
 * A ticket as `tandem route` reads it: the `Ticket` attributes routing looks at, and when it
 * arrived (`at`; the command's `--at` when left out). Other keys are ignored.
 *
 * @example
 * {"id":"T-7","categoryId":"security","source":"security","at":"2026-03-02T22:00:00Z"}
 */
export const routeRecordSchema = z.looseObject({
  id: recordIdSchema.optional(),
  categoryId: attribute.optional(),
  priority: attribute.optional(),
  impact: attribute.optional(),
  urgency: attribute.optional(),
  siteId: attribute.optional(),
  vip: z.boolean().optional(),
  source: z.enum(['user', 'monitoring', 'backup', 'security']).optional(),
  at: instantSchema.optional(),
});

const simEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.enum(['acknowledged', 'resolved', 'paused', 'resumed']),
    at: instantSchema,
  }),
  z.strictObject({ type: z.literal('escalate'), at: instantSchema, transitionId: attribute }),
]);

/**
 * A ticket as `tandem simulate` reads it: routing attributes, when it was opened, what happened
 * to it (`events`, as `simulateEscalation` takes them) and when to stop (`until`; the command's
 * `--until`, else a week after opening, when left out).
 *
 * @example
 * {"id":"T-9","categoryId":"helpdesk","priority":"P2","openedAt":"2026-03-02T09:00:00Z","events":[{"type":"acknowledged","at":"2026-03-02T09:20:00Z"}]}
 */
export const simulateRecordSchema = z.looseObject({
  ...routeRecordSchema.shape,
  openedAt: instantSchema,
  events: z.array(simEvent).max(10_000).optional(),
  until: instantSchema.optional(),
});

/**
 * The routing attributes of a parsed record (a core `Ticket`), without the CLI's own keys.
 *
 * @example
 * ticketOf({ id: 'T-7', vip: true, at: 0 }); // { vip: true }
 */
export function ticketOf(record: z.infer<typeof routeRecordSchema>) {
  const { categoryId, priority, impact, urgency, siteId, vip, source } = record;
  const ticket = { categoryId, priority, impact, urgency, siteId, vip, source };
  return Object.fromEntries(Object.entries(ticket).filter(([, value]) => value !== undefined));
}
