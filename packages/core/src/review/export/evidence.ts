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
  const { attainment, clock, ownership, escalations } = review;

  // Agenda first, as the documents list it.
  for (const item of review.agenda) {
    for (const ticketId of item.ticketIds) {
      out.push({
        ticketId,
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
  }

  // A breach once per target, with what the per-priority and per-party figures say of it.
  const priorityOf = new Map<string, string>();
  for (const figure of attainment.byPriority) {
    for (const id of figure.breachedTicketIds) {
      if (figure.priority !== undefined) priorityOf.set(`${figure.kind} ${id}`, figure.priority);
    }
  }
  const partyOf = new Map<string, string>();
  for (const figure of attainment.byParty) {
    for (const id of figure.breachedTicketIds) {
      if (figure.partyId !== undefined) partyOf.set(`${figure.kind} ${id}`, figure.partyId);
    }
  }
  for (const figure of attainment.overall) {
    for (const ticketId of figure.breachedTicketIds) {
      const priority = priorityOf.get(`${figure.kind} ${ticketId}`);
      const partyId = partyOf.get(`${figure.kind} ${ticketId}`);
      out.push({
        ticketId,
        section: 'attainment',
        finding: 'breached',
        target: figure.kind,
        ...defined({ priority, partyId }),
      });
    }
  }

  for (const held of clock.byParty) {
    for (const ticketId of held.breachedTicketIds) {
      out.push({ ticketId, section: 'clock', finding: 'breached-on-watch', partyId: held.partyId });
    }
  }
  for (const crossing of clock.crossings) {
    for (const ticketId of crossing.ticketIds) {
      out.push({
        ticketId,
        section: 'clock',
        finding: 'handoff',
        from: crossing.from,
        to: crossing.to,
      });
    }
  }

  for (const gap of review.greyZone) {
    out.push({
      ticketId: gap.ticketId,
      section: 'gaps',
      finding: 'grey-zone',
      partyId: gap.partyId,
      ...defined({ rowId: gap.rowId, categoryId: gap.categoryId }),
      minutes: gap.minutes,
    });
  }
  for (const row of ownership.unroutedRows) {
    for (const ticketId of row.ticketIds) {
      out.push({
        ticketId,
        section: 'gaps',
        finding: row.reason,
        rowId: row.rowId,
        categoryId: row.categoryId,
      });
    }
  }
  for (const night of ownership.afterHours) {
    out.push({
      ticketId: night.ticketId,
      section: 'gaps',
      finding: 'after-hours-uncovered',
      partyId: night.partyId,
    });
  }

  for (const flag of review.integrity) {
    out.push({
      ticketId: flag.ticketId,
      section: 'integrity',
      finding: flag.kind,
      ...defined({ partyId: flag.partyId }),
      minutes: flag.minutes,
    });
  }

  if (escalations) {
    for (const step of escalations.steps) {
      for (const ticketId of step.ticketIds) {
        out.push({
          ticketId,
          section: 'escalations',
          finding: 'step-fired',
          detail: step.name ?? step.stepId,
        });
      }
    }
    const plain = (ids: readonly string[], finding: ReviewEvidence['finding']) => {
      for (const ticketId of ids) out.push({ ticketId, section: 'escalations', finding });
    };
    plain(escalations.bothTeams.ticketIds, 'both-teams-paged');
    plain(escalations.manual.ticketIds, 'manual-escalation');
    plain(escalations.notRouted, 'not-routed');
  }

  for (const repeat of review.recurring) {
    for (const ticketId of repeat.ticketIds) {
      out.push({
        ticketId,
        section: 'recurring',
        finding: 'recurring-issue',
        ...defined({ rowId: repeat.rowId }),
        detail: repeat.title,
      });
    }
  }

  for (const skipped of review.skipped) {
    out.push({ ticketId: skipped.ticketId, section: 'skipped', finding: skipped.reason });
  }
  return out;
}
