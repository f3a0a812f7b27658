import { Worker } from 'node:worker_threads';
import type { LineBatch } from './line-batches';
import { type BatchResult, type BytesHandler, type LineHandler, runBatch } from './run-batch';
import type { WorkerMessage } from './serve-batches';

/**
 * Runs batches somewhere — on this thread or on worker threads — and hands back their results.
 *
 * @example
 * const result = await runner.run(batch);
 */
export interface BatchRunner {
  /** How many batches may be under way at once before reading waits. */
  readonly capacity: number;
  run(batch: LineBatch): Promise<BatchResult>;
  /** Hands back a result's `out` once written, for a later batch's output. */
  recycle(out: Uint8Array): void;
  /** A buffer of a batch already run, to hold a later one (`undefined`: none at hand). */
  spare(): ArrayBuffer | undefined;
  close(): Promise<void>;
}

/**
 * A runner on the calling thread, for light per-record work (routing) and small inputs.
 *
 * @example
 * const runner = inlineRunner(routeHandler);
 */
export function inlineRunner(handler: LineHandler, fast?: BytesHandler): BatchRunner {
  return {
    capacity: 1,
    run: async (batch) => runBatch(batch, handler, fast),
    recycle: () => {},
    spare: () => undefined,
    close: async () => {},
  };
}

interface Job {
  readonly resolve: (result: BatchResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A runner over `count` worker threads started from `script` with `workerData`. Each batch goes
 * to the worker with the fewest batches under way, its bytes transferred rather than copied; a
 * worker answers `{ id, out, bad, records, input }` with `out` and the batch's own buffer
 * (`input`, for `spare`) transferred back, and `recycle` sends `out`'s buffer back to the
 * worker that wrote it. A worker that dies rejects its batches, which stops the command.
 *
 * @example
 * const runner = workerRunner(new URL('./sla-worker.js', import.meta.url), 2, { policies, calendars });
 */
export function workerRunner(script: URL, count: number, workerData: unknown): BatchRunner {
  const jobs = new Map<number, Job>();
  const load = new Array<number>(count).fill(0);
  const writers = new WeakMap<ArrayBufferLike, Worker>();
  const inputs: ArrayBuffer[] = [];
  let nextId = 0;
  const fail = (error: Error) => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };
  const workers = Array.from({ length: count }, (_, index) => {
    const worker = new Worker(script, { workerData });
    worker.on('message', (message: BatchResult & { id: number; input: ArrayBuffer }) => {
      inputs.push(message.input);
      const job = jobs.get(message.id);
      jobs.delete(message.id);
      load[index] = (load[index] as number) - 1;
      writers.set(message.out.buffer, worker);
      job?.resolve({ out: message.out, bad: message.bad, records: message.records });
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (jobs.size > 0) fail(new Error(`a worker thread stopped (exit code ${code}).`));
    });
    return worker;
  });
  return {
    capacity: count * 4,
    run(batch) {
      const id = nextId++;
      let index = 0;
      for (let k = 1; k < count; k++) if ((load[k] as number) < (load[index] as number)) index = k;
      load[index] = (load[index] as number) + 1;
      return new Promise<BatchResult>((resolve, reject) => {
        jobs.set(id, { resolve, reject });
        const buffer = batch.bytes.buffer as ArrayBuffer;
        const message: WorkerMessage = { id, batch };
        (workers[index] as Worker).postMessage(message, [buffer]);
      });
    },
    spare: () => inputs.pop(),
    recycle(out) {
      const spare = out.buffer as ArrayBuffer;
      const worker = writers.get(spare);
      writers.delete(spare);
      const message: WorkerMessage = { spare };
      worker?.postMessage(message, [spare]);
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
