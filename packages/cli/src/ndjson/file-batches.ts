import type { FileHandle } from 'node:fs/promises';
import { countLines, type LineBatch } from './line-batches';

const NEWLINE = 0x0a;

/**
 * Cuts a file into batches of whole lines, as `lineBatches` does for a stream, but read
 * straight into each batch's own buffer — `spare`'s, a buffer of a batch already run, when it
 * is big enough — rather than read into chunks and copied into it: only the part line after
 * each batch is copied, to start the next. A line longer than a batch grows the buffer.
 *
 * @example
 * for await (const batch of fileLineBatches(await open('tickets.ndjson'))) pool.run(batch);
 */
export async function* fileLineBatches(
  file: FileHandle,
  targetBytes = 256 * 1024,
  spare: () => ArrayBuffer | undefined = () => undefined,
): AsyncGenerator<LineBatch> {
  let carry = new Uint8Array(0);
  let nextLine = 1;
  let ended = false;
  const take = (bytes: Uint8Array): LineBatch => {
    const batch = { bytes, firstLine: nextLine, lines: countLines(bytes) };
    nextLine += batch.lines;
    return batch;
  };
  while (!ended) {
    const reused = spare();
    let buffer = new Uint8Array(
      reused && reused.byteLength >= targetBytes + carry.length
        ? reused
        : new ArrayBuffer(targetBytes + carry.length + (targetBytes >> 3)),
    );
    buffer.set(carry);
    let filled = carry.length;
    let end = -1;
    while (end < 0 && !ended) {
      if (filled === buffer.length) {
        // A line longer than the buffer: twice the room.
        const bigger = new Uint8Array(buffer.length * 2);
        bigger.set(buffer);
        buffer = bigger;
      }
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) ended = true;
      filled += bytesRead;
      // Read until the buffer is full (or the file ends), then cut after its last line break.
      if (filled < buffer.length && !ended) continue;
      end = buffer.subarray(0, filled).lastIndexOf(NEWLINE);
    }
    const cut = ended ? filled : end + 1;
    carry = buffer.slice(cut, filled);
    if (cut > 0) yield take(buffer.subarray(0, cut));
  }
}
