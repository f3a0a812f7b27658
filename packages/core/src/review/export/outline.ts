import type { AgendaItem, Attainment, ServiceReview } from '../types';
import { agendaFigureUnit, recurringIssueTitle } from './agenda-figure';
import { type ExportContext, exportContext, type ReviewExportOptions } from './export-context';
import { num, section, table } from './outline-blocks';
import { findingSections } from './outline-findings';
import type { OutlineColumn, OutlineRow, OutlineSection, ReviewOutline } from './outline-types';

// The agenda's figure in the unit its kind gives it.
function agendaFigure(item: AgendaItem, ctx: ExportContext): string {
  const unit = agendaFigureUnit(item.kind);
  if (unit === 'percent') return ctx.percent(item.figure);
  if (unit === 'points') return ctx.points(item.figure);
  if (unit === 'minutes') return ctx.duration(item.figure);
  return ctx.number(item.figure);
}

function agendaSection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const { words, columns } = { words: ctx.words, columns: ctx.words.columns };
  const rows = review.agenda.map((item): OutlineRow => {
    const about = [
      item.target === undefined ? undefined : words.targets[item.target],
      item.priority,
    ].filter((part) => part !== undefined);
    const sentence = words.agenda[item.kind]({
      figure: agendaFigure(item, ctx),
      about: about.join(' '),
      parties: item.partyIds.map(ctx.party).join(', '),
      rows: item.rowIds.map(ctx.row).join(', '),
      issue: recurringIssueTitle(review, item),
      tickets: item.ticketIds.length,
    });
    return {
      cells: [sentence, words.severities[item.severity], ctx.tickets(item.ticketIds)],
      ticketIds: item.ticketIds,
    };
  });
  return section('agenda', [table([columns.item, columns.severity, columns.tickets], rows)], ctx);
}

function attainmentSection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const { words } = ctx;
  const c = words.columns;
  const figures = [c.measured, c.met, c.breached, c.open, c.metPercent, c.median, c.p90, c.trend];
  const cells = (figure: Attainment) => [
    ctx.number(figure.measured),
    ctx.number(figure.met),
    ctx.number(figure.breached),
    ctx.number(figure.open),
    ctx.percent(figure.metPercent),
    figure.medianMinutes === null ? words.none : ctx.duration(figure.medianMinutes),
    figure.p90Minutes === null ? words.none : ctx.duration(figure.p90Minutes),
    ctx.points(figure.trend),
    ctx.tickets(figure.breachedTicketIds),
  ];
  const counted = (figures: readonly Attainment[]) =>
    figures.filter((figure) => figure.measured + figure.open > 0);
  const columns = (...first: string[]): (string | OutlineColumn)[] => [
    ...first,
    ...figures.map(num),
    c.breachedTickets,
  ];
  const row = (head: readonly string[], figure: Attainment): OutlineRow => ({
    cells: [...head, ...cells(figure)],
    ticketIds: figure.breachedTicketIds,
  });
  const { overall, byPriority, byParty } = review.attainment;
  return section(
    'attainment',
    [
      table(
        columns(c.target),
        counted(overall).map((f) => row([words.targets[f.kind]], f)),
        words.tables.overall,
      ),
      table(
        columns(c.priority, c.target),
        counted(byPriority).map((f) => row([f.priority ?? words.none, words.targets[f.kind]], f)),
        words.tables.byPriority,
      ),
      table(
        columns(c.party, c.target),
        counted(byParty).map((f) =>
          row(
            [f.partyId === undefined ? words.none : ctx.party(f.partyId), words.targets[f.kind]],
            f,
          ),
        ),
        words.tables.byParty,
      ),
    ],
    ctx,
  );
}

function clockSection(review: ServiceReview, ctx: ExportContext): OutlineSection {
  const { words } = ctx;
  const c = words.columns;
  const { byParty, unassignedMinutes, crossings } = review.clock;
  return section(
    'clock',
    [
      table(
        [c.party, c.side, num(c.clockTime), num(c.tickets), num(c.breaches), c.breachedTickets],
        byParty.map((held) => ({
          cells: [
            ctx.party(held.partyId),
            held.side === undefined ? words.none : words.sides[held.side],
            ctx.duration(held.minutes),
            ctx.number(held.tickets),
            ctx.number(held.breaches),
            ctx.tickets(held.breachedTicketIds),
          ],
          ticketIds: held.breachedTicketIds,
        })),
        words.tables.clockByParty,
      ),
      unassignedMinutes > 0
        ? {
            type: 'paragraph',
            text: words.unassigned({ duration: ctx.duration(unassignedMinutes) }),
            ticketIds: [],
          }
        : null,
      table(
        [c.direction, num(c.handoffs), num(c.pickUp), c.tickets],
        crossings
          .filter((crossing) => crossing.count > 0)
          .map((crossing) => ({
            cells: [
              words.direction({ from: words.sides[crossing.from], to: words.sides[crossing.to] }),
              ctx.number(crossing.count),
              ctx.duration(crossing.minutes),
              ctx.tickets(crossing.ticketIds),
            ],
            ticketIds: crossing.ticketIds,
          })),
        words.tables.crossings,
      ),
    ],
    ctx,
  );
}

/**
 * The neutral outline of a service review: the title and period, then one section per part of
 * the review (agenda, attainment, who held the clock, ownership gaps, clock integrity,
 * escalations, recurring issues, scope drift, functions due for review, tickets not counted),
 * each a heading with paragraphs and tables whose rows name the tickets behind their figures.
 * `reviewToMarkdown` and `reviewToHtml` both render it. Deterministic for the same inputs.
 *
 * @example
 * const outline = reviewOutline(review, { matrix });
 * outline.sections.map((s) => s.heading); // ['Agenda', 'SLA attainment', …]
 */
export function reviewOutline(
  review: ServiceReview,
  options: ReviewExportOptions = {},
): ReviewOutline {
  const ctx = exportContext(options);
  const { words } = ctx;
  const intro = [
    words.period({
      from: ctx.date(review.period.from),
      // `to` is excluded: the last day in the period is the one before it.
      to: ctx.date(Math.max(review.period.from, review.period.to - 1)),
    }),
    words.ticketCount({ current: review.ticketCount, previous: review.previousTicketCount }),
  ];
  if (review.skipped.length > 0) intro.push(words.skippedCount({ count: review.skipped.length }));
  return {
    lang: ctx.lang,
    title: words.title,
    intro,
    sections: [
      agendaSection(review, ctx),
      attainmentSection(review, ctx),
      clockSection(review, ctx),
      ...findingSections(review, ctx),
    ],
  };
}
