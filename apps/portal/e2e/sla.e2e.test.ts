import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, keepScreenshot, type PortalSession, startPortal } from './portal-session';

let portal: PortalSession;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal?.close());

describe('the ticket queue and SLA timelines', () => {
  it('opens a ticket’s timeline and scrubs it with the keyboard and the pointer', async () => {
    const { page, context, problems } = await portal.open('/?latency=0#/tickets');
    const queue = page.getByRole('grid', { name: 'SLA queue' });
    await queue.waitFor();
    await queue.getByRole('row', { name: /EDR alert: suspicious PowerShell/ }).click();

    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const cursor = dialog.getByRole('slider', { name: 'Time cursor' });
    await cursor.focus();
    await page.keyboard.press('Home');
    const atStart = Number(await cursor.getAttribute('aria-valuenow'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const afterKeys = Number(await cursor.getAttribute('aria-valuenow'));
    expect(afterKeys).toBeGreaterThan(atStart);
    const announced = dialog.locator('[role=status][aria-live]');
    await expect.poll(() => announced.textContent()).not.toBe('');

    // Drag the cursor a third of the way along its track with the real mouse.
    const box = await cursor.boundingBox();
    const track = await cursor.locator('xpath=..').boundingBox();
    if (!box || !track) throw new Error('the timeline is not visible');
    const releaseX = track.x + track.width * 0.66;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(releaseX, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    // Forward in time (rightwards), and the cursor stands where the pointer let go: within 1 %
    // of the track, the most snapping to the cursor's step can move it.
    await expect
      .poll(async () => Number(await cursor.getAttribute('aria-valuenow')))
      .toBeGreaterThan(afterKeys);
    await expect
      .poll(async () => {
        const moved = await cursor.boundingBox();
        return moved ? Math.abs(moved.x + moved.width / 2 - releaseX) / track.width : 1;
      })
      .toBeLessThan(0.01);

    expect(await axeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'sla-timeline-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads ConnectWise tickets of both customers and shows who held the clock', async () => {
    const { page, context, problems } = await portal.open('/?latency=0#/tickets');
    const queue = page.getByRole('grid', { name: 'SLA queue' });
    await queue.waitFor();
    // The UK customer's ticket, on its London calendar with GOV.UK's bank holidays.
    await queue.getByRole('row', { name: /Payroll export fails before month end/ }).waitFor();
    // Internal IT → the MSP's desk → internal IT, with a wait on the customer.
    await queue.getByRole('row', { name: /Shared mailbox permissions lost/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const summary = dialog.getByRole('group', { name: /^Held by · / });
    await expect.poll(() => summary.textContent()).toMatch(/Internal IT: \d+ %/);
    expect(await summary.textContent()).toMatch(/Northwind service desk: \d+ %/);
    expect(await dialog.locator('[data-lane="holder"] [data-side="provider"]').count()).toBe(1);
    expect(await dialog.locator('[data-lane="holder"] [data-state="paused"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'sla-held-by-dialog');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters the queue by priority', async () => {
    const { page, context } = await portal.open('/?latency=0#/tickets');
    const queue = page.getByRole('grid', { name: 'SLA queue' });
    await queue.waitFor();
    await page.getByRole('button', { name: /^P1/ }).click();
    await expect.poll(() => queue.getByRole('row').count()).toBe(3); // the header and the two P1 tickets
    await context.close();
  });
});
