import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtmlLines } from '../../io/html-escape';
import { escapeMarkdownCell } from '../../io/markdown-escape';
import { readTable } from '../../io/table';
import type { ServiceReview } from '../types';
import { reviewEvidenceToCsv } from './csv';
import { reviewEvidence } from './evidence';
import { exportMatrix, smallReview } from './export-fixtures';
import { reviewToHtml } from './html';
import { reviewToMarkdown } from './markdown';

// On reviews whose every list of tickets is drawn at random (ids with separators, quotes, line
// breaks, markup and formula characters among them), every ticket the review names is in its
// evidence, and every ticket of the evidence is in the CSV, the Markdown and the HTML.
// A number in each id keeps it from being found by chance in the documents' words.
const ticketId = fc
  .tuple(
    fc.oneof(
      fc.string({ minLength: 1, maxLength: 10 }),
      fc.constantFrom('|', '\n', '<script>', '=cmd|', "'-", '"q"', 'a;b\tc', ' '),
    ),
    fc.integer({ min: 100, max: 999 }),
  )
  .map(([text, n]) => `${text}${n}`);
const ids = fc.uniqueArray(ticketId, { maxLength: 4 });
const drawn = fc.record({
  breached: ids,
  watch: ids,
  handoffs: ids,
  grey: ids,
  unrouted: ids,
  night: ids,
  flags: ids,
  steps: ids,
  both: ids,
  manual: ids,
  notRouted: ids,
  recurring: ids,
  agenda: ids,
  skipped: ids,
});

function reviewOf(d: typeof drawn extends fc.Arbitrary<infer T> ? T : never): ServiceReview {
  const [overall] = smallReview.attainment.overall;
  const figure = { ...(overall as NonNullable<typeof overall>), breachedTicketIds: d.breached };
  return {
    ...smallReview,
    attainment: {
      overall: [figure],
      byPriority: [{ ...figure, priority: 'P1' }],
      byParty: [{ ...figure, partyId: 'msp-noc' }],
    },
    clock: {
      byParty: [
        {
          partyId: 'msp-noc',
          minutes: 60,
          tickets: 1,
          breaches: d.watch.length,
          breachedTicketIds: d.watch,
        },
      ],
      unassignedMinutes: 5,
      crossings: [
        { from: 'internal', to: 'provider', count: 1, minutes: 20, ticketIds: d.handoffs },
      ],
    },
    greyZone: d.grey.map((ticketId) => ({ ticketId, partyId: 'internal-it', minutes: 5 })),
    ownership: {
      unroutedRows: [
        {
          rowId: 'backup',
          categoryId: 'ops',
          reason: 'no-route',
          partyIds: [],
          ticketIds: d.unrouted,
        },
      ],
      afterHours: d.night.map((ticketId) => ({ ticketId, partyId: 'internal-it', at: 0 })),
    },
    integrity: d.flags.map((ticketId) => ({ ticketId, kind: 'mostly-paused', minutes: 9 })),
    escalations: {
      simulated: 3,
      steps: [{ policyId: 'p', stepId: 's', count: 1, manual: 0, ticketIds: d.steps }],
      bothTeams: { count: d.both.length, ticketIds: d.both },
      manual: { count: d.manual.length, ticketIds: d.manual },
      notRouted: d.notRouted,
    },
    recurring: [{ key: 'k', title: 'VPN', count: 2, ticketIds: d.recurring }],
    agenda: [
      {
        kind: 'mostly-paused',
        severity: 'low',
        figure: d.agenda.length,
        ticketIds: d.agenda,
        rowIds: [],
        partyIds: [],
      },
    ],
    skipped: d.skipped.map((ticketId) => ({ ticketId, reason: 'no-policy' })),
  };
}

describe('the review exports on random tickets', () => {
  it('carry every ticket of the evidence into the CSV, the Markdown and the HTML', () => {
    fc.assert(
      fc.property(drawn, (d) => {
        const review = reviewOf(d);
        const evidence = reviewEvidence(review);
        const named = new Set(Object.values(d).flat());
        expect(new Set(evidence.map((line) => line.ticketId))).toEqual(named);

        const csv = readTable(reviewEvidenceToCsv(review, { matrix: exportMatrix }));
        expect(csv.ok).toBe(true);
        if (!csv.ok) return;
        const column = csv.value.rows.slice(1, -1).map((row) => row[0]);
        expect(column).toEqual(evidence.map((line) => line.ticketId));

        const markdown = reviewToMarkdown(review, { matrix: exportMatrix });
        const html = reviewToHtml(review, { matrix: exportMatrix });
        for (const id of named) {
          expect(markdown).toContain(escapeMarkdownCell(id));
          expect(html).toContain(escapeHtmlLines(id));
        }
      }),
      { numRuns: 200 },
    );
  });
});
