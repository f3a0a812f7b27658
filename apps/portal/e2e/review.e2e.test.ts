import { mkdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artefactsDir,
  axeViolations,
  keepScreenshot,
  type PortalSession,
  startPortal,
} from './portal-session';

// The quarterly review in the built portal: the service review of the demo's quarter (over 200
// tickets from the mocked ConnectWise), the quarter picker, "Export PDF" through print, and the
// Markdown, HTML and evidence CSV downloads.

let portal: PortalSession;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal?.close());

async function openReview() {
  const opened = await portal.open('/?latency=0#/review');
  const { page } = opened;
  await page.getByRole('heading', { level: 1, name: 'Quarterly review' }).waitFor();
  await page.getByRole('region', { name: 'SLA attainment' }).waitFor({ timeout: 30_000 });
  return opened;
}

describe('the quarterly review page', () => {
  it('shows the attainment chart and the agenda for this quarter and the last', async () => {
    const { page, context, problems } = await openReview();
    const attainment = page.getByRole('region', { name: 'SLA attainment' });
    expect(await attainment.locator('figure svg').count()).toBeGreaterThan(0);
    const agenda = page.getByRole('region', { name: 'Agenda' });
    expect(await agenda.locator('li').count()).toBeGreaterThan(0);

    const before = await page.getByRole('region', { name: 'SLA attainment' }).textContent();
    await page.getByLabel('Quarter').selectOption({ label: 'Last quarter (Q3 2026)' });
    await expect
      .poll(() => page.getByRole('region', { name: 'SLA attainment' }).textContent())
      .not.toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'review-last-quarter');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('"Export PDF" prints, and print shows the report without the portal around it', async () => {
    const { page, context, problems } = await openReview();
    await page.evaluate(() => {
      const flagged = window as unknown as { printed: number };
      flagged.printed = 0;
      window.print = () => {
        flagged.printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Portal' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export PDF' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Quarter').isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Agenda' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'SLA attainment' }).isVisible()).toBe(true);

    await mkdir(artefactsDir, { recursive: true });
    const shot = await page.screenshot({ path: `${artefactsDir}review-print.png`, fullPage: true });
    // A PNG of a multi-section report: well above an empty page's few kilobytes, below absurd.
    expect(shot.subarray(1, 4).toString()).toBe('PNG');
    expect(shot.length).toBeGreaterThan(50_000);
    expect(shot.length).toBeLessThan(30_000_000);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('"Export Markdown", "Export HTML" and "Export CSV" download the quarter’s review', async () => {
    const { page, context, problems } = await openReview();
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      const path = await file.path();
      return { fileName: file.suggestedFilename(), text: await readFile(path, 'utf8') };
    };

    const markdown = await download('Export Markdown');
    expect(markdown.fileName).toBe('service-review-this-quarter-q4-2026-to-date.md');
    expect(markdown.text).toMatch(/^# Service review: .+, This quarter \(Q4 2026, to date\)\n\n/);
    expect(markdown.text).toContain('\n## Agenda\n\n| Item | Severity | Tickets |\n');
    expect(markdown.text).toContain('\n## SLA attainment\n');

    const html = await download('Export HTML');
    expect(html.fileName).toBe('service-review-this-quarter-q4-2026-to-date.html');
    expect(html.text.startsWith('<!DOCTYPE html>\n<html lang="en">\n')).toBe(true);
    expect(html.text).toContain('<th scope="col"');
    expect(html.text).not.toContain('<script');

    const csv = await download('Export CSV');
    expect(csv.fileName).toBe('service-review-evidence-this-quarter-q4-2026-to-date.csv');
    expect(
      csv.text.startsWith(
        '\ufeffTicket,Section,Finding,Party,Function,Category,Target,Priority,Business minutes,Severity,Detail\r\n',
      ),
    ).toBe(true);
    // The demo quarter has evidence: more lines than the header.
    expect(csv.text.split('\r\n').length).toBeGreaterThan(20);

    // The last quarter's review is what the buttons export once it is picked.
    await page.getByLabel('Quarter').selectOption({ label: 'Last quarter (Q3 2026)' });
    const last = await download('Export Markdown');
    expect(last.fileName).toBe('service-review-last-quarter-q3-2026.md');
    expect(last.text).toMatch(/^# Service review: .+, Last quarter \(Q3 2026\)\n/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
