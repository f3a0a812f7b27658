import { type Routing, routeTicket, type Ticket } from '@tandem/core/escalation';
import type { CalendarRegistry } from '@tandem/core/sla';
import { readRouting } from '../escalation/escalation-files';
import { routeRecordSchema, ticketOf } from '../escalation/ticket-records';
import { EXIT, type ExitCode } from '../exit-codes';
import { inlineRunner } from '../ndjson/batch-runner';
import type { LineHandler } from '../ndjson/run-batch';
import { type NdjsonIo, runNdjson } from '../ndjson/run-ndjson';
import { parseRecord } from '../records';
import { readCalendars } from '../sla/sla-job';

/**
 * `tandem route` options.
 *
 * @example
 * const options: RouteOptions = { routing: 'routing.json', calendars: 'calendars.json' };
 */
export interface RouteOptions {
  readonly routing: string;
  readonly calendars?: string;
  readonly at?: number;
}

/**
 * Routes one NDJSON ticket with `routeTicket`: `{ id?, ruleId, queue, reason }` per line.
 *
 * @example
 * routeHandler(routing, registry, Date.now())('{"id":"T-1","vip":true}', 1);
 */
export function routeHandler(
  routing: Routing,
  calendars: CalendarRegistry,
  defaultAt: number,
): LineHandler {
  return (text, line) => {
    const record = parseRecord(text, routeRecordSchema);
    if (!record.ok) return record;
    const ticket = ticketOf(record.value) as Ticket;
    const decision = routeTicket(routing, ticket, record.value.at ?? defaultAt, calendars);
    const key = record.value.id === undefined ? { line } : { id: record.value.id };
    return { ok: true, line: JSON.stringify({ ...key, ...decision }) };
  };
}

/**
 * Routes every ticket of an NDJSON stream through a routing table, one decision per line in
 * input order. Routing is a few word operations per ticket, so it runs on the main thread.
 *
 * @example
 * process.exitCode = await routeCommand(io, { routing: 'routing.json' });
 */
export async function routeCommand(io: NdjsonIo, options: RouteOptions): Promise<ExitCode> {
  const { registry } = await readCalendars(options.calendars);
  const routing = await readRouting(options.routing, registry);
  const handler = routeHandler(routing, registry, options.at ?? Date.now());
  const summary = await runNdjson(io, inlineRunner(handler), 'route');
  return summary.bad > 0 ? EXIT.problems : EXIT.ok;
}
