// `pnpm bench:browser`: the budgets of the matrix editor, the escalation flow, the SLA queue and
// the service review in Debian's Chromium, on a production build.
// A script, not a test: it prints medians and how they compare with the budgets.
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { quantile } from '../src/format';

declare global {
  interface Window {
    tandemBench: {
      mount: (rows: number, parties: number) => number;
      editCell: (key: string) => number;
      mountFlow: () => number;
      mountQueue: () => number;
      mountReview: () => number;
    };
  }
}

const root = fileURLToPath(new URL('.', import.meta.url));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const line = (name: string, value: number, budget: number) =>
  console.log(
    `  ${name.padEnd(46)} ${value.toFixed(1).padStart(7)} ms   budget ${budget} ms   ${value <= budget ? 'within' : 'OVER'}`,
  );

await build({ root, configFile: `${root}/vite.config.ts`, logLevel: 'warn' });
const server = await preview({
  root,
  configFile: `${root}/vite.config.ts`,
  preview: { port: 0, host: '127.0.0.1' },
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('preview server has no address');
const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForFunction('"tandemBench" in window');

  console.log('Matrix editor in Chromium (production build, 2,000 rows × 12 parties)');
  const mounts: number[] = [];
  for (let i = 0; i < 9; i += 1)
    mounts.push(await page.evaluate(() => window.tandemBench.mount(2000, 12)));
  line('first render, to a laid-out frame (median of 9)', median(mounts), 200);

  const edits: number[] = [];
  for (let i = 0; i < 41; i += 1)
    edits.push(await page.evaluate((key) => window.tandemBench.editCell(key), i % 2 ? 'c' : 'i'));
  line('cell edit committed and laid out (median of 41)', median(edits.slice(1)), 8);

  // Drag a row with the real pointer while recording every frame's length.
  const row = await page.locator('[data-row-id="r3"] [data-row-focus]').boundingBox();
  if (!row) throw new Error('no row handle');
  await reportDrag(page, row, { x: 0, y: 480 }, 'a row');

  console.log('Escalation flow in Chromium (production build, 100 steps, 200 rules)');
  const flowMounts: number[] = [];
  for (let i = 0; i < 5; i += 1)
    flowMounts.push(await page.evaluate(() => window.tandemBench.mountFlow()));
  line('first render, to a laid-out frame (median of 5)', median(flowMounts), 200);
  // The first card's move handle, dragged to the drop slot of the next lane in the same column:
  // measured from the slots' own boxes, so the drag really crosses into another lane.
  const handle = page.getByRole('button', { name: /^Move / }).first();
  const step = await handle.boundingBox();
  if (!step) throw new Error('no step handle');
  const target = await page.evaluate(
    ({ x, y }) => {
      const slots = [...document.querySelectorAll<HTMLElement>('[data-lane][data-column]')];
      const here = slots.find((slot) => {
        const box = slot.getBoundingClientRect();
        return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      });
      const column = here?.dataset.column;
      const other = slots
        .filter(
          (slot) => slot.dataset.column === column && slot.dataset.lane !== here?.dataset.lane,
        )
        .map((slot) => slot.getBoundingClientRect())
        .filter((box) => box.top > y)
        .sort((a, b) => a.top - b.top)[0];
      return other ? { x: other.left + other.width / 2, y: other.top + other.height / 2 } : null;
    },
    { x: step.x + step.width / 2, y: step.y + step.height / 2 },
  );
  if (!target) throw new Error('no slot in another lane below the first step');
  const by = { x: target.x - (step.x + step.width / 2), y: target.y - (step.y + step.height / 2) };
  await reportDrag(page, step, by, 'a step to another lane');

  console.log('SLA queue in Chromium (production build, 5,000 tickets)');
  const queueMounts: number[] = [];
  for (let i = 0; i < 5; i += 1)
    queueMounts.push(await page.evaluate(() => window.tandemBench.mountQueue()));
  line('first render, to a laid-out frame (median of 5)', median(queueMounts), 200);
  const grid = await page.getByRole('grid', { name: 'SLA queue' }).boundingBox();
  if (!grid) throw new Error('no queue grid');
  await reportFrames(
    page,
    async () => {
      await page.mouse.move(grid.x + grid.width / 2, grid.y + grid.height / 2);
      for (let i = 0; i < 60; i += 1) {
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(16);
      }
    },
    'scrolling the queue by wheel',
  );

  console.log(
    'Service review in Chromium (production build, 1,000 tickets, review computed before)',
  );
  const reviewMounts: number[] = [];
  for (let i = 0; i < 9; i += 1)
    reviewMounts.push(await page.evaluate(() => window.tandemBench.mountReview()));
  line('first render, to a laid-out frame (median of 9)', median(reviewMounts), 200);
} finally {
  await browser.close();
  await server.close();
}

// Drags with the real pointer from the centre of `box` by `by`, recording every frame's length
// from the press on (so the frame that starts the drag counts too).
async function reportDrag(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  by: { x: number; y: number },
  what: string,
) {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await reportFrames(
    page,
    async () => {
      await page.mouse.down();
      for (let step = 1; step <= 60; step += 1)
        await page.mouse.move(x + (by.x * step) / 60, y + (by.y * step) / 60);
    },
    `dragging ${what}`,
  );
  await page.mouse.up();
}

// Records every frame's length while `act` runs, then prints the median, p95 and longest.
async function reportFrames(page: Page, act: () => Promise<void>, what: string) {
  // A string, not a function: the runner's transpiler would wrap named functions in a helper
  // the page does not have.
  await page.evaluate(`(() => {
    const frames = [];
    let last = performance.now();
    window.tandemStop = false;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (!window.tandemStop) requestAnimationFrame(tick);
    };
    window.tandemFrames = frames;
    requestAnimationFrame(tick);
  })()`);
  await page.evaluate('window.tandemFrames.length = 0');
  await act();
  const frames = (await page.evaluate(
    '(window.tandemStop = true, window.tandemFrames.slice(1))',
  )) as number[];
  // A frame is rAF to rAF, so 16.7 ms is one display refresh: a frame whose work overran 16 ms
  // shows up as a gap of two refreshes or more. Budgets of 17 ms allow the timer's jitter.
  const dropped = frames.filter((frame) => frame > 25).length;
  line(`frame while ${what}, median (rAF to rAF)`, median(frames), 17);
  line(`frame while ${what}, p95`, quantile(frames, 0.95), 17);
  line(`longest frame while ${what}`, Math.max(...frames), 17);
  console.log(`  ${frames.length} frames, ${dropped} dropped (> 25 ms)`);
}
