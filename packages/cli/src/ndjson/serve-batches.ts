import { parentPort } from 'node:worker_threads';
import type { LineBatch } from './line-batches';
import { type BytesHandler, type LineHandler, runBatch } from './run-batch';

/**
 * The worker side of `workerRunner`: answers each batch with its result, the output bytes
 * transferred back to the main thread.
 *
 * @example
 * const sla = slaHandler(workerData);
 * serveBatches(sla.text, sla.bytes); // in the worker's entry file
 */
export function serveBatches(handler: LineHandler, fast?: BytesHandler): void {
  const port = parentPort;
  if (!port) throw new Error('[tandem] serveBatches runs only in a worker thread.');
  port.on('message', ({ id, batch }: { id: number; batch: LineBatch }) => {
    const result = runBatch(batch, handler, fast);
    port.postMessage({ id, ...result }, [result.out.buffer as ArrayBuffer]);
  });
}
