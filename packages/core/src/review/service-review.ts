import { scopeDrift } from '../io/drift';
import type { Row } from '../matrix/model';
import { toCalendarRegistry } from '../sla/registry';
import { agenda } from './agenda';
import { attainment } from './attainment';
import { clockHolding } from './clock-holding';
import { greyZone } from './grey-zone';
import { recurringIssues } from './recurring';
import { readTicket, type TicketReading } from './ticket-reading';
import type { ReviewTicket, ServiceReview, ServiceReviewInput, SkippedTicket } from './types';

const inPeriod = (ticket: ReviewTicket, from: number, to: number) => {
  const created = ticket.history[0]?.at;
  return created !== undefined && created >= from && created < to;
};

/**
 * The quarterly service review, computed: SLA attainment per target (overall, per priority,
 * per party, with the trend against the previous period), who held the clock and the
 * hand-offs between the teams, the grey zone (tickets worked by a party the matrix does not
 * make Responsible), recurring issues, scope drift since the previous matrix, and a ranked
 * agenda with the evidence of each item. Pure and deterministic; every figure lists the
 * tickets it came from; tickets it cannot read are listed in `skipped`, never dropped silently.
 *
 * A ticket belongs to the period it was created in, and its clocks are read as they stood at
 * the period's end. Attainment counts clocks that finished (met, or breached — a running clock
 * past its target counts as breached); its minutes are the business minutes of stopped clocks,
 * median and 90th percentile interpolated like PERCENTILE.INC. A clock is the party's that held
 * the ticket when it stopped, or on whose watch it breached.
 *
 * @example
 * const review = serviceReview({
 *   matrix, previousMatrix, tickets, policies: [standard], calendars,
 *   period: { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 3, 1) },
 * });
 * review.agenda[0]; // { kind: 'attainment-below-goal', severity: 'high', figure: 72, target: 'resolution', priority: 'P1', … }
 */
export function serviceReview(input: ServiceReviewInput): ServiceReview {
  const { matrix, period, options = {} } = input;
  const length = period.to - period.from;
  const previousPeriod = input.previousPeriod ?? { from: period.from - length, to: period.from };
  const calendars = input.calendars === undefined ? undefined : toCalendarRegistry(input.calendars);
  const slaOptions = { ...(calendars ? { calendars } : {}), parties: matrix.parties };
  const skipped: SkippedTicket[] = [];
  const read = (tickets: readonly ReviewTicket[], at: number, keepSkipped: boolean) => {
    const readings: TicketReading[] = [];
    for (const ticket of tickets) {
      const reading = readTicket(ticket, input.policies, at, slaOptions);
      if ('reason' in reading) {
        if (keepSkipped) skipped.push(reading);
      } else readings.push(reading);
    }
    return readings;
  };
  const current = input.tickets.filter((t) => inPeriod(t, period.from, period.to));
  const earlier = input.tickets.filter((t) => inPeriod(t, previousPeriod.from, previousPeriod.to));
  const readings = read(current, period.to, true);
  const previous = read(earlier, previousPeriod.to, false);

  const all = attainment(readings, previous, () => '');
  const byPriority = attainment(readings, previous, (reading) => reading.priority, 'priority');
  const byParty = attainment(readings, previous, (_, clock) => clock.partyId, 'partyId');
  const clock = clockHolding(readings, matrix.parties);
  const tickets = new Map(current.map((ticket) => [ticket.id, ticket]));
  const grey = greyZone(matrix, tickets, readings);
  const rowsById = new Map<string, Row>(matrix.rows.map((row) => [row.id, row]));
  const recurring = recurringIssues(rowsById, current, options.recurringAt ?? 3);
  const drift = input.previousMatrix ? scopeDrift(input.previousMatrix, matrix) : [];
  return {
    period,
    previousPeriod,
    ticketCount: current.length,
    previousTicketCount: earlier.length,
    attainment: { overall: all, byPriority, byParty },
    clock,
    greyZone: grey,
    recurring,
    drift,
    agenda: agenda({
      byPriority,
      greyZone: grey,
      drift,
      recurring,
      crossings: clock.crossings,
      goalPercent: (options.attainmentGoal ?? 0.9) * 100,
      trendDrop: options.trendDrop ?? 10,
    }),
    skipped,
  };
}
