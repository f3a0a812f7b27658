import type { ServiceReview } from '../types';
import type { ExportContext } from './export-context';
import { num, section, table, tableSection } from './outline-blocks';
import type { OutlineBlock, OutlineSection } from './outline-types';

// The outline's sections after the figures: ownership gaps, clock integrity, escalations,
// recurring issues, scope drift, functions due for review and tickets not counted.

function gapsSection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const { words } = ctx;
  const c = words.columns;
  const { unroutedRows, afterHours } = review.ownership;
  return section(
    'gaps',
    [
      table(
        [c.ticket, c.party, c.row, num(c.heldFor)],
        review.greyZone.map((gap) => ({
          cells: [
            gap.ticketId,
            ctx.party(gap.partyId),
            gap.rowId !== undefined
              ? ctx.row(gap.rowId)
              : gap.categoryId !== undefined
                ? ctx.category(gap.categoryId)
                : words.none,
            ctx.duration(gap.minutes),
          ],
          ticketIds: [gap.ticketId],
        })),
        words.tables.greyZone,
      ),
      table(
        [c.row, c.category, c.reason, c.parties, c.tickets],
        unroutedRows.map((row) => ({
          cells: [
            ctx.row(row.rowId),
            ctx.category(row.categoryId),
            words.findings[row.reason],
            row.partyIds.map(ctx.party).join(', ') || words.none,
            ctx.tickets(row.ticketIds),
          ],
          ticketIds: row.ticketIds,
        })),
        words.tables.unrouted,
      ),
      table(
        [c.ticket, c.party, c.opened, c.calendar],
        afterHours.map((night) => ({
          cells: [
            night.ticketId,
            ctx.party(night.partyId),
            ctx.dateTime(night.at),
            night.calendarId ?? words.none,
          ],
          ticketIds: [night.ticketId],
        })),
        words.tables.afterHours,
      ),
    ],
    ctx,
  );
}

function integritySection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const { words } = ctx;
  const c = words.columns;
  return tableSection(
    'integrity',
    [c.ticket, c.flag, c.party, num(c.time), num(c.share)],
    review.integrity.map((flag) => ({
      cells: [
        flag.ticketId,
        words.findings[flag.kind],
        flag.partyId === undefined ? words.none : ctx.party(flag.partyId),
        ctx.duration(flag.minutes),
        flag.share === undefined ? words.none : ctx.percent(flag.share * 100),
      ],
      ticketIds: [flag.ticketId],
    })),
    ctx,
  );
}

function escalationsSection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const { words } = ctx;
  const c = words.columns;
  const replay = review.escalations;
  if (!replay) return section('escalations', [], ctx);
  const paragraph = (text: string, ticketIds: readonly string[]): OutlineBlock => ({
    type: 'paragraph',
    text,
    ticketIds,
  });
  const counted = (ids: readonly string[]) => ({ count: ids.length, tickets: ctx.tickets(ids) });
  return section(
    'escalations',
    [
      paragraph(words.simulated({ count: replay.simulated }), []),
      table(
        [c.step, num(c.fired), num(c.manual), c.tickets],
        replay.steps.map((step) => ({
          cells: [
            step.name ?? step.stepId,
            ctx.number(step.count),
            ctx.number(step.manual),
            ctx.tickets(step.ticketIds),
          ],
          ticketIds: step.ticketIds,
        })),
        words.tables.steps,
      ),
      paragraph(words.bothTeams(counted(replay.bothTeams.ticketIds)), replay.bothTeams.ticketIds),
      paragraph(words.manualEscalations(counted(replay.manual.ticketIds)), replay.manual.ticketIds),
      paragraph(words.notRouted(counted(replay.notRouted)), replay.notRouted),
    ],
    ctx,
  );
}

function recurringSection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const c = ctx.words.columns;
  return tableSection(
    'recurring',
    [c.issue, c.row, num(c.count), c.tickets],
    review.recurring.map((repeat) => ({
      cells: [
        repeat.title,
        repeat.rowId === undefined ? ctx.words.none : ctx.row(repeat.rowId),
        ctx.number(repeat.count),
        ctx.tickets(repeat.ticketIds),
      ],
      ticketIds: repeat.ticketIds,
    })),
    ctx,
  );
}

function driftSection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const { words } = ctx;
  const c = words.columns;
  return tableSection(
    'drift',
    [c.row, c.change, c.from, c.to, c.severity],
    review.drift.map((finding) => ({
      cells: [
        finding.rowName,
        words.driftKinds[finding.kind],
        words.driftSides[finding.from],
        words.driftSides[finding.to],
        words.severities[finding.severity],
      ],
      ticketIds: [],
    })),
    ctx,
  );
}

function staleSection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const { words } = ctx;
  const c = words.columns;
  return tableSection(
    'stale',
    [c.row, c.lastReviewed, num(c.days)],
    review.staleRows.map((row) => ({
      cells: [
        ctx.row(row.rowId),
        row.reviewedAt === null ? words.never : ctx.date(row.reviewedAt),
        row.days === null ? words.none : ctx.number(row.days),
      ],
      ticketIds: [],
    })),
    ctx,
  );
}

function skippedSection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const c = ctx.words.columns;
  return tableSection(
    'skipped',
    [c.ticket, c.reason],
    review.skipped.map((skipped) => ({
      cells: [skipped.ticketId, ctx.words.findings[skipped.reason]],
      ticketIds: [skipped.ticketId],
    })),
    ctx,
  );
}

/** The outline's sections after who held the clock, in order. */
export function findingSections(review: ServiceReview, ctx: ExportContext): OutlineSection[] {
  return [
    gapsSection(review, ctx),
    integritySection(review, ctx),
    escalationsSection(review, ctx),
    recurringSection(review, ctx),
    driftSection(review, ctx),
    staleSection(review, ctx),
    skippedSection(review, ctx),
  ];
}
