/**
 * A run of whole NDJSON lines, cut from the input without decoding it: its bytes (in a buffer of
 * its own, so it can be transferred to a worker), the 1-based number of its first line and how
 * many lines it holds.
 *
 * @example
 * const batch: LineBatch = { bytes, firstLine: 1, lines: 512 };
 */
export interface LineBatch {
  readonly bytes: Uint8Array;
  readonly firstLine: number;
  readonly lines: number;
}

const NEWLINE = 0x0a;

/**
 * Copies the parts into one buffer that owns its memory (Buffer.concat may use a shared pool):
 * `spare` when it is big enough.
 */
function joined(parts: readonly Uint8Array[], size: number, spare?: ArrayBuffer): Uint8Array {
  const bytes =
    spare && spare.byteLength >= size
      ? new Uint8Array(spare, 0, size)
      : new Uint8Array(size + (size >> 3)).subarray(0, size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/**
 * The lines in `bytes`, a last one without a line break included.
 *
 * @example
 * countLines(new TextEncoder().encode('a\nb')); // 2
 */
export function countLines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  // A last line without a line break is a line too.
  return bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE ? count + 1 : count;
}

/**
 * Cuts a byte stream into batches of whole lines of at least `targetBytes` (the last may be
 * smaller), never splitting a line, so a batch is decoded and parsed on its own. Memory stays
 * bounded by the batch size plus one chunk whatever the input's size, and the stream is read
 * only as fast as the consumer takes batches. `spare` hands back buffers of batches already
 * run, to hold later ones.
 *
 * @example
 * for await (const batch of lineBatches(createReadStream('tickets.ndjson'))) pool.run(batch);
 */
export async function* lineBatches(
  input: AsyncIterable<Uint8Array>,
  targetBytes = 256 * 1024,
  spare: () => ArrayBuffer | undefined = () => undefined,
): AsyncGenerator<LineBatch> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let nextLine = 1;
  const take = (): LineBatch => {
    const bytes = joined(parts, size, spare());
    const batch = { bytes, firstLine: nextLine, lines: countLines(bytes) };
    nextLine += batch.lines;
    parts = [];
    size = 0;
    return batch;
  };
  for await (const chunk of input) {
    const end = chunk.lastIndexOf(NEWLINE);
    if (end < 0 || size + end + 1 < targetBytes) {
      parts.push(chunk);
      size += chunk.length;
      continue;
    }
    parts.push(chunk.subarray(0, end + 1));
    size += end + 1;
    yield take();
    if (end + 1 < chunk.length) {
      parts.push(chunk.subarray(end + 1));
      size += chunk.length - end - 1;
    }
  }
  if (size > 0) yield take();
}
