import type { ReviewTicket, ServiceReview } from '@tandem/core/review';

// Breaches over the period, week by week. The review lists which tickets breached; the tickets
// say when each was opened. Weeks start at the period's start (which a host sets to midnight
// in the customer's zone), so no zone arithmetic is needed here.

const WEEK = 7 * 86_400_000;

/**
 * One week of the period: tickets opened in it and how many of those breached a target.
 *
 * @example
 * const week: ReviewWeek = { from: Date.UTC(2026, 6, 1), to: Date.UTC(2026, 6, 8), opened: 18, breached: 2, breachedTicketIds: ['T-7', 'T-9'] };
 */
export interface ReviewWeek {
  readonly from: number;
  readonly to: number;
  readonly opened: number;
  readonly breached: number;
  readonly breachedTicketIds: readonly string[];
}

/**
 * The period's weeks with the tickets opened and breached in each; a ticket counts once
 * however many of its targets it breached. Tickets outside the period are left out.
 *
 * @example
 * weeklyBreaches(review, tickets)[0]; // { from, to, opened: 18, breached: 2, … }
 */
export function weeklyBreaches(
  review: Pick<ServiceReview, 'period' | 'attainment'>,
  tickets: readonly ReviewTicket[],
): ReviewWeek[] {
  const { from, to } = review.period;
  const count = Math.max(1, Math.ceil((to - from) / WEEK));
  const breached = new Set(review.attainment.overall.flatMap((a) => a.breachedTicketIds));
  const weeks = Array.from({ length: count }, (_, n) => ({
    from: from + n * WEEK,
    to: Math.min(to, from + (n + 1) * WEEK),
    opened: 0,
    breachedTicketIds: [] as string[],
  }));
  for (const ticket of tickets) {
    const opened = ticket.history[0]?.at;
    if (opened === undefined || opened < from || opened >= to) continue;
    const week = weeks[Math.floor((opened - from) / WEEK)];
    if (!week) continue;
    week.opened += 1;
    if (breached.has(ticket.id)) week.breachedTicketIds.push(ticket.id);
  }
  return weeks.map((week) => ({ ...week, breached: week.breachedTicketIds.length }));
}
