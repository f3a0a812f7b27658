import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { expect } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.js';

// The built portal (dist/) as a visitor gets it: served by `vite preview`, with the PSA mocked by
// the MSW service worker, in Debian's Chromium. Each test opens a fresh browser context, so the
// PSA's saved state (in localStorage) and drafts start from the demo data.

const portalRoot = fileURLToPath(new URL('..', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Where screenshots are kept as test artefacts (ignored by git). */
export const artefactsDir = fileURLToPath(new URL('../test-results/', import.meta.url));

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

/** A page of the portal and everything that went wrong on it. */
export interface PortalPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, page errors, failed requests and HTTP errors, in order. */
  readonly problems: string[];
}

/** The served portal and a browser to visit it with. */
export interface PortalSession {
  readonly origin: string;
  open(path: string): Promise<PortalPage>;
  close(): Promise<void>;
}

/** Serves the built portal on a free port and launches Chromium. */
export async function startPortal(): Promise<PortalSession> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: portalRoot,
    logLevel: 'silent',
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  const browser: Browser = await chromium.launch(chromiumLaunchOptions);
  return {
    origin,
    async open(path) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
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
      return { page, context, problems };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** Runs axe on the page as it is and returns its violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => String(node.target[0])).join(', ')})`,
    );
  });
}

/** Keeps a full-page screenshot in test-results/ as an artefact of the run. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(artefactsDir, { recursive: true });
  await page.screenshot({ path: `${artefactsDir}${name}.png`, fullPage: true });
}

/** Drags `source` onto `target` with the real mouse: press, move in steps, release. */
export async function mouseDrag(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Both ends of a drag must be visible.');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 16 });
  await page.waitForTimeout(100);
  await page.mouse.up();
}

/** The save bar's summary line. */
export const saveSummary = (page: Page) =>
  page.getByRole('region', { name: /^Saving the/ }).getByRole('status');

/** Waits until `locator`'s text matches. */
export async function textMatches(locator: Locator, pattern: RegExp): Promise<void> {
  await expect.poll(() => locator.textContent(), { timeout: 10_000 }).toMatch(pattern);
}
