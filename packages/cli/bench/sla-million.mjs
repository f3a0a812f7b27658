// `pnpm --filter @tandem/cli bench [count] [--workers n]`: times the built `tandem sla` over
// `count` (default 1,000,000) generated tickets, as a user runs it — a spawned process reading a
// file and writing NDJSON — and checks it wrote one line per ticket. The budget is
// 1,000,000 tickets in 10 s on this machine (2 cores). Peak memory is read from /proc while it
// runs: the same at 100,000 and 1,000,000 tickets means the stream is not held in memory.
// Everything is written to a temporary folder, removed afterwards; nothing big is committed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTickets } from './generate-tickets.mjs';

const args = process.argv.slice(2);
const workersAt = args.indexOf('--workers');
const workers = workersAt >= 0 ? ['--workers', args[workersAt + 1]] : [];
const count = Number(
  args.find((arg, i) => !arg.startsWith('--') && (workersAt < 0 || i !== workersAt + 1)) ?? 1e6,
);
const BUDGET_S = 10;
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

const weekday = [['08:00', '17:00']];
const calendars = [
  {
    id: 'office',
    timeZone: 'America/New_York',
    hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
    holidays: ['2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25'],
  },
];
// The bench suite's policy (bench/src/suites/sla-workload.ts): business-hours, 24/7 and
// holder-calendar targets, an update cadence, a pause status and three warning thresholds.
const policy = {
  id: 'standard',
  calendarId: 'office',
  priorities: {
    P1: {
      response: { minutes: 15, calendarId: '24x7' },
      resolution: { minutes: 240, calendarId: '24x7' },
      update: { minutes: 60, calendarId: '24x7' },
    },
    P2: {
      response: { minutes: 60 },
      plan: { minutes: 240 },
      resolution: { minutes: 960, calendarId: 'holder' },
      update: { minutes: 240 },
    },
  },
  pauseStatuses: ['waiting-on-customer'],
  warnAt: [50, 75, 90],
};
const matrix = {
  version: 2,
  matrix: {
    name: 'Bench',
    parties: [
      { id: 'internal-it', name: 'Internal IT', side: 'internal', calendarId: 'office' },
      { id: 'msp-noc', name: 'MSP NOC', side: 'provider', calendarId: '24x7' },
    ],
    categories: [],
    rows: [],
  },
};

async function countLines(file) {
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return lines;
}

function peakRss(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

const dir = await mkdtemp(join(tmpdir(), 'tandem-cli-bench-'));
try {
  const tickets = join(dir, 'tickets.ndjson');
  const out = join(dir, 'sla.ndjson');
  await generateTickets(count, tickets);
  await writeFile(join(dir, 'policy.json'), JSON.stringify(policy));
  await writeFile(join(dir, 'calendars.json'), JSON.stringify(calendars));
  await writeFile(join(dir, 'matrix.json'), JSON.stringify(matrix));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      cli,
      'sla',
      ...['--policy', join(dir, 'policy.json'), '--calendars', join(dir, 'calendars.json')],
      ...['--matrix', join(dir, 'matrix.json'), '--at', '2026-09-01T00:00:00Z', '--quiet'],
      ...workers,
      ...['--output', out, tickets],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, peakRss(child.pid));
  }, 100);
  const [code] = await once(child, 'exit');
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const lines = await countLines(out);
  const rate = Math.round(count / seconds).toLocaleString('en');
  console.log(
    `tandem sla: ${count.toLocaleString('en')} tickets in ${seconds.toFixed(2)} s (${rate} tickets/s), ` +
      `peak memory ${(peak / 2 ** 20).toFixed(0)} MiB, exit code ${code}, ${lines.toLocaleString('en')} result lines`,
  );
  const budget = (count / 1e6) * BUDGET_S;
  console.log(
    `budget ${budget.toFixed(1)} s for ${count.toLocaleString('en')} (10 s per million): ${seconds <= budget ? 'within' : 'over'}`,
  );
  if (code !== 0 || lines !== count) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
