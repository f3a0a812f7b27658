import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Matrix, sameJson } from '@tandem/core';
import {
  type ClientReport,
  cellOf,
  type LoadCommand,
  type LoadReply,
  type LoadWorkerData,
  rolesOf,
} from './collab-load-protocol';
import type { ServerTimings } from './collab-load-server';
import { startCollabServerProcess } from './collab-server-process';
import { quantile } from './format';

// `pnpm --filter @tandem/bench bench:collab [clients] [--edits n] [--interval ms] [--workers n]`:
// the issue's load test. The built collab server (apps/collab-server) runs as its own process on
// a free loopback port with its SQLite file in a temporary folder; `clients` (default 100)
// Tandem clients — a Y.Doc and a Hocuspocus provider each, writing through bindMatrix — join one
// room and each edit their own cell of one matrix `edits` times (default 10), one edit every
// `interval` ms (default 1000) with jitter. The clients run in `workers` worker threads (default
// 4, see collab-load-clients.ts), not on this thread, which only starts things and counts: a
// hundred browsers would each receive on their own cores. Each client logs when it applied each
// edit and when every other client's edits arrived in its doc, on one clock (timeOrigin + now is
// shared by the threads of a process), so the latency is an edit's trip from its author through
// the server to each of the other clients (99 arrivals per edit). Then every client must hold
// the same Yjs state and the same matrix with every last edit in it. Budget: p95 of that latency
// ≤ 100 ms. Bounded: a fixed number of edits and a 120 s limit on the whole run, after which it
// stops everything and fails. The server and the workers share this machine's cores, so the
// figure is an upper bound on the server's own.

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const positional = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const CLIENTS = Number(positional ?? 100);
const EDITS = option('--edits', 10);
const INTERVAL_MS = option('--interval', 1000);
const WORKERS = Math.min(CLIENTS, option('--workers', 4));
const BUDGET_MS = 100;
const LIMIT_MS = 120_000;
const ROOM = 'contoso/load';
if (
  ![CLIENTS, EDITS, INTERVAL_MS, WORKERS].every((n) => Number.isInteger(n) && n > 0) ||
  CLIENTS > 1000 ||
  WORKERS > 32
) {
  console.error(
    'usage: bench:collab [clients ≤ 1000] [--edits n] [--interval ms] [--workers n ≤ 32]',
  );
  process.exit(2);
}

const PARTIES = ['internal-it', 'leadership', 'msp-desk', 'msp-noc'] as const;
const start: Matrix = {
  variant: 'raci',
  parties: PARTIES.map((id) => ({
    id,
    name: id,
    side: id.startsWith('msp') ? ('provider' as const) : ('internal' as const),
  })),
  categories: [{ id: 'load', name: 'Load' }],
  rows: Array.from({ length: Math.ceil(CLIENTS / PARTIES.length) }, (_, n) => ({
    id: `row-${n}`,
    name: `Function ${n + 1}`,
    categoryId: 'load',
    kind: 'task' as const,
    cells: {},
  })),
};

/** The server probe's timings since the editing began (collab-load-server.ts). */
async function serverTimings(child: ChildProcess): Promise<ServerTimings> {
  const reply = once(child, 'message');
  child.send('report');
  return (await reply)[0] as ServerTimings;
}

/** CPU time (user + system) a process has used so far, from /proc (Linux), in ms. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command's name.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** The server's peak memory, from /proc (Linux), in MiB. */
function peakMiB(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kib) ? kib / 1024 : undefined;
  } catch {
    return undefined;
  }
}

interface LoadWorker {
  /** Sends one step and waits for the worker to say it is done. */
  step<T extends LoadReply>(command: LoadCommand): Promise<T>;
  stop(): Promise<number>;
}

/** A worker thread running some of the clients, with tsx's loader registered in it first. */
function startWorker(data: LoadWorkerData): LoadWorker {
  const file = new URL('./collab-load-clients.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new Worker(
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file)}); });`,
    { eval: true, workerData: data },
  );
  let failure: Error | undefined;
  worker.on('error', (error) => {
    failure = error;
  });
  return {
    step: <T extends LoadReply>(command: LoadCommand) =>
      new Promise<T>((resolve, reject) => {
        if (failure) return reject(failure);
        const onError = (error: Error) => reject(error);
        worker.once('error', onError);
        worker.once('message', (reply: LoadReply) => {
          worker.off('error', onError);
          if ('failed' in reply) reject(new Error(`a load worker failed: ${reply.failed}`));
          else resolve(reply as T);
        });
        worker.postMessage(command);
      }),
    stop: () => worker.terminate(),
  };
}

/**
 * Every edit's arrival in every other client, in ms: for each client and each other author, the
 * first moment the author's clock in that client's doc reached the clock the edit left it at.
 */
function latenciesOf(reports: readonly ClientReport[]): { latencies: number[]; missing: number } {
  const latencies: number[] = [];
  let missing = 0;
  for (const receiver of reports) {
    const arrivals = new Map<number, number[]>();
    for (let i = 0; i + 2 < receiver.seen.length; i += 3) {
      const clientId = receiver.seen[i] as number;
      const list = arrivals.get(clientId) ?? [];
      list.push(receiver.seen[i + 1] as number, receiver.seen[i + 2] as number);
      arrivals.set(clientId, list);
    }
    for (const author of reports) {
      if (author === receiver) continue;
      const list = arrivals.get(author.clientId) ?? [];
      let i = 0;
      for (const edit of author.sent) {
        while (i < list.length && (list[i] ?? 0) < edit.clock) i += 2;
        const at = list[i + 1];
        if (at === undefined) missing += 1;
        else latencies.push(at - edit.at);
      }
    }
  }
  return { latencies, missing };
}

const serverProcess = await startCollabServerProcess(
  ['--import', 'tsx', fileURLToPath(new URL('./collab-load-server.ts', import.meta.url))],
  { ipc: true },
);
const { child, url } = serverProcess;
const workers = Array.from({ length: WORKERS }, (_, w) =>
  startWorker({
    url,
    room: ROOM,
    clients: Array.from({ length: CLIENTS }, (_, n) => n).filter((n) => n % WORKERS === w),
    edits: EDITS,
    intervalMs: INTERVAL_MS,
    parties: PARTIES,
  }),
);
const limit = setTimeout(() => {
  console.error(`\nStopped after ${LIMIT_MS / 1000} s: the run did not finish in time.`);
  child.kill('SIGKILL');
  void Promise.all(workers.map((worker) => worker.stop()))
    .then(serverProcess.stop)
    .finally(() => process.exit(1));
}, LIMIT_MS);

try {
  console.log(
    `Tandem collab load — ${CLIENTS} clients in ${WORKERS} worker threads × ${EDITS} edits, one every ${INTERVAL_MS} ms each; server ${url} in its own process; ${availableParallelism()} cores for all`,
  );
  const joinedAt = performance.now();
  await workers[0]?.step({ step: 'seed', matrix: start });
  await Promise.all(workers.map((worker) => worker.step({ step: 'join' })));
  console.log(`  ${CLIENTS} clients joined in ${(performance.now() - joinedAt).toFixed(0)} ms`);

  const editing = performance.now();
  const serverCpuBefore = cpuMs(child.pid);
  child.send('start');
  const edited = await Promise.all(
    workers.map((worker) => worker.step<Extract<LoadReply, { done: 'edit' }>>({ step: 'edit' })),
  );
  const finals = edited.flatMap((reply) => reply.finals);
  const settled = await Promise.all(
    workers.map((worker) =>
      worker.step<Extract<LoadReply, { done: 'settle' }>>({ step: 'settle', finals }),
    ),
  );
  const editingMs = performance.now() - editing;
  const server = await serverTimings(child);
  const serverCpu = (cpuMs(child.pid) ?? Number.NaN) - (serverCpuBefore ?? Number.NaN);
  const reports = (
    await Promise.all(
      workers.map((worker) =>
        worker.step<Extract<LoadReply, { done: 'report' }>>({ step: 'report' }),
      ),
    )
  )
    .flatMap((reply) => reply.clients)
    .sort((a, b) => a.n - b.n);

  const { latencies, missing } = latenciesOf(reports);
  // One matrix everywhere: the same Yjs state in every doc, and the same matrix read from it
  // (compared whatever the order of keys: a Y.Map lists its keys in the order its doc received
  // them, which differs between docs holding the same state).
  const first = reports[0];
  const converged =
    settled.every((reply) => reply.settled) &&
    reports.every(
      (report) => report.state === first?.state && sameJson(report.matrix, first?.matrix),
    );
  const finalRoles = rolesOf(EDITS - 1).join();
  const complete = reports.every((report) => {
    const { rowId, partyId } = cellOf(report.n, PARTIES);
    const row = first?.matrix?.rows.find((candidate) => candidate.id === rowId);
    return row?.cells[partyId]?.roles.join() === finalRoles;
  });

  const expected = CLIENTS * EDITS * (CLIENTS - 1);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const spread = (values: readonly number[]) =>
    `median ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}, p99 ${ms(quantile(values, 0.99))}, max ${ms(Math.max(...values))}`;
  const p95 = quantile(server.updates, 0.95);
  console.log(
    `  ${CLIENTS * EDITS} edits; ${latencies.length} of ${expected} arrivals timed (${missing} missing) in ${(editingMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  in the server, update in → written to the other ${CLIENTS - 1} sockets (${server.updates.length} updates): ${spread(server.updates)}`,
  );
  console.log(
    `  the server's event loop delay: median ${ms(server.loopDelay.p50)}, p99 ${ms(server.loopDelay.p99)}, max ${ms(server.loopDelay.max)}`,
  );
  console.log(`  edit → each other client, end to end: ${spread(latencies)}`);
  const busy = edited.map((reply) => `${(reply.busy * 100).toFixed(0)}%`).join(', ');
  console.log(
    `  while editing: server CPU ${((serverCpu / editingMs) * 100).toFixed(0)}% of one core; the clients' event loops busy ${busy}`,
  );
  console.log(
    `  server p95 update latency budget ${BUDGET_MS} ms: ${p95 <= BUDGET_MS ? 'met' : 'MISSED'}` +
      ` (end to end p95 ${ms(quantile(latencies, 0.95))}${quantile(latencies, 0.95) <= BUDGET_MS ? '' : ", over it: when the clients' event loops are near 100% busy, the wait is theirs"})`,
  );
  console.log(
    `  converged: ${converged ? `yes, all ${CLIENTS} clients hold one matrix` : 'NO'}; every last edit in it: ${complete ? 'yes' : 'NO'}`,
  );
  const peak = peakMiB(child.pid);
  if (peak !== undefined) console.log(`  server peak memory ${peak.toFixed(0)} MiB`);
  if (missing > 0 || !converged || !complete || !(p95 <= BUDGET_MS)) process.exitCode = 1;
} finally {
  clearTimeout(limit);
  await Promise.all(workers.map((worker) => worker.stop()));
  await serverProcess.stop();
}
