import { scopeDrift } from '../io/drift';
import type { Row } from '../matrix/model';
import { attributionComputer } from '../sla/attribution';
import { type Calendar, tablesOf } from '../sla/calendar';
import { HOLDER_CALENDAR, type SlaPolicy, selectSlaPolicy, targetsFor } from '../sla/policy';
import { calendarById, toCalendarRegistry } from '../sla/registry';
import { MINUTE } from '../sla/tz';
import { agenda } from './agenda';
import { attainment, attainmentTallies } from './attainment';
import { clockHolding } from './clock-holding';
import { type IntegrityContext, integrityFlags } from './clock-integrity';
import { escalationReplay } from './escalations';
import { greyZone } from './grey-zone';
import { afterHoursGap, unroutedRows } from './ownership-gaps';
import { recurringIssues } from './recurring';
import { staleRows } from './stale-rows';
import { readTicket } from './ticket-reading';
import { holderAt, timelineOf } from './ticket-timeline';
import type {
  AfterHoursTicket,
  ClockIntegrityFlag,
  ReviewTicket,
  ServiceReview,
  ServiceReviewInput,
  SkippedTicket,
} from './types';

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
  const alwaysOpen = new Set(['24x7', ...(options.alwaysOpenCalendars ?? [])]);
  // Parties judged for hours outside their own: those with a calendar the registry knows that
  // is not always open.
  const partyCalendars = new Map<string, Calendar>();
  for (const party of matrix.parties) {
    const id = party.calendarId;
    if (id === undefined || alwaysOpen.has(id) || !calendars?.has(id)) continue;
    partyCalendars.set(party.id, calendarById(calendars, id));
  }
  const partyCalendarIds = new Map(matrix.parties.map((party) => [party.id, party.calendarId]));
  const integrityContext: IntegrityContext = {
    pauseAfterReplyMs: (options.pauseAfterReplyMinutes ?? 10) * MINUTE,
    mostlyPausedShare: options.mostlyPausedShare ?? 0.5,
    partyCalendars,
  };
  const known = (id: string | undefined) =>
    id === undefined || id === HOLDER_CALENDAR || (id !== '24x7' && !calendars?.has(id))
      ? undefined
      : calendarById(calendars, id);
  const afterHoursOffice =
    options.afterHoursCalendarId === undefined ? undefined : known(options.afterHoursCalendarId);
  const replay =
    input.routing && input.escalation && input.escalation.length > 0
      ? escalationReplay({
          matrix,
          routing: input.routing,
          policies: input.escalation,
          ...(calendars ? { calendars } : {}),
          until: period.to,
        })
      : undefined;

  const skipped: SkippedTicket[] = [];
  const integrity: ClockIntegrityFlag[] = [];
  const afterHours: AfterHoursTicket[] = [];
  const now = attainmentTallies();
  const before = attainmentTallies();
  const holding = clockHolding(matrix.parties);
  const grey = greyZone(matrix);
  // One attribution computer per policy: calendar tables and targets looked up once.
  const computers = new Map<SlaPolicy, ReturnType<typeof attributionComputer>>();
  const read = (tickets: readonly ReviewTicket[], at: number, current: boolean) => {
    for (const ticket of tickets) {
      if (ticket.history[0]?.type !== 'created') {
        if (current) skipped.push({ ticketId: ticket.id, reason: 'no-created-event' });
        continue;
      }
      const policy = selectSlaPolicy(input.policies, ticket.attributes ?? {});
      if (!policy) {
        if (current) skipped.push({ ticketId: ticket.id, reason: 'no-policy' });
        continue;
      }
      const timeline = timelineOf(ticket.history, policy.pauseStatuses ?? [], at);
      let attribute = computers.get(policy);
      if (!attribute) {
        attribute = attributionComputer(policy, slaOptions);
        computers.set(policy, attribute);
      }
      const reading = readTicket(ticket, policy, timeline, at, slaOptions, attribute);
      if (!current) {
        before.add(reading);
        continue;
      }
      now.add(reading);
      holding.add(reading);
      grey.add(ticket, reading);
      const main = targetsFor(policy, reading.priority);
      const clockCalendar = known(
        (main?.resolution ?? main?.response)?.calendarId ?? policy.calendarId,
      );
      for (const flag of integrityFlags(
        ticket.id,
        reading,
        timeline,
        clockCalendar,
        integrityContext,
      )) {
        integrity.push(flag);
      }
      const office = afterHoursOffice ?? known(policy.calendarId);
      // An office open round the clock has no after hours.
      if (office && !tablesOf(office).alwaysOpen) {
        const gap = afterHoursGap(
          ticket,
          holderAt(timeline, ticket.history[0].at),
          office,
          partyCalendarIds,
          alwaysOpen,
        );
        if (gap) afterHours.push(gap);
      }
      replay?.add(ticket, timeline, policy);
    }
  };
  const current = input.tickets.filter((t) => inPeriod(t, period.from, period.to));
  const earlier = input.tickets.filter((t) => inPeriod(t, previousPeriod.from, previousPeriod.to));
  read(current, period.to, true);
  read(earlier, previousPeriod.to, false);

  const all = attainment(now.overall, before.overall);
  const byPriority = attainment(now.byPriority, before.byPriority, 'priority');
  const byParty = attainment(now.byParty, before.byParty, 'partyId');
  const clock = holding.result();
  const rowsById = new Map<string, Row>(matrix.rows.map((row) => [row.id, row]));
  const recurring = recurringIssues(rowsById, current, options.recurringAt ?? 3);
  const drift = input.previousMatrix ? scopeDrift(input.previousMatrix, matrix) : [];
  const ownership = {
    unroutedRows: input.routing ? unroutedRows(matrix, input.routing, current) : [],
    afterHours,
  };
  const escalations = replay?.result() ?? null;
  const stale = staleRows(matrix, period.to, options.staleRowDays ?? 90);
  return {
    period,
    previousPeriod,
    ticketCount: current.length,
    previousTicketCount: earlier.length,
    attainment: { overall: all, byPriority, byParty },
    clock,
    greyZone: grey.found,
    recurring,
    drift,
    integrity,
    ownership,
    escalations,
    staleRows: stale,
    agenda: agenda({
      byPriority,
      greyZone: grey.found,
      drift,
      recurring,
      crossings: clock.crossings,
      integrity,
      ownership,
      escalations,
      staleRows: stale,
      goalPercent: (options.attainmentGoal ?? 0.9) * 100,
      trendDrop: options.trendDrop ?? 10,
    }),
    skipped,
  };
}
