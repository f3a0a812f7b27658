// `pnpm bench:browser:collab`: issue 15's browser budget — a remote change to a 2,000 × 12
// matrix reaches the other page's screen in ≤ 50 ms on loopback (p95), and re-renders only the
// rows it touched. The real collab server (apps/collab-server's built main.js) runs as its own
// process on loopback; two Chromium pages (each in its own browser context, so its own renderer
// process) open one room on a production build of collab-page.tsx, Dana's page seeding the
// matrix. Dana edits a cell on screen; the time runs from her page applying the edit to Sam's
// page having painted the frame that shows it — the frame's style, layout and paint included
// (both pages read timeOrigin + now, the same machine's clock; the runner checks that the two
// agree). Then, with React's commits watched in Sam's page (row-renders.ts), more
// edits count which rows re-rendered there. A script, not a test: it prints figures and the
// budgets, and exits non-zero when one is missed. Bounded: fixed counts, 120 s in all.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RoleLetter } from '@tandem/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { startCollabServerProcess } from '../src/collab-server-process';
import { quantile } from '../src/format';

const CHANGES = 40;
const WARM_UP = 5;
const COUNTED = 10;
const BUDGET_MS = 50;
const LIMIT_MS = 120_000;
const ROOM = 'contoso/bench';
/** Rows near the top, on screen in both pages (the grid is virtualised). */
const ROWS_ON_SCREEN = 12;
const LETTERS: readonly RoleLetter[] = ['R', 'A', 'C', 'I'];

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(root, '..', 'node_modules', '.collab-bench');
const require = createRequire(import.meta.url);
const serverMain = join(
  dirname(require.resolve('@tandem/collab-server/package.json')),
  'dist',
  'main.js',
);

const limit = setTimeout(() => {
  console.error(`Stopped after ${LIMIT_MS / 1000} s: the run did not finish in time.`);
  process.exit(1);
}, LIMIT_MS);
limit.unref();

await build({
  root,
  configFile: `${root}/vite.config.ts`,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, rollupOptions: { input: join(root, 'collab.html') } },
});
const web = await preview({
  root,
  configFile: `${root}/vite.config.ts`,
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1' },
});
const base = web.resolvedUrls?.local[0];
if (!base) throw new Error('preview server has no address');
const collab = await startCollabServerProcess([serverMain]);
let browser: Browser | undefined;

/** Opens the page as one person, in a context of its own, and waits for the matrix on screen. */
async function open(token: string, name: string, seed: boolean): Promise<Page> {
  const context = await (browser as Browser).newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${name}'s page:`, error.message));
  const query = new URLSearchParams({ server: collab.url, room: ROOM, token, name });
  if (seed) query.set('seed', '');
  await page.goto(`${base}collab.html?${query}`);
  await page.waitForFunction(() => window.tandemCollab?.ready(), undefined, { timeout: 30_000 });
  return page;
}

/** Dana's change `n`: a row on screen, an empty cell of it, a letter it did not hold before. */
function changeOf(n: number) {
  const row = n % ROWS_ON_SCREEN;
  // largeMatrix fills the cells of parties row, row + 1 and row + 5; this one starts empty.
  const partyIndex = (row + 3) % 12;
  return {
    rowId: `r${row}`,
    partyId: `p${partyIndex}`,
    partyIndex,
    // The next letter on each pass over the rows, so every change changes its cell.
    roles: [LETTERS[Math.floor(n / ROWS_ON_SCREEN) % LETTERS.length] ?? 'R'],
  };
}

/** Where one trip's time went, in ms, from the start of Dana's edit. */
interface Trip {
  /** To her page's edit applied and sent (the binding and the provider, in her page). */
  readonly sent: number;
  /** To the last message reaching Sam's provider (the server and the network). */
  readonly message: number;
  /** To Sam's binding handing the matrix on. */
  readonly published: number;
  /** To React's commit showing it in his DOM. */
  readonly shown: number;
  /** To the next animation frame starting (before its style, layout and paint). */
  readonly frame: number;
  /** To that frame painted and handed to the compositor: on his screen. */
  readonly painted: number;
}

/** Makes change `n` in Dana's page and times its trip to Sam's screen. */
async function trip(dana: Page, sam: Page, n: number): Promise<Trip> {
  const { rowId, partyId, partyIndex, roles } = changeOf(n);
  await sam.evaluate(
    ({ rowId, partyIndex }) => {
      (window as unknown as { arrived: unknown }).arrived = window.tandemCollab.arrival(
        rowId,
        partyIndex,
        30_000,
      );
    },
    { rowId, partyIndex },
  );
  const edit = await dana.evaluate(
    ({ rowId, partyId, roles }) => window.tandemCollab.change(rowId, partyId, roles),
    { rowId, partyId, roles },
  );
  const arrived = (await sam.evaluate(
    () => (window as unknown as { arrived: unknown }).arrived,
  )) as Awaited<ReturnType<Window['tandemCollab']['arrival']>>;
  return {
    sent: edit.sent - edit.at,
    message: arrived.message - edit.at,
    published: arrived.published - edit.at,
    shown: arrived.shown - edit.at,
    frame: arrived.frame - edit.at,
    painted: arrived.painted - edit.at,
  };
}

const clock = () => performance.timeOrigin + performance.now();

/**
 * How far `page`'s clock (timeOrigin + now) is ahead of this process's, from the quickest of a
 * few round trips, and that trip's half-length (the estimate's uncertainty).
 */
async function clockOffset(page: Page): Promise<{ offset: number; within: number }> {
  let best = { offset: 0, within: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 20; i += 1) {
    const before = clock();
    const there = await page.evaluate(() => window.tandemCollab.now());
    const after = clock();
    if ((after - before) / 2 < best.within)
      best = { offset: there - (before + after) / 2, within: (after - before) / 2 };
  }
  return best;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (value: number) => `${value.toFixed(1)} ms`;

try {
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  const dana = await open('demo-dana', 'Dana', true);
  const sam = await open('demo-sam', 'Sam', false);
  console.log(
    `Live co-editing in Chromium (production build, 2,000 rows × 12 parties, two pages, collab server ${collab.url})`,
  );

  // Trips subtract a time read in Dana's page from one read in Sam's: their clocks must agree.
  const [danaClock, samClock] = [await clockOffset(dana), await clockOffset(sam)];
  const skew = samClock.offset - danaClock.offset;
  const within = danaClock.within + samClock.within;
  console.log(`  Sam's clock − Dana's: ${ms(skew)} (± ${ms(within)})`);
  if (Math.abs(skew) > within + 1) {
    console.error("  The two pages' clocks disagree by more than 1 ms: the figures are off.");
    process.exitCode = 1;
  }

  const timed: Trip[] = [];
  for (let n = 0; n < WARM_UP + CHANGES; n += 1) {
    const took = await trip(dana, sam, n);
    if (n >= WARM_UP) timed.push(took);
    // As a person edits: a change at a time, not a burst.
    await pause(100);
  }
  const trips = timed.map((took) => took.painted);
  const p95 = quantile(trips, 0.95);
  console.log(
    `  Dana's cell edit → on Sam's screen (${CHANGES} edits after ${WARM_UP} to warm up): median ${ms(quantile(trips, 0.5))}, p95 ${ms(p95)}, max ${ms(Math.max(...trips))}`,
  );
  const at = (part: keyof Trip) =>
    ms(
      quantile(
        timed.map((took) => took[part]),
        0.5,
      ),
    );
  console.log(
    `  medians from the start of the edit: sent by Dana's page ${at('sent')}, at Sam's provider ${at('message')}, through his binding ${at('published')}, in his DOM ${at('shown')}, next frame ${at('frame')}, painted ${at('painted')}`,
  );
  console.log(`  p95 budget ${BUDGET_MS} ms: ${p95 <= BUDGET_MS ? 'met' : 'MISSED'}`);

  // Row renders in Sam's page, edit by edit, with React's commits watched.
  await sam.evaluate(() => {
    window.tandemCollab.rowRenders.start();
    window.tandemCollab.changedRows.start();
  });
  const extra: string[] = [];
  const mounts: string[] = [];
  const alsoShown: string[] = [];
  for (let n = WARM_UP + CHANGES; n < WARM_UP + CHANGES + COUNTED; n += 1) {
    await sam.evaluate(() => [
      window.tandemCollab.rowRenders.take(),
      window.tandemCollab.changedRows.take(),
    ]);
    await trip(dana, sam, n);
    await pause(200);
    const { rendered, mounted } = await sam.evaluate(() => window.tandemCollab.rowRenders.take());
    mounts.push(...mounted);
    const shown = new Set(await sam.evaluate(() => window.tandemCollab.changedRows.take()));
    const touched = changeOf(n).rowId;
    if (!rendered.includes(touched)) extra.push(`edit ${n}: row ${touched} did not re-render`);
    // Rows the edit changed on screen too (an issue it raised or cleared there) had to render.
    const others = [...new Set(rendered)].filter((rowId) => rowId !== touched);
    for (const rowId of others.filter((id) => shown.has(id)))
      alsoShown.push(`${rowId} (edit of ${touched})`);
    const needless = others.filter((rowId) => !shown.has(rowId));
    if (needless.length > 0)
      extra.push(
        `edit ${n} of ${touched}: ${needless.length} other rows re-rendered, their DOM unchanged (${needless.slice(0, 5).join(', ')})`,
      );
  }
  await sam.evaluate(() => window.tandemCollab.rowRenders.stop());
  if (alsoShown.length > 0)
    console.log(
      `  other rows re-rendered, each one the edit changed on screen too (a matrix-wide issue there): ${alsoShown.join(', ')}`,
    );
  console.log(
    extra.length === 0
      ? `  row re-renders in Sam's page: none of a row the edit left unchanged on screen, in ${COUNTED} edits${mounts.length > 0 ? ` (and ${mounts.length} rows mounted as the window moved: ${mounts.join(', ')})` : ''}`
      : `  row re-renders in Sam's page: NOT only the touched row\n    ${extra.join('\n    ')}`,
  );
  if (!(p95 <= BUDGET_MS) || extra.length > 0) process.exitCode = 1;
} finally {
  await browser?.close();
  await web.close();
  await collab.stop();
  clearTimeout(limit);
}
