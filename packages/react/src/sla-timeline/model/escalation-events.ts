import type { TicketSimEvent } from '@tandem/core/escalation';
import type { TicketHistory } from '@tandem/core/sla';

/**
 * A ticket's history as events for `simulateEscalation`, so the escalation lane follows what
 * really happened: the first response acknowledges, statuses in `pauseStatuses` pause the SLA
 * clocks and leaving them resumes, resolving resolves. Events after `now` are left out.
 *
 * @example
 * const trace = simulateEscalation(context, { ...ticket, openedAt: history[0].at },
 *   simEventsOf(history, policy.pauseStatuses, now), now);
 */
export function simEventsOf(
  history: TicketHistory,
  pauseStatuses: readonly string[] = [],
  now = Number.POSITIVE_INFINITY,
): TicketSimEvent[] {
  const events: TicketSimEvent[] = [];
  let paused = false;
  let acknowledged = false;
  for (const event of history) {
    if (event.at > now) break;
    if (event.type === 'created') {
      paused = event.status !== undefined && pauseStatuses.includes(event.status);
      if (paused) events.push({ at: event.at, type: 'paused' });
    } else if (event.type === 'status') {
      const pausing = pauseStatuses.includes(event.status);
      if (pausing !== paused) events.push({ at: event.at, type: pausing ? 'paused' : 'resumed' });
      paused = pausing;
    } else if (event.type === 'responded' && !acknowledged) {
      acknowledged = true;
      events.push({ at: event.at, type: 'acknowledged' });
    } else if (event.type === 'resolved') {
      events.push({ at: event.at, type: 'resolved' });
    }
  }
  return events;
}
