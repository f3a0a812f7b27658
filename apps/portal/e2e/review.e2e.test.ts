import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artefactsDir,
  axeViolations,
  keepScreenshot,
  type PortalSession,
  startPortal,
} from './portal-session';

// The quarterly review in the built portal: the service review of the demo's quarter (over 200
// tickets from the mocked ConnectWise), the quarter picker, and "Export PDF" through print.

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
});
