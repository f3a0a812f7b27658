import type { Matrix } from '@tandem/core';
import { type EscalationFlowValue, simulateEscalation } from '@tandem/react/escalation-flow';
import {
  SlaQueue,
  type SlaQueueTicket,
  selectSlaPolicy,
  simEventsOf,
} from '@tandem/react/sla-timeline';
import { useMemo } from 'react';
import type { ServiceConfig, TicketQueue } from '../api/types';
import { PageHeading } from './page-heading';

/**
 * The queue's tickets with their SLA policy and, when the escalation policy is loaded, what it
 * did with each ticket (replayed from the ticket's own history by the core's simulation, on the
 * current draft: edit the flow and the timelines follow). Tickets naming a policy the PSA lacks
 * are listed apart.
 */
function queueTickets(
  queue: TicketQueue,
  service: ServiceConfig,
  matrix: Matrix,
  escalation: EscalationFlowValue | undefined,
) {
  const tickets: SlaQueueTicket[] = [];
  const orphans: string[] = [];
  for (const ticket of queue.tickets) {
    const policy = selectSlaPolicy(service.policies, ticket.attributes);
    if (!policy) {
      orphans.push(
        `${ticket.id} is on SLA "${ticket.attributes.sla ?? '(none)'}", which the PSA does not have.`,
      );
      continue;
    }
    const openedAt = ticket.history[0]?.at;
    const escalations =
      escalation && openedAt !== undefined
        ? simulateEscalation(
            { ...escalation, calendars: service.calendars, sla: policy, matrix },
            { ...ticket, openedAt },
            simEventsOf(ticket.history, policy.pauseStatuses, queue.asOf),
            queue.asOf,
          )
        : undefined;
    tickets.push({
      id: ticket.id,
      title: ticket.title,
      policy,
      history: ticket.history,
      ...(escalations ? { escalations } : {}),
    });
  }
  return { tickets, orphans };
}

/**
 * The ticket queue: every open ticket against its SLA, most urgent first, each opening its
 * full timeline (who held it, pauses, targets and thresholds) with a time cursor to scrub.
 *
 * @example
 * <TicketsPage queue={queue} service={service} matrix={draft} />
 */
export function TicketsPage({
  queue,
  service,
  matrix,
  escalation,
}: {
  queue: TicketQueue;
  service: ServiceConfig;
  matrix: Matrix;
  escalation?: EscalationFlowValue | undefined;
}) {
  const { tickets, orphans } = useMemo(
    () => queueTickets(queue, service, matrix, escalation),
    [queue, service, matrix, escalation],
  );
  const parties = useMemo(
    () =>
      matrix.parties.map((party) => ({
        id: party.id,
        name: party.name,
        side: party.side,
        ...(party.calendarId ? { calendarId: party.calendarId } : {}),
      })),
    [matrix.parties],
  );
  // The queue reads in the customer's office time, the zone its SLA calendar counts in.
  const policyCalendar = service.policies[0]?.calendarId;
  const timeZone = service.calendarSpecs.find((spec) => spec.id === policyCalendar)?.timeZone;
  const asOf = new Intl.DateTimeFormat(undefined, {
    dateStyle: 'full',
    timeStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(queue.asOf);
  return (
    <>
      <PageHeading title="Tickets and SLAs">
        Open tickets sorted by time to breach, as of {asOf}. Choose a ticket to see its full
        timeline and scrub through it.
      </PageHeading>
      {orphans.length > 0 && (
        <div className="notice warning" role="status">
          <p>Some tickets are not shown:</p>
          <ul>
            {orphans.map((orphan) => (
              <li key={orphan}>{orphan}</li>
            ))}
          </ul>
        </div>
      )}
      <SlaQueue
        tickets={tickets}
        now={queue.asOf}
        calendars={service.calendars}
        parties={parties}
      />
    </>
  );
}
