import { parentPort } from 'node:worker_threads';
import type { LineBatch } from './line-batches';
import { type BytesHandler, type LineHandler, runBatch } from './run-batch';

/**
 * What `workerRunner` posts to a worker: a batch to run, or the buffer of an output it has
 * written, handed back for the next batch's output.
 *
 * @example
 * worker.postMessage({ spare: out.buffer }, [out.buffer]);
 */
export type WorkerMessage =
  | { readonly id: number; readonly batch: LineBatch }
  | { readonly spare: ArrayBuffer };

/**
 * The worker side of `workerRunner`: answers each batch with its result, the output bytes and
 * the batch's own buffer transferred back to the main thread — into a buffer the main thread handed back once it had
 * written it, when one is at hand: a million records are then a few dozen buffers going round,
 * not a gigabyte of fresh memory for the kernel to zero and the collector to track.
 *
 * @example
 * const sla = slaHandler(workerData);
 * serveBatches(sla.text, sla.bytes); // in the worker's entry file
 */
export function serveBatches(handler: LineHandler, fast?: BytesHandler): void {
  const port = parentPort;
  if (!port) throw new Error('[tandem] serveBatches runs only in a worker thread.');
  const spares: ArrayBuffer[] = [];
  port.on('message', (message: WorkerMessage) => {
    if ('spare' in message) {
      spares.push(message.spare);
      return;
    }
    const result = runBatch(message.batch, handler, fast, spares.pop());
    // The batch's buffer goes back too, to hold a later batch.
    const input = message.batch.bytes.buffer as ArrayBuffer;
    port.postMessage({ id: message.id, ...result, input }, [
      result.out.buffer as ArrayBuffer,
      input,
    ]);
  });
}
