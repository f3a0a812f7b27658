import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.js';

// The built portal (dist/) as a visitor gets it: served by `vite preview`, with the PSA mocked by
// the MSW service worker, in Debian's Chromium.

const portalRoot = fileURLToPath(new URL('..', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: PreviewServer;
let browser: Browser;
let origin: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** Opens a page and records everything that went wrong on it. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(origin + path);
  return { page, problems };
}

beforeAll(async () => {
  const port = await freePort();
  server = await preview({
    root: portalRoot,
    logLevel: 'silent',
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  origin = `http://127.0.0.1:${port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
});

describe('the demo portal', () => {
  it('loads the matrix, tickets and SLA policies with no console error or failed request', async () => {
    const { page, problems } = await open('/?latency=20');
    const matrix = page.getByRole('table', { name: /co-managed IT responsibilities/ });
    await matrix.waitFor();
    expect(await matrix.locator('tbody tr').count()).toBe(14);
    await expect
      .poll(() => page.getByRole('row', { name: /After-hours emergency response/ }).textContent())
      .toMatch(/Responsible/);
    await page.getByRole('row', { name: /T-1044/ }).waitFor();
    await page.getByRole('row', { name: /^P1/ }).waitFor();
    expect(await page.getByRole('status').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no axe violations once loaded', async () => {
    const { page } = await open('/?latency=0');
    await page.getByRole('row', { name: /^P4/ }).waitFor();
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: () => Promise<{ violations: { id: string; help: string }[] }> };
        }
      ).axe;
      const result = await axe.run();
      return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('explains a PSA outage and offers a retry that recovers nothing while it lasts', async () => {
    const { page } = await open('/?latency=0&fail=all');
    const alerts = page.getByRole('alert');
    await expect.poll(() => alerts.count()).toBe(3);
    expect(await alerts.first().textContent()).toMatch(/503.*unavailable/s);
    await alerts.first().getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => alerts.count()).toBe(3);
    await page.close();
  });
});
