// `pnpm test:hosts`: the packed packages in real hosts, as a user installs them. Packs
// @tandem/core and @tandem/react with `pnpm pack`, installs the tarballs with npm into
// examples/vite-host and examples/next-app-router (each its own project, outside the pnpm
// workspace), builds both for production, serves them on 127.0.0.1 and checks them in Debian's
// Chromium with a visitor whose locale (de-DE) and time zone (Asia/Tokyo) differ from the
// server's (en-US, UTC). examples/vite-host-react18 is the Vite host again on React 18 (its
// sources are copied in from vite-host). Both Vite hosts also type-check as a strict host does
// (`skipLibCheck: false`, bundler and node16 resolution; @types/react 19 and 18): their own code,
// every entry point and the READMEs' code blocks (scripts/host-types.mjs); the core's
// self-contained README blocks are run in Node. Ends with `N passed, N failed` alone on a line;
// exits non-zero on any failure.
//
// Options: --host NAME (one host only), --update-locks (rewrite the hosts' package-lock.json
// after changing their package.json), --keep-going is the default: every check runs and reports.
//
// Installs are cached: a host's node_modules is reused while its package.json, lockfile, .npmrc
// and both tarballs hash the same (node_modules/.tandem-install-key holds the key).

import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.js';
import { pointIntoReadmes, runReadmeBlocks, writeTypeChecks } from './host-types.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const examples = join(repo, 'examples');
const tarballs = join(examples, '.tarballs');
const args = process.argv.slice(2);
const only = args.includes('--host') ? args[args.indexOf('--host') + 1] : undefined;
const updateLocks = args.includes('--update-locks');

/** The whole run may take this long; then everything it started is stopped. */
const RUN_TIMEOUT_MS = 15 * 60_000;
/** What the servers run with: a locale and a zone the browser context does not share. */
const SERVER_ENV = { TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
const VISITOR = { locale: 'de-DE', timezoneId: 'Asia/Tokyo' };

// ---------------------------------------------------------------------------------------------
// Processes: everything started here runs in its own process group and is killed on the way out.

const children = new Set();
function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
setTimeout(() => {
  console.error(`[hosts] the run took longer than ${RUN_TIMEOUT_MS / 60_000} minutes; stopping.`);
  stopAll();
  process.exit(1);
}, RUN_TIMEOUT_MS).unref();

/** Runs a command to its end (or its timeout) and resolves with its exit code and output. */
function run(command, commandArgs, { cwd, env = {}, timeoutMs = 5 * 60_000 }) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => {
      output += `\n[hosts] stopped after ${timeoutMs / 1000} s`;
      process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** Starts a long-running server; its output is collected in `log`. */
function startServer(command, commandArgs, cwd) {
  const child = spawn(command, commandArgs, {
    cwd,
    env: { ...process.env, ...SERVER_ENV, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const server = { log: '', exited: false };
  child.stdout.on('data', (chunk) => {
    server.log += chunk;
  });
  child.stderr.on('data', (chunk) => {
    server.log += chunk;
  });
  child.on('close', () => {
    server.exited = true;
    children.delete(child);
  });
  server.stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return server;
}

function freePort() {
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

async function waitForHttp(url, server, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exited) throw new Error(`the server exited:\n${tail(server.log)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs / 1000} s:\n${tail(server.log)}`);
}

const tail = (text, lines = 25) => text.trim().split('\n').slice(-lines).join('\n');
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Results

const results = [];
function record(name, error) {
  results.push({ name, error });
  if (error) console.log(`✗ ${name}\n${indent(error)}`);
  else console.log(`✓ ${name}`);
}
async function check(name, body) {
  try {
    await body();
    record(name);
  } catch (error) {
    record(name, error instanceof Error ? error.message : String(error));
  }
}
const indent = (text) =>
  String(text)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

// What each known failure points at (issue 14), so a red line says where to look.
const KNOWN = [
  [
    /HTMLElement is not defined|document is not defined|window is not defined/,
    'issue 14 (1): a DOM global is read during server render',
  ],
  [
    /E102/,
    'issue 14 (3): a calendar that crossed the server→client boundary as a plain spec is refused (E102)',
  ],
  [
    /#418|#423|#425|[Hh]ydrat|did not match/,
    'issue 14 (4): server and browser render different text (locale / time zone defaults)',
  ],
  [
    /not mirrored/,
    'issue 14 (2): production CSS lost the :dir(rtl) rule (the minifier lowered it to :lang() lists)',
  ],
];
function explain(text) {
  const hints = KNOWN.filter(([pattern]) => pattern.test(text)).map(([, hint]) => `→ ${hint}`);
  return hints.length ? `${text}\n${hints.join('\n')}` : text;
}

// ---------------------------------------------------------------------------------------------
// Packing and installing

function sha(...files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(existsSync(file) ? readFileSync(file) : 'missing');
  return hash.digest('hex');
}

/** `pnpm pack` in each package into a temp folder, copied to examples/.tarballs/ under fixed names. */
function pack() {
  const since = Date.now();
  const temp = mkdtempSync(join(tmpdir(), 'tandem-pack-'));
  mkdirSync(tarballs, { recursive: true });
  for (const name of ['core', 'react']) {
    const dir = join(repo, 'packages', name);
    if (!existsSync(join(dir, 'dist')))
      throw new Error(`packages/${name} is not built: run pnpm build first`);
    execFileSync('pnpm', ['pack', '--pack-destination', temp], { cwd: dir, stdio: 'ignore' });
    const file = readdirSync(temp).find((entry) => entry.startsWith(`tandem-${name}-`));
    if (!file) throw new Error(`pnpm pack wrote no tarball for packages/${name}`);
    copyFileSync(join(temp, file), join(tarballs, `tandem-${name}.tgz`));
  }
  rmSync(temp, { recursive: true, force: true });
  console.log(`[hosts] packed @tandem/core and @tandem/react (${seconds(since)})`);
}

/**
 * The hosts' lockfiles pin every third-party package by version and integrity, with no
 * registry address (`omit-lockfile-registry-resolved` in each host's .npmrc). The two Tandem
 * tarballs change with every build, so their entries carry no integrity hash.
 */
function normaliseLock(dir) {
  const file = join(dir, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path.startsWith('node_modules/@tandem/')) delete entry.integrity;
    if (typeof entry.resolved === 'string' && !entry.resolved.startsWith('file:'))
      throw new Error(
        `${file}: ${path} names where it was downloaded from; keep .npmrc's omit-lockfile-registry-resolved`,
      );
  }
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}

/** What a host copies from the one it varies (`copyFrom`): all but its own package files. */
const OWN_FILES = new Set([
  'package.json',
  'package-lock.json',
  '.npmrc',
  '.gitignore',
  'README.md',
]);
const NEVER_COPIED = new Set(['node_modules', 'dist', 'dist-server', 'generated']);

/** Makes a variant host's sources the same as its original's (stale copies are removed first). */
function copySources(host) {
  if (!host.copyFrom) return;
  const from = join(examples, host.copyFrom);
  for (const entry of readdirSync(host.dir))
    if (!OWN_FILES.has(entry) && entry !== 'node_modules')
      rmSync(join(host.dir, entry), { recursive: true, force: true });
  for (const entry of readdirSync(from)) {
    if (OWN_FILES.has(entry) || NEVER_COPIED.has(entry)) continue;
    cpSync(join(from, entry), join(host.dir, entry), {
      recursive: true,
      filter: (source) => !NEVER_COPIED.has(source.split('/').at(-1) ?? ''),
    });
  }
}

/** The dependencies a tarball's package.json declares (what npm should have locked for it). */
function tarballDependencies(name) {
  const manifest = execFileSync('tar', [
    '-xzOf',
    join(tarballs, `tandem-${name}.tgz`),
    'package/package.json',
  ]);
  return JSON.parse(String(manifest)).dependencies ?? {};
}

/**
 * npm keeps the dependencies it read from a file: tarball in the lockfile and `npm ci` trusts
 * them, so a dependency added to a package since the lock was written would be missing from
 * the host (found with ical.js and windows-iana). Says which, and how to fix it.
 */
function lockDrift(host) {
  const lock = JSON.parse(readFileSync(join(host.dir, 'package-lock.json'), 'utf8'));
  const drift = [];
  for (const name of ['core', 'react']) {
    const locked = lock.packages?.[`node_modules/@tandem/${name}`]?.dependencies ?? {};
    const wanted = tarballDependencies(name);
    const sorted = (deps) => JSON.stringify(Object.entries(deps).sort());
    if (sorted(locked) !== sorted(wanted))
      drift.push(
        `@tandem/${name} depends on ${sorted(wanted)}, the lockfile says ${sorted(locked)}`,
      );
  }
  return drift;
}

/** Drops the lock's @tandem entries, so `npm install` reads the tarballs' dependencies afresh. */
function forgetTandemInLock(dir) {
  const file = join(dir, 'package-lock.json');
  if (!existsSync(file)) return;
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  for (const path of Object.keys(lock.packages ?? {}))
    if (path.startsWith('node_modules/@tandem/')) delete lock.packages[path];
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  rmSync(join(dir, 'node_modules', '@tandem'), { recursive: true, force: true });
}

async function install(host) {
  const since = Date.now();
  if (updateLocks) forgetTandemInLock(host.dir);
  else {
    const drift = lockDrift(host);
    if (drift.length)
      throw new Error(
        `${host.name}/package-lock.json is out of date: ${drift.join('; ')}. Run node scripts/test-hosts.mjs --update-locks and commit the lockfiles.`,
      );
  }
  const files = ['package.json', 'package-lock.json', '.npmrc'].map((file) => join(host.dir, file));
  const key =
    sha(...files, join(tarballs, 'tandem-core.tgz'), join(tarballs, 'tandem-react.tgz')) +
    process.version;
  const keyFile = join(host.dir, 'node_modules', '.tandem-install-key');
  if (!updateLocks && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
    console.log(`[hosts] ${host.name}: install cached`);
    return;
  }
  const npmArgs = ['--no-fund', '--no-audit', '--prefer-offline', '--loglevel=error'];
  const result = updateLocks
    ? await run('npm', ['install', ...npmArgs], { cwd: host.dir })
    : await run('npm', ['ci', ...npmArgs], { cwd: host.dir });
  if (result.code !== 0)
    throw new Error(`npm ${updateLocks ? 'install' : 'ci'} failed:\n${tail(result.output)}`);
  if (updateLocks) normaliseLock(host.dir);
  writeFileSync(keyFile, key);
  console.log(`[hosts] ${host.name}: installed (${seconds(since)})`);
}

// ---------------------------------------------------------------------------------------------
// The hosts and what is checked in them

// `section`: the host page's <section aria-labelledby="…-heading"> around each component.
const COMPONENTS = [
  {
    name: 'ResponsibilityMatrix',
    section: 'matrix',
    html: /<table aria-label="Responsibility matrix/,
    dom: '[role="grid"]',
  },
  {
    name: 'EscalationFlow',
    section: 'flow',
    html: /data-step-id="t1"/,
    dom: 'article[data-step-id="t1"]',
  },
  { name: 'SlaTimeline', section: 'timeline', html: /data-range-from=/, dom: '[data-range-from]' },
  {
    name: 'SlaQueue',
    section: 'queue',
    html: /aria-label="SLA queue"/,
    dom: '[role="grid"][aria-label="SLA queue"]',
  },
];

/**
 * A component's part of the server HTML: its section of the host page, plus the segments React
 * streamed separately for boundaries in it (`<template id="B:0">` … `$RC("B:0","S:0")`).
 */
function sectionOf(html, section) {
  const start = html.indexOf(`<section aria-labelledby="${section}-heading">`);
  if (start < 0) return '';
  let part = html.slice(start, html.indexOf('</section>', start));
  for (const [, boundary] of part.matchAll(/<template id="(B:[^"]+)">/g)) {
    const segment = html.match(new RegExp(`\\$RC\\("${boundary}","([^"]+)"\\)`))?.[1];
    const from = segment ? html.indexOf(`<div hidden id="${segment}">`) : -1;
    if (from >= 0) part += html.slice(from, html.indexOf('<script', from));
  }
  return part;
}

/**
 * Why a Suspense boundary fell back to client rendering: React marks it with the error's digest
 * (<template data-dgst>). Next logs the error with the same digest; the Vite host's prerender
 * uses the error's message as the digest.
 */
function serverErrorOf(part, log) {
  const digest = part.match(/data-dgst="([^"]+)"/)?.[1];
  if (!digest) return null;
  const lines = log.split('\n');
  const at = lines.findIndex((line) => line.includes(`digest: '${digest}'`));
  if (at < 0) return `the server render failed: ${digest.replaceAll('&quot;', '"')}`;
  const message = lines
    .slice(0, at)
    .reverse()
    .find((line) => line.startsWith('⨯'));
  return `the server render failed (digest ${digest}): ${message?.slice(1).trim() ?? 'not in the log'}`;
}

const bin = (dir, path) => join(dir, 'node_modules', path);
const VITE_HOST = {
  start: (dir, port) => [
    bin(dir, 'vite/bin/vite.js'),
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  ltr: '/',
  rtl: '/?dir=rtl',
  css: 'dist',
  // `npm run typecheck`: tsc with skipLibCheck: false over the app, the entry points and the
  // READMEs' blocks.
  typecheck: true,
};
const HOSTS = [
  { name: 'vite-host', dir: join(examples, 'vite-host'), ...VITE_HOST, types: 19, runDocs: true },
  {
    name: 'vite-host-react18',
    dir: join(examples, 'vite-host-react18'),
    copyFrom: 'vite-host',
    ...VITE_HOST,
    types: 18,
  },
  {
    name: 'next-app-router',
    dir: join(examples, 'next-app-router'),
    start: (dir, port) => [
      bin(dir, 'next/dist/bin/next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    ltr: '/',
    rtl: '/rtl',
    css: '.next/static',
  },
].filter((host) => !only || host.name === only);

/** The names of every check a host runs, so a host that cannot start still counts them all. */
function checkNames(host) {
  const names = [];
  if (host.typecheck) names.push(typecheckName(host));
  if (host.runDocs) names.push(`${host.name}: the core's self-contained README blocks run in Node`);
  for (const { name } of COMPONENTS) names.push(`${host.name}: ${name} is in the server HTML`);
  for (const { name } of COMPONENTS)
    names.push(
      `${host.name}: ${name} renders in the browser (${VISITOR.locale}, ${VISITOR.timezoneId})`,
    );
  names.push(
    `${host.name}: hydrates with no console error or warning, page error or failed request (ltr and rtl pages)`,
    `${host.name}: a keyboard edit in the matrix reaches onValueChange`,
    `${host.name}: rtl page: EscalationFlow's arrow glyphs are mirrored`,
    `${host.name}: rtl page: SlaTimeline's earlier/later arrows are mirrored`,
  );
  return names;
}

const typecheckName = (host) =>
  `${host.name}: tsc --noEmit with skipLibCheck: false, strict, bundler and node16 (@types/react ${host.types}): the app, every entry point, the READMEs' blocks`;

/** The host's strict type check, and (where asked) the core's README blocks run in Node. */
async function typecheckHost(host) {
  const blocks = writeTypeChecks(repo, host.dir);
  const since = Date.now();
  await check(typecheckName(host), async () => {
    const result = await run('npm', ['run', 'typecheck', '--silent'], { cwd: host.dir });
    if (result.code !== 0) throw new Error(pointIntoReadmes(tail(result.output, 40)));
  });
  console.log(
    `[hosts] ${host.name}: type-checked ${blocks.length} README blocks (${seconds(since)})`,
  );
  if (!host.runDocs) return;
  await check(`${host.name}: the core's self-contained README blocks run in Node`, async () => {
    const { ran, failures } = await runReadmeBlocks(host.dir, blocks);
    if (failures.length) throw new Error(failures.join('\n'));
    if (ran === 0) throw new Error('no README block is self-contained enough to run');
  });
}

/** A page opened as the visitor, with everything that went wrong on it. */
async function visit(browser, url) {
  const context = await browser.newContext({ ...VISITOR, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on('console', (message) => {
    // The first line says what happened; the minified stack below it says nothing more.
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text().split('\n')[0]}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  // Each component is either on screen or has said why it failed; the matrix becomes the
  // editor (role=grid) once hydrated. Then a moment for late hydration errors.
  await Promise.all(
    COMPONENTS.map(({ name, dom }) =>
      page
        .locator(`${dom}, [data-failed="${name}"]`)
        .first()
        .waitFor()
        .catch(() => {}),
    ),
  );
  await page.waitForTimeout(1_000);
  return { page, context, problems };
}

async function failureOf(page, name) {
  const failed = page.locator(`[data-failed="${name}"]`);
  return (await failed.count()) ? await failed.first().textContent() : null;
}

/** How the built CSS writes the right-to-left rules: kept as :dir(), or lowered to :lang(). */
function cssDirection(host) {
  const found = { dir: 0, lang: 0 };
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.css')) {
        const css = readFileSync(path, 'utf8');
        found.dir += css.match(/:dir\(rtl\)/g)?.length ?? 0;
        found.lang += css.match(/:lang\(ar\)/g)?.length ?? 0;
      }
    }
  };
  walk(join(host.dir, host.css));
  return `built CSS: ${found.dir} ":dir(rtl)", ${found.lang} ":lang(ar)"`;
}

async function checkMirrored(page, label, selector, property, expected, host) {
  const glyphs = page.locator(selector);
  const count = await glyphs.count();
  if (count === 0) throw new Error(`${label}: nothing matches ${selector} on the rtl page`);
  const values = await glyphs.evaluateAll(
    (elements, prop) => elements.map((element) => getComputedStyle(element).getPropertyValue(prop)),
    property,
  );
  const wrong = values.filter((value) => value !== expected);
  if (wrong.length)
    throw new Error(
      explain(
        `${label}: ${wrong.length} of ${count} arrows not mirrored (computed ${property}: ${wrong[0]}, expected ${expected}); ${cssDirection(host)}`,
      ),
    );
}

async function testHost(host, browser) {
  const names = checkNames(host);
  const failAll = (why) => {
    for (const name of names)
      if (!results.some((result) => result.name === name)) record(name, why);
  };
  try {
    copySources(host);
    await install(host);
  } catch (error) {
    return failAll(`install failed: ${error.message}`);
  }
  if (host.typecheck) await typecheckHost(host);
  const buildStart = Date.now();
  // The host's own build script: `vite build` plus its prerender step, or `next build`.
  const built = await run('npm', ['run', 'build', '--silent'], {
    cwd: host.dir,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...SERVER_ENV },
  });
  if (built.code !== 0) return failAll(explain(`production build failed:\n${tail(built.output)}`));
  console.log(`[hosts] ${host.name}: built (${seconds(buildStart)})`);

  const port = await freePort();
  const [startCommand, ...startArgs] = host.start(host.dir, port);
  const server = startServer(process.execPath, [startCommand, ...startArgs], host.dir);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(origin, server);
  } catch (error) {
    server.stop();
    return failAll(`the server did not start: ${error.message}`);
  }

  try {
    {
      const response = await fetch(origin + host.ltr);
      const html = await response.text();
      await new Promise((resolve) => setTimeout(resolve, 300)); // the log can trail the response
      for (const { name, section, html: marker } of COMPONENTS)
        await check(`${host.name}: ${name} is in the server HTML`, () => {
          if (response.status !== 200)
            throw new Error(`GET ${host.ltr} answered ${response.status}`);
          const part = sectionOf(html, section);
          if (!marker.test(part))
            throw new Error(
              explain(
                `no ${marker} in its section of ${host.ltr}; ${serverErrorOf(part, server.log) ?? 'and no server error marked there'}`,
              ),
            );
        });
    }

    const ltr = await visit(browser, origin + host.ltr);
    const rtl = await visit(browser, origin + host.rtl);
    for (const { name, dom } of COMPONENTS)
      await check(
        `${host.name}: ${name} renders in the browser (${VISITOR.locale}, ${VISITOR.timezoneId})`,
        async () => {
          const failed = await failureOf(ltr.page, name);
          if (failed) throw new Error(explain(failed));
          if ((await ltr.page.locator(dom).count()) === 0)
            throw new Error(`nothing matches ${dom}`);
        },
      );
    await check(names.at(-4), () => {
      const problems = [
        ...ltr.problems.map((p) => `ltr: ${p}`),
        ...rtl.problems.map((p) => `rtl: ${p}`),
      ];
      if (problems.length) throw new Error(explain(problems.join('\n')));
    });
    await check(names.at(-3), async () => {
      const failed = await failureOf(ltr.page, 'ResponsibilityMatrix');
      if (failed) throw new Error(failed);
      const edits = ltr.page.getByTestId('matrix-edits');
      const before = await edits.textContent();
      const cell = ltr.page.locator('[role="grid"] [role="gridcell"]').first();
      await cell.focus();
      await ltr.page.keyboard.press('c');
      await ltr.page
        .waitForFunction(
          (text) => document.querySelector('[data-testid="matrix-edits"]')?.textContent !== text,
          before,
          { timeout: 5_000 },
        )
        .catch(() => {});
      const after = await edits.textContent();
      if (after === before || !/"type"/.test(after ?? ''))
        throw new Error(`pressing C on a cell left the host's output at "${after}"`);
    });
    await check(names.at(-2), async () => {
      const failed = await failureOf(rtl.page, 'EscalationFlow');
      if (failed) throw new Error(explain(failed));
      await checkMirrored(
        rtl.page,
        'routing table and ports',
        '.tandem-flow-rule-queue > span, .tandem-flow-port > span',
        'transform',
        'matrix(-1, 0, 0, 1, 0, 0)',
        host,
      );
    });
    await check(names.at(-1), async () => {
      const failed = await failureOf(rtl.page, 'SlaTimeline');
      if (failed) throw new Error(explain(failed));
      await checkMirrored(
        rtl.page,
        'toolbar',
        '.tandem-sla-button[data-icon="earlier"], .tandem-sla-button[data-icon="later"]',
        'scale',
        '-1 1',
        host,
      );
    });
    await ltr.context.close();
    await rtl.context.close();
  } finally {
    server.stop();
  }
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
let browser;
try {
  pack();
  browser = await chromium.launch(chromiumLaunchOptions);
  for (const host of HOSTS) await testHost(host, browser);
} catch (error) {
  record('host examples could be set up', error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
  stopAll();
}

const failed = results.filter((result) => result.error);
if (failed.length) {
  console.log(`\nFailing (${failed.length}):`);
  for (const { name } of failed) console.log(`  ✗ ${name}`);
}
console.log(`[hosts] done in ${seconds(started)}`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
