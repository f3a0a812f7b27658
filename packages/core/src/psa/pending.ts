import type { TicketEvent } from '../sla/history';
import type { ReportBuilder } from './report';

/**
 * Collects a ticket's events after `created`, then gives them in time order (events at one
 * instant keep the order they were added in). An event before creation — PSAs stamp a response
 * seconds before the entry date — is taken as at creation, and reported in `inferred`.
 *
 * @example
 * const events = pendingEvents(createdAt, report);
 * events.add(respondedAt, { type: 'responded', at: respondedAt }, ['ticket', 'firstResponseDateTime'], 'The first response');
 * const history = [created, ...events.sorted()];
 */
export function pendingEvents(createdAt: number, report: ReportBuilder) {
  const pending: { at: number; event: TicketEvent }[] = [];
  return {
    add(at: number, event: TicketEvent, path: readonly (string | number)[], what: string) {
      if (at < createdAt) {
        const seconds = Math.round((createdAt - at) / 1000);
        report.inferred.push({
          path,
          message: `${what} is ${seconds} s before the ticket was entered; taken as at entry.`,
        });
        pending.push({ at: createdAt, event: { ...event, at: createdAt } as TicketEvent });
      } else pending.push({ at, event });
    },
    sorted(): TicketEvent[] {
      // Array#sort is stable: events at one instant keep the order they were added in.
      pending.sort((x, y) => x.at - y.at);
      return pending.map((p) => p.event);
    },
  };
}
