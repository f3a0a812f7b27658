import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { weekdays } from '@tandem/fixtures';
import {
  HOLIDAYS,
  POLICY,
  SHIFTS,
  SLA_CONTEXT,
  ticketHistory,
  ticketStarts,
  ZONE,
} from './suites/sla-workload';

// `pnpm bench:cli [count] [--workers n]`: times the built `tandem sla` as a user runs it — a
// spawned process reading an NDJSON file and writing one result per line — over `count`
// (default 1,000,000) tickets of the SLA suite's workload (its policy, office calendar, parties
// and histories, with ISO instants as PSAs export them). The budget: 1,000,000 tickets
// in 10 s on this machine (2 cores). Peak memory is read from /proc while it runs; the same at
// 100,000 and 1,000,000 tickets means the stream is never held in memory. Everything lives in a
// temporary folder that is removed afterwards.

const args = process.argv.slice(2);
const workersAt = args.indexOf('--workers');
const workers = workersAt >= 0 ? ['--workers', String(args[workersAt + 1])] : [];
const countArg = args.find(
  (arg, i) => !arg.startsWith('--') && (workersAt < 0 || i !== workersAt + 1),
);
const count = Number(countArg ?? 1_000_000);
const SECONDS_PER_MILLION = 10;

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@tandem/cli/package.json')), 'dist', 'cli.js');

const calendars = [
  {
    id: 'office',
    timeZone: ZONE,
    hours: weekdays(SHIFTS.office),
    holidays: HOLIDAYS,
  },
];
const matrix = {
  version: 2,
  matrix: {
    name: 'SLA workload',
    parties: SLA_CONTEXT.parties,
    categories: [],
    rows: [],
  },
};

async function writeTickets(file: string) {
  const out = createWriteStream(file);
  const starts = ticketStarts(count);
  let lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const history = ticketHistory(starts[index] as number, index).map((event) => ({
      ...event,
      at: new Date(event.at).toISOString(),
    }));
    lines.push(JSON.stringify({ id: `T-${index + 1}`, history }));
    if (lines.length === 1_000 || index === count - 1) {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      lines = [];
    }
  }
  out.end();
  await once(out, 'close');
}

async function countLines(file: string) {
  let lines = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return lines;
}

function peakRss(pid: number | undefined) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

const dir = await mkdtemp(join(tmpdir(), 'tandem-cli-bench-'));
try {
  const file = (name: string) => join(dir, name);
  await writeTickets(file('tickets.ndjson'));
  await writeFile(file('policy.json'), JSON.stringify(POLICY));
  await writeFile(file('calendars.json'), JSON.stringify(calendars));
  await writeFile(file('matrix.json'), JSON.stringify(matrix));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      cli,
      'sla',
      ...['--policy', file('policy.json'), '--calendars', file('calendars.json')],
      ...['--matrix', file('matrix.json'), '--at', '2026-09-01T00:00:00Z', '--quiet'],
      ...workers,
      ...['--output', file('sla.ndjson'), file('tickets.ndjson')],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, peakRss(child.pid));
  }, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const lines = await countLines(file('sla.ndjson'));
  const n = (value: number) => Math.round(value).toLocaleString('en');
  const budget = (count / 1e6) * SECONDS_PER_MILLION;
  console.log(
    `tandem sla: ${n(count)} tickets in ${seconds.toFixed(2)} s (${n(count / seconds)} tickets/s), ` +
      `peak memory ${(peak / 2 ** 20).toFixed(0)} MiB, exit code ${code}, ${n(lines)} result lines; ` +
      `budget ${budget.toFixed(1)} s: ${seconds <= budget ? 'within' : 'over'}`,
  );
  if (code !== 0 || lines !== count || seconds > budget) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
