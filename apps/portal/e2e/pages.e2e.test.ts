import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, keepScreenshot, type PortalSession, startPortal } from './portal-session';

let portal: PortalSession;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal?.close());

const pages = [
  { hash: 'matrix', heading: 'Who owns what', ready: { role: 'grid', name: /responsibilit/i } },
  { hash: 'escalation', heading: 'Escalation', ready: { role: 'heading', name: 'Routing rules' } },
  { hash: 'tickets', heading: 'Tickets and SLAs', ready: { role: 'grid', name: 'SLA queue' } },
  { hash: 'review', heading: 'Quarterly review', ready: { role: 'region', name: /Scope drift/ } },
  { hash: 'audit', heading: 'Audit log', ready: { role: 'table', name: /newest first/ } },
] as const;

describe('every page of the portal', () => {
  for (const { hash, heading, ready } of pages)
    it(`#/${hash} loads with no console error, failed request or axe violation`, async () => {
      const { page, context, problems } = await portal.open(`/?latency=0#/${hash}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole(ready.role, { name: ready.name }).first().waitFor();
      expect(await page.title()).toContain(heading);
      expect(await axeViolations(page)).toEqual([]);
      await keepScreenshot(page, `page-${hash}`);
      expect(problems).toEqual([]);
      await context.close();
    });

  it('moves between pages from the navigation, marking the current one', async () => {
    const { page, context } = await portal.open('/?latency=0');
    const nav = page.getByRole('navigation', { name: 'Portal' });
    await nav.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Audit log' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Who owns what' }).waitFor();
    await context.close();
  });

  it('explains a PSA outage in plain words and offers a retry', async () => {
    const { page, context } = await portal.open('/?latency=0&fail=all');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /Could not load the responsibility matrix.*503.*unavailable/s,
    );
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('alert').waitFor();
    await keepScreenshot(page, 'psa-outage');
    await context.close();
  });
});
