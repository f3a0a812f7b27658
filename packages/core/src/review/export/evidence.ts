import type { ServiceReview } from '../types';
import { defined } from './outline-blocks';
import type { ReviewEvidence } from './outline-types';

/**
 * Every ticket's part in every finding of a review, one record each, in the exports' section
 * order and within a section in the review's own order: breaches per target (with the ticket's
 * priority and the party whose attainment it counts against), breaches on each party's watch,
 * hand-offs, grey-zone holdings, recurring issues, unrouted functions, after-hours tickets,
 * clock-integrity flags, escalations, skipped tickets and the agenda's items. Deterministic.
 *
 * @example
 * reviewEvidence(review).filter((line) => line.ticketId === 'T-1042');
 * // [{ ticketId: 'T-1042', section: 'attainment', finding: 'breached', target: 'resolution', priority: 'P1', partyId: 'msp-noc' }, …]
 */
export function reviewEvidence(review: ServiceReview): ReviewEvidence[] {
  const out: ReviewEvidence[] = [];
  // One record per ticket of a finding, the ticket's id first as every record has it.
  const each = (ticketIds: readonly string[], record: Omit<ReviewEvidence, 'ticketId'>) => {
    for (const ticketId of ticketIds) out.push({ ticketId, ...record });
  };
  const { attainment, clock, ownership, escalations } = review;

  // Agenda first, as the documents list it.
  for (const item of review.agenda) {
    each(item.ticketIds, {
      section: 'agenda',
      finding: item.kind,
      severity: item.severity,
      ...defined({
        target: item.target,
        priority: item.priority,
        partyId: item.partyIds.length === 1 ? item.partyIds[0] : undefined,
        rowId: item.rowIds.length === 1 ? item.rowIds[0] : undefined,
      }),
    });
  }

  // A breach once per target, with what the per-priority and per-party figures say of it.
  const priorityOf = breachedBy(attainment.byPriority, (figure) => figure.priority);
  const partyOf = breachedBy(attainment.byParty, (figure) => figure.partyId);
  for (const figure of attainment.overall) {
    for (const ticketId of figure.breachedTicketIds) {
      const key = `${figure.kind} ${ticketId}`;
      each([ticketId], {
        section: 'attainment',
        finding: 'breached',
        target: figure.kind,
        ...defined({ priority: priorityOf.get(key), partyId: partyOf.get(key) }),
      });
    }
  }

  for (const held of clock.byParty) {
    each(held.breachedTicketIds, {
      section: 'clock',
      finding: 'breached-on-watch',
      partyId: held.partyId,
    });
  }
  for (const { ticketIds, from, to } of clock.crossings) {
    each(ticketIds, { section: 'clock', finding: 'handoff', from, to });
  }

  for (const gap of review.greyZone) {
    each([gap.ticketId], {
      section: 'gaps',
      finding: 'grey-zone',
      partyId: gap.partyId,
      ...defined({ rowId: gap.rowId, categoryId: gap.categoryId }),
      minutes: gap.minutes,
    });
  }
  for (const row of ownership.unroutedRows) {
    each(row.ticketIds, {
      section: 'gaps',
      finding: row.reason,
      rowId: row.rowId,
      categoryId: row.categoryId,
    });
  }
  for (const night of ownership.afterHours) {
    each([night.ticketId], {
      section: 'gaps',
      finding: 'after-hours-uncovered',
      partyId: night.partyId,
    });
  }

  for (const flag of review.integrity) {
    each([flag.ticketId], {
      section: 'integrity',
      finding: flag.kind,
      ...defined({ partyId: flag.partyId }),
      minutes: flag.minutes,
    });
  }

  if (escalations) {
    for (const step of escalations.steps) {
      each(step.ticketIds, {
        section: 'escalations',
        finding: 'step-fired',
        detail: step.name ?? step.stepId,
      });
    }
    each(escalations.bothTeams.ticketIds, { section: 'escalations', finding: 'both-teams-paged' });
    each(escalations.manual.ticketIds, { section: 'escalations', finding: 'manual-escalation' });
    each(escalations.notRouted, { section: 'escalations', finding: 'not-routed' });
  }

  for (const repeat of review.recurring) {
    each(repeat.ticketIds, {
      section: 'recurring',
      finding: 'recurring-issue',
      ...defined({ rowId: repeat.rowId }),
      detail: repeat.title,
    });
  }

  for (const skipped of review.skipped) {
    each([skipped.ticketId], { section: 'skipped', finding: skipped.reason });
  }
  return out;
}

/** `"<kind> <ticket id>"` → what `pick` reads from the figure that lists the ticket as breached. */
function breachedBy<Figure extends { kind: string; breachedTicketIds: readonly string[] }>(
  figures: readonly Figure[],
  pick: (figure: Figure) => string | undefined,
): Map<string, string> {
  const by = new Map<string, string>();
  for (const figure of figures) {
    const value = pick(figure);
    if (value === undefined) continue;
    for (const id of figure.breachedTicketIds) by.set(`${figure.kind} ${id}`, value);
  }
  return by;
}
