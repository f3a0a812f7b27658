import {
  type SimulatedTicket,
  type SimulationContext,
  simulateEscalation,
  type TicketSimEvent,
} from '@tandem/core/escalation';
import { type SlaPolicy, selectSlaPolicy } from '@tandem/core/sla';
import { readEscalationPolicy, readRouting } from '../escalation/escalation-files';
import { simulateRecordSchema, ticketOf } from '../escalation/ticket-records';
import { EXIT, type ExitCode } from '../exit-codes';
import { requireMatrix } from '../matrix/read-matrix';
import { inlineRunner } from '../ndjson/batch-runner';
import type { LineHandler } from '../ndjson/run-batch';
import { type NdjsonIo, runNdjson } from '../ndjson/run-ndjson';
import { parseRecord } from '../records';
import { readCalendars, readSlaPolicies } from '../sla/sla-job';

/**
 * `tandem simulate` options.
 *
 * @example
 * const options: SimulateOptions = { routing: 'routing.json', policy: 'escalation.json', sla: 'policy.json' };
 */
export interface SimulateOptions {
  readonly routing: string;
  readonly policy: string;
  readonly sla?: string;
  readonly calendars?: string;
  readonly matrix?: string;
  readonly until?: number;
}

const WEEK = 7 * 24 * 60 * 60_000;

/**
 * Simulates one NDJSON ticket with `simulateEscalation`: `{ id?, trace }` per line, the SLA
 * policy chosen by the ticket's attributes when several are given.
 *
 * @example
 * simulateHandler(context, [standard], undefined)('{"openedAt":"2026-03-02T09:00:00Z"}', 1);
 */
export function simulateHandler(
  context: Omit<SimulationContext, 'sla'>,
  slaPolicies: readonly SlaPolicy[],
  until: number | undefined,
): LineHandler {
  return (text, line) => {
    const record = parseRecord(text, simulateRecordSchema);
    if (!record.ok) return record;
    const { id, openedAt, events = [] } = record.value;
    const ticket = { ...ticketOf(record.value), openedAt } as SimulatedTicket;
    const sla = selectSlaPolicy(slaPolicies, record.value);
    const end = record.value.until ?? until ?? openedAt + WEEK;
    const trace = simulateEscalation(
      sla ? { ...context, sla } : context,
      ticket,
      events as TicketSimEvent[],
      end,
    );
    return { ok: true, line: JSON.stringify({ ...(id === undefined ? { line } : { id }), trace }) };
  };
}

/**
 * Replays every ticket of an NDJSON stream through routing and an escalation policy, one trace
 * per line in input order.
 *
 * @example
 * process.exitCode = await simulateCommand(io, { routing: 'routing.json', policy: 'escalation.json' });
 */
export async function simulateCommand(io: NdjsonIo, options: SimulateOptions): Promise<ExitCode> {
  const { registry } = await readCalendars(options.calendars);
  const routing = await readRouting(options.routing, registry);
  const policy = await readEscalationPolicy(options.policy, registry);
  const slaPolicies = options.sla ? await readSlaPolicies(options.sla, registry) : [];
  const matrix = options.matrix ? await requireMatrix(options.matrix) : undefined;
  const context = { routing, policy, calendars: registry, ...(matrix ? { matrix } : {}) };
  const handler = simulateHandler(context, slaPolicies, options.until);
  const summary = await runNdjson(io, inlineRunner(handler), 'simulate');
  return summary.bad > 0 ? EXIT.problems : EXIT.ok;
}
