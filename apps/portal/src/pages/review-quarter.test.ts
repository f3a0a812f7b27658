import { parseMatrix } from '@tandem/core';
import { serviceReview } from '@tandem/core/review';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEscalation, loadServiceConfig, loadTickets } from '../api/psa-client';
import { currentMatrixJson, q3MatrixJson } from '../mocks/data/matrix';
import { createPsaHandlers } from '../mocks/handlers';
import { readPsaMockSettings } from '../mocks/settings';
import { reviewExportFile } from './review-exports';
import { reviewConditions, reviewQuarters, reviewTicket } from './review-model';

// The demo's quarter through the mocked PSA and the portal's own client, as the review page
// reads it: enough tickets, of every kind the review has a section for.

const server = setupServer(...createPsaHandlers(readPsaMockSettings('?latency=0')));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function quarterReviews() {
  const [queue, service, escalation] = await Promise.all([
    loadTickets({}, reviewConditions),
    loadServiceConfig(),
    loadEscalation(),
  ]);
  if (!queue.ok || !service.ok || !escalation.ok) throw new Error('the mocked PSA did not load');
  const { routing, policy } = escalation.value.value;
  const matrix = parseMatrix(currentMatrixJson);
  const previousMatrix = parseMatrix(q3MatrixJson);
  if (!matrix.ok || !previousMatrix.ok) throw new Error('the demo matrices do not parse');
  const tickets = queue.value.tickets.map(reviewTicket);
  const [thisQuarter, lastQuarter] = reviewQuarters(queue.value.asOf);
  const review = (quarter: typeof thisQuarter) =>
    serviceReview({
      matrix: matrix.value,
      previousMatrix: previousMatrix.value,
      tickets,
      policies: service.value.policies,
      calendars: service.value.calendars,
      routing,
      escalation: [policy],
      period: quarter.period,
      previousPeriod: quarter.previous,
    });
  return {
    tickets,
    matrix: matrix.value,
    lastQuarter,
    last: review(lastQuarter),
    current: review(thisQuarter),
  };
}

let reviews: Awaited<ReturnType<typeof quarterReviews>>;
beforeAll(async () => {
  reviews = await quarterReviews();
}, 60_000);

describe('the demo quarter', () => {
  it('holds over 200 Contoso tickets last quarter, generated from a seed', () => {
    const { last, tickets } = reviews;
    expect(last.ticketCount).toBeGreaterThanOrEqual(200);
    // Pinned: the seed makes the same quarter on every load (a change of the generator shows here).
    expect(last.ticketCount).toBe(211);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length);
  });

  it('gives the review breaches, hand-offs, after-hours work, paused clocks and a recurring issue', () => {
    const { last, current } = reviews;
    expect(last.attainment.overall.some((a) => a.breached > 0)).toBe(true);
    expect(last.clock.crossings.reduce((sum, c) => sum + c.count, 0)).toBeGreaterThan(0);
    expect(last.ownership.afterHours.length).toBeGreaterThan(0);
    expect(last.integrity.length).toBeGreaterThan(0);
    // The backup job is the quarter's most recurring issue; one person's tickets are not one.
    expect(last.recurring[0]?.title).toBe('Backup job failed for the file server');
    expect(last.recurring.length).toBeLessThan(10);
    expect(last.agenda.length).toBeGreaterThan(0);
    expect(last.skipped).toEqual([]);
    expect(last.escalations?.steps.length).toBeGreaterThan(0);
    expect(current.ticketCount).toBeGreaterThan(100);
  });

  it('exports last quarter as Markdown, HTML and an evidence CSV naming only its tickets', async () => {
    const { last, matrix, lastQuarter, tickets } = reviews;
    const markdown = reviewExportFile('markdown', last, matrix, lastQuarter);
    expect(markdown.fileName).toBe('service-review-last-quarter-q3-2026.md');
    expect(markdown.text.split('\n')[0]).toBe(
      `# Service review: ${matrix.name}, Last quarter (Q3 2026)`,
    );
    const html = reviewExportFile('html', last, matrix, lastQuarter);
    expect(html.type).toBe('text/html');
    // The same headings, in the same order, in both.
    const headings = [...markdown.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect([...html.text.matchAll(/<h2 [^>]*>(.+?)<\/h2>/g)].map((m) => m[1])).toEqual(headings);
    expect(headings).toHaveLength(10);

    const csv = reviewExportFile('csv', last, matrix, lastQuarter).text;
    const lines = csv.slice(1).split('\r\n').slice(1, -1);
    expect(lines.length).toBeGreaterThan(100);
    const known = new Set(tickets.map((t) => t.id));
    for (const line of lines) expect(known.has(line.split(',')[0] as string)).toBe(true);
  });
});
