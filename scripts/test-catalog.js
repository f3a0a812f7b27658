// `pnpm test:catalog`: every story of the built catalog (storybook-static/, from
// `pnpm storybook:build`) in Debian's Chromium, so a difference that only production has (the
// minified CSS, the bundling) fails a test that dev mode (`pnpm test:browser`) passes.
//
// The folder is served on 127.0.0.1 (a free port, closed at the end). Each story with the `test`
// tag in index.json (the tag the Vitest addon runs; docs entries are skipped) is opened alone,
// iframe.html?id=…&viewMode=story, and its outcome is read from the preview's channel:
// playFunctionThrewException, storyThrewException, storyErrored, storyMissing,
// unhandledErrorsWhilePlaying and storyFinished. storyFinished carries the a11y addon's report:
// the addon runs axe after the play function exactly as in dev mode, so `parameters.a11y.test`
// means the same here ('error' fails, 'todo' only warns, 'off' skips). Console errors and page
// errors fail a story too. One line per failing story, then `N passed, N failed`.
//
// A story that fails is run once more on a fresh page: one that then passes is reported as flaky
// (with what went wrong the first time) and not counted; one that fails twice fails the run. CI
// runs this beside the other suites on two cores, where a story can starve for seconds.
//
// Arguments: story ids, or parts of them, to run only those (`pnpm test:catalog -- sla-queue`).
// Options:
//   --workers N        pages at once (default 2, the cores this machine has)
//   --timeout MS       how long one story may take (default 60000: longer than two of the
//                      preview's 15 s waits, so a failing wait reports its own message)
//   --retries N        further runs of a failing story on a fresh page (default 1)
//   --dir PATH         the built catalog (default storybook-static/ at the root)
//   --known-failing ID a story expected to fail, repeatable or comma-separated; also read from
//                      TANDEM_CATALOG_KNOWN_FAILURES. Only for showing a known defect locally
//                      while its fix is elsewhere: a listed story that fails is reported but not
//                      counted, one that passes fails the run (take it off the list). Never commit
//                      such a list.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

const { values: options, positionals: filters } = parseArgs({
  allowPositionals: true,
  options: {
    workers: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '60000' },
    retries: { type: 'string', default: '1' },
    dir: { type: 'string', default: join(root, 'storybook-static') },
    'known-failing': { type: 'string', multiple: true, default: [] },
  },
});
const workers = Math.max(1, Number(options.workers));
const storyTimeout = Number(options.timeout);
const retries = Math.max(0, Number(options.retries));
const catalogDir = resolve(options.dir);
const knownFailing = new Set(
  [...options['known-failing'], process.env.TANDEM_CATALOG_KNOWN_FAILURES ?? '']
    .flatMap((list) => list.split(/[\s,]+/))
    .filter(Boolean),
);

/** The events of the preview's channel that decide a story's outcome. */
const EVENTS = [
  'playFunctionThrewException',
  'storyThrewException',
  'storyErrored',
  'storyMissing',
  'unhandledErrorsWhilePlaying',
  'storyFinished',
  'storyRenderPhaseChanged',
];

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Serves `dir` as it is: no fallback page, so a missing file is a 404 the story reports. */
function serve(dir) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // The browser asks for it by itself; the catalog's icon is favicon.svg.
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const file = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    try {
      if (!file.startsWith(dir + sep) || !(await stat(file)).isFile()) throw new Error();
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

/**
 * Runs in the page before the preview loads: subscribes to the channel the moment the preview
 * installs it on `window`, and keeps what the story did in `window.__tandemCatalog`. The a11y
 * report is cut down to the violations, the only part of axe's result a failure needs. The
 * channel carries a failed assertion's message only; the error itself reaches console.error,
 * where the keys in which its `actual` and `expected` objects differ are kept, so a failed
 * toEqual says what differed.
 */
function watchChannel(eventNames) {
  const outcome = { done: false, phase: 'loading the preview', events: [], differences: {} };
  window.__tandemCatalog = outcome;
  const shown = (value) => JSON.stringify(value)?.slice(0, 160);
  const logError = console.error;
  console.error = (...args) => {
    for (const error of args) {
      const { actual, expected } = error instanceof Error ? error : {};
      if (![actual, expected].every((value) => value && typeof value === 'object')) continue;
      outcome.differences[error.message] = Object.keys({ ...expected, ...actual })
        .filter((key) => shown(actual[key]) !== shown(expected[key]))
        .map((key) => `${key}: ${shown(actual[key])}, expected ${shown(expected[key])}`)
        .join('; ');
    }
    logError.apply(console, args);
  };
  const watched = new WeakSet();
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      if (!next || watched.has(next)) return;
      watched.add(next);
      for (const name of eventNames)
        next.on(name, (payload) => {
          // Only where a story got to, for a timeout to say.
          if (name === 'storyRenderPhaseChanged') {
            outcome.phase = payload?.newPhase;
            return;
          }
          if (name === 'storyFinished')
            payload = {
              status: payload.status,
              reports: (payload.reporters ?? []).map((report) => ({
                type: report.type,
                status: report.status,
                error: report.result?.error ? String(report.result.error) : undefined,
                violations: (report.result?.violations ?? []).map((violation) => ({
                  id: violation.id,
                  help: violation.help,
                  targets: violation.nodes.map((node) => String(node.target)),
                })),
              })),
            };
          outcome.events.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null)) });
          if (name === 'storyFinished' || name === 'storyMissing') outcome.done = true;
        });
    },
  });
}

/** A message on one line: no colours, no DOM dump (Testing Library appends the whole page). */
const oneLine = (text) =>
  String(text)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts a colour
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/\s*Ignored nodes:.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 400);
const errorText = (error) => oneLine(error?.message ? error.message : JSON.stringify(error));

/** What went wrong in a story, from its channel events and the page's console. */
function problemsOf({ events, differences }, consoleErrors) {
  const problems = [];
  // A play function that throws is announced twice: as itself, then as a render exception.
  const playErrors = new Set(
    events
      .filter(({ name }) => name === 'playFunctionThrewException')
      .map(({ payload }) => errorText(payload)),
  );
  for (const { name, payload } of events) {
    if (name === 'playFunctionThrewException') {
      const difference = differences[payload?.message];
      problems.push(`play: ${errorText(payload)}${difference ? ` (${difference})` : ''}`);
    }
    if (name === 'storyThrewException' && !playErrors.has(errorText(payload)))
      problems.push(`render: ${errorText(payload)}`);
    if (name === 'storyErrored')
      problems.push(`render: ${oneLine(`${payload?.title} ${payload?.description ?? ''}`)}`);
    if (name === 'storyMissing') problems.push('missing: the catalog has no such story');
    if (name === 'unhandledErrorsWhilePlaying')
      for (const error of payload ?? []) problems.push(`unhandled: ${errorText(error)}`);
    if (name === 'storyFinished')
      for (const report of payload.reports) {
        if (report.status !== 'failed') continue;
        if (report.error) problems.push(`${report.type}: ${oneLine(report.error)}`);
        for (const violation of report.violations)
          problems.push(
            `axe ${violation.id}: ${violation.help} (${violation.targets.slice(0, 3).join(', ')})`,
          );
      }
  }
  // Storybook also logs an error it reports to the console (and a page error is an unhandled
  // error): the event has said it already.
  if (!problems.some((problem) => /^(play|render|unhandled):/.test(problem)))
    problems.push(...consoleErrors);
  return [...new Set(problems)];
}

/** Opens one story on `page` and returns its problems (none: it passed). */
async function runStory(page, origin, id) {
  const consoleErrors = [];
  const onConsole = (message) => {
    if (message.type() === 'error') consoleErrors.push(`console: ${oneLine(message.text())}`);
  };
  const onPageError = (error) => consoleErrors.push(`page error: ${oneLine(error.message)}`);
  const onResponse = (response) => {
    if (response.status() >= 400)
      consoleErrors.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    try {
      await page.waitForFunction(() => window.__tandemCatalog?.done, null, {
        timeout: storyTimeout,
        polling: 50,
      });
    } catch {
      const phase = await page.evaluate(() => window.__tandemCatalog?.phase).catch(() => null);
      consoleErrors.unshift(
        `timeout: no outcome after ${storyTimeout} ms (phase: ${phase ?? 'unknown'})`,
      );
      return consoleErrors;
    }
    const outcome = await page.evaluate(() => window.__tandemCatalog);
    const problems = problemsOf(outcome, consoleErrors);
    const finished = outcome.events.find((event) => event.name === 'storyFinished');
    if (problems.length === 0 && finished?.payload.status !== 'success')
      problems.push(`finished with status ${finished?.payload.status}`);
    return problems;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
  }
}

async function main() {
  let index;
  try {
    index = JSON.parse(await readFile(join(catalogDir, 'index.json'), 'utf8'));
  } catch {
    console.error(
      `[tandem] No built catalog in ${catalogDir}: run \`pnpm storybook:build\` first.`,
    );
    return 1;
  }
  const ids = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && entry.tags?.includes('test'))
    .map((entry) => entry.id)
    .filter((id) => filters.length === 0 || filters.some((part) => id.includes(part)));
  const unknown = [...knownFailing].filter((id) => !index.entries[id]);
  if (unknown.length > 0) {
    console.error(`[tandem] Listed as known-failing but not in the catalog: ${unknown.join(', ')}`);
    return 1;
  }

  const server = await serve(catalogDir);
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  const results = new Map();
  try {
    // The user agent names the test runner, so the preview pauses animations as it does in the
    // Vitest run instead of waiting for them; the viewport is the one the Vitest addon gives a
    // story without viewport parameters (none of ours has any).
    const probe = await browser.newPage();
    const userAgent = `${await probe.evaluate(() => navigator.userAgent)} StorybookTestRunner`;
    await probe.close();
    const queue = [...ids];
    await Promise.all(
      Array.from({ length: Math.min(workers, ids.length) }, async () => {
        const context = await browser.newContext({
          userAgent,
          viewport: { width: 1200, height: 900 },
        });
        await context.addInitScript(watchChannel, EVENTS);
        let page = await context.newPage();
        const freshPage = async () => {
          await page.close().catch(() => {});
          page = await context.newPage();
        };
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          const attempts = [];
          for (let attempt = 0; attempt <= retries; attempt += 1) {
            // A retry starts from a page nothing has run in.
            if (attempt > 0) await freshPage();
            try {
              attempts.push(await runStory(page, origin, id));
            } catch (error) {
              // The page itself failed (it crashed, or would not load).
              attempts.push([`page: ${errorText(error)}`]);
              await freshPage();
            }
            if (attempts.at(-1).length === 0) break;
          }
          results.set(id, attempts);
        }
        await context.close();
      }),
    );
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }

  let passed = 0;
  let failed = 0;
  const expected = [];
  const flaky = [];
  for (const id of ids) {
    const attempts = results.get(id) ?? [['not run']];
    const problems = attempts.at(-1);
    if (problems.length === 0 && attempts.length > 1)
      flaky.push(`${id}: ${attempts[0].join(' | ')}`);
    if (knownFailing.has(id)) {
      if (problems.length > 0) expected.push(`${id}: ${problems.join(' | ')}`);
      else {
        failed++;
        console.log(`✗ ${id}: listed as known-failing but passes; take it off the list`);
      }
    } else if (problems.length > 0) {
      failed++;
      console.log(`✗ ${id}: ${problems.join(' | ')}`);
    } else passed++;
  }
  for (const line of expected) console.log(`known-failing, not counted: ${line}`);
  for (const line of flaky) console.log(`flaky, passed on a fresh page: ${line}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${ids.length} stories of the built catalog in ${seconds} s, ${workers} pages`);
  console.log(`${passed} passed (${flaky.length} of them flaky), ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
