const encoder = new TextEncoder();
const NEWLINE = 0x0a;

function grown(bytes: Uint8Array, size: number, need: number): Uint8Array<ArrayBuffer> {
  const bigger = new Uint8Array(Math.max(bytes.length * 2, size + need));
  bigger.set(bytes.subarray(0, size));
  return bigger;
}

/**
 * The lines as UTF-8, each followed by a line break, in a buffer of its own (so it can be
 * transferred to another thread). Each line is encoded straight into the buffer: joining the
 * lines first made two more copies of a batch's whole output per batch, each a large fresh
 * string for the collector. The buffer starts at `chars` plus one byte per line — exact when the
 * lines are ASCII — and grows when a line needs more.
 *
 * @example
 * encodeLines(['{"id":1}', '{"id":2}'], 16); // the bytes of '{"id":1}\n{"id":2}\n'
 */
export function encodeLines(lines: readonly string[], chars: number): Uint8Array {
  let bytes: Uint8Array<ArrayBuffer> = new Uint8Array(chars + lines.length);
  let size = 0;
  for (const line of lines) {
    let rest = line;
    for (;;) {
      // The last byte stays free for the line break.
      const room = bytes.subarray(size, Math.max(size, bytes.length - 1));
      const { read, written } = encoder.encodeInto(rest, room);
      size += written;
      if (read === rest.length && size < bytes.length) break;
      rest = rest.slice(read);
      bytes = grown(bytes, size, rest.length * 3 + 1);
    }
    bytes[size++] = NEWLINE;
  }
  return bytes.subarray(0, size);
}
