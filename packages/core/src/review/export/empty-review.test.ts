import { describe, expect, it } from 'vitest';
import { serviceReview } from '../service-review';
import { reviewEvidenceToCsv } from './csv';
import { exportMatrix } from './export-fixtures';
import { reviewToHtml } from './html';
import { reviewToMarkdown } from './markdown';

// A quarter without tickets, as serviceReview computes it, of a matrix whose rows were gone
// over in May (one) and never (the other): every section but the rows due says it has nothing.
const matrix = {
  ...exportMatrix,
  rows: exportMatrix.rows.map((row) =>
    row.id === 'backup' ? { ...row, reviewedAt: Date.UTC(2026, 4, 20) } : row,
  ),
};
const empty = serviceReview({
  matrix,
  tickets: [],
  policies: [
    {
      id: 'standard',
      calendarId: '24x7',
      priorities: { P1: { response: { minutes: 30 }, resolution: { minutes: 240 } } },
    },
  ],
  period: { from: Date.UTC(2026, 3, 1), to: Date.UTC(2026, 6, 1) },
});

describe('the exports of an empty review', () => {
  it('write every section with the words for nothing there', () => {
    const markdown = reviewToMarkdown(empty, { matrix });
    expect(markdown.startsWith('# Service review\n\n2026-04-01 to 2026-06-30\n\n')).toBe(true);
    expect(markdown).toContain('\n0 tickets in the period (previous period: 0).\n');
    for (const line of [
      '| Functions due for review: Server patching. | Low |  |\n',
      '## SLA attainment\n\nNo SLA clock was measured in this period.\n',
      '## Who held the clock\n\nNo party held a running clock in this period.\n',
      '## Ownership gaps\n\nEvery ticket was held by a party the matrix makes Responsible.\n',
      '## Tickets not counted\n\nEvery ticket was counted.\n',
    ]) {
      expect(markdown).toContain(line);
    }
    // The agenda's one item and the row never reviewed are the only tables.
    expect(markdown.match(/^\| --- \|/gm)).toHaveLength(2);
    expect(markdown).toContain('\n| Server patching | Never | — |\n\n## Tickets not counted');
    expect(markdown).not.toContain('Backup monitoring');

    const html = reviewToHtml(empty, { matrix });
    expect(html.match(/<table /g)).toHaveLength(2);
    expect(html).toContain('>No SLA clock was measured in this period.</p>');
  });

  it('write a CSV of the header only', () => {
    expect(reviewEvidenceToCsv(empty)).toBe(
      'Ticket,Section,Finding,Party,Function,Category,Target,Priority,Business minutes,Severity,Detail\r\n',
    );
  });
});
