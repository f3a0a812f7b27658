const encoder = new TextEncoder();

/**
 * A batch's output, written as UTF-8 straight into one growing buffer: fixed pieces as bytes
 * encoded once, numbers digit by digit, text through `encodeInto`. A million results written
 * this way skip building a string per result, slicing and joining it and encoding it again
 * (in `tandem sla`, serialising the results cost more than computing them).
 *
 * @example
 * const out = outputBytes(1024);
 * out.fragment(OPEN); out.number(1772442000000); out.byte(0x7d);
 * port.postMessage(out.take());
 */
export interface OutputBytes {
  /** Bytes written so far. */
  readonly size: number;
  /** Drops what was written after `size` (a record that failed half-way). */
  truncate(size: number): void;
  byte(value: number): void;
  /** Bytes encoded once, e.g. `"kind":` and its neighbours. */
  fragment(bytes: Uint8Array): void;
  /** Any text, as UTF-8 (lone surrogates as U+FFFD, as `TextEncoder` does). */
  text(text: string): void;
  /** A number as `JSON.stringify` writes it (`null` when not finite). */
  number(value: number): void;
  /** A string as `JSON.stringify` writes it, quotes and escapes included. */
  string(value: string): void;
  /**
   * Room for `need` more bytes: the buffer to write them into from `size` on, then `commit`
   * the end. A writer of many small pieces (`putBytes`, `putNumber`) then checks for room
   * once rather than once a piece.
   */
  reserve(need: number): Uint8Array;
  /** Ends a write into `reserve`'s buffer: `size` becomes `end`. */
  commit(end: number): void;
  /** `reserve`'s buffer as a `DataView`, for `putWords` (good until the next `reserve`). */
  view(): DataView;
  /**
   * The bytes written, in a buffer of their own (transferable): the one they were written in,
   * without copying them. The writer starts over in `spare` when it is big enough — so buffers
   * can go round between threads rather than be made afresh for every batch — else in a fresh
   * buffer.
   */
  take(spare?: ArrayBuffer): Uint8Array;
}

// Two ASCII digits per index: digit pairs halve the divisions per number.
const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = 48 + Math.floor(i / 10);
  PAIRS[2 * i + 1] = 48 + (i % 10);
}
const NULL = encoder.encode('null');
/** The most bytes `putNumber` writes: "-1.7976931348623157e+308", "-0.000001…" and the like. */
export const NUMBER_ROOM = 25;

const digitCount = (n: number) =>
  n < 1e4
    ? n < 10
      ? 1
      : n < 100
        ? 2
        : n < 1e3
          ? 3
          : 4
    : n < 1e6
      ? n < 1e5
        ? 5
        : 6
      : n < 1e7
        ? 7
        : n < 1e8
          ? 8
          : n < 1e9
            ? 9
            : 10;

/**
 * A fresh `OutputBytes` of `capacity` bytes to start with (it doubles when full).
 *
 * @example
 * const out = outputBytes(batch.bytes.length * 3);
 */
export function outputBytes(capacity: number): OutputBytes {
  return new ByteWriter(capacity);
}

class ByteWriter implements OutputBytes {
  private bytes: Uint8Array<ArrayBuffer>;
  private dataView: DataView | undefined;
  size = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }
  private room(need: number): Uint8Array<ArrayBuffer> {
    const bytes = this.bytes;
    if (this.size + need <= bytes.length) return bytes;
    const bigger = new Uint8Array(Math.max(bytes.length * 2, this.size + need));
    bigger.set(bytes.subarray(0, this.size));
    this.bytes = bigger;
    return bigger;
  }
  truncate(size: number): void {
    this.size = Math.min(this.size, size);
  }
  byte(value: number): void {
    const bytes = this.room(1);
    bytes[this.size++] = value;
  }
  fragment(piece: Uint8Array): void {
    this.size = putBytes(this.room(piece.length), this.size, piece);
  }
  text(text: string): void {
    let rest = text;
    let bytes = this.room(text.length);
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, bytes.subarray(this.size));
      this.size += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      bytes = this.room(rest.length * 3);
    }
  }
  number(value: number): void {
    this.size = putNumber(this.room(NUMBER_ROOM), this.size, value);
  }
  string(value: string): void {
    // Printable ASCII without quote or backslash is written as is; anything else as
    // JSON.stringify escapes it.
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c < 0x20 || c >= 0x7f || c === 0x22 || c === 0x5c) {
        this.text(JSON.stringify(value));
        return;
      }
    }
    const bytes = this.room(value.length + 2);
    bytes[this.size++] = 0x22;
    this.ascii(bytes, value);
    bytes[this.size++] = 0x22;
  }
  reserve(need: number): Uint8Array {
    return this.room(need);
  }
  commit(end: number): void {
    this.size = end;
  }
  view(): DataView {
    let view = this.dataView;
    if (view === undefined || view.buffer !== this.bytes.buffer) {
      view = new DataView(this.bytes.buffer);
      this.dataView = view;
    }
    return view;
  }
  take(spare?: ArrayBuffer): Uint8Array {
    // The buffer written is handed out as it is (no copy); the writer goes on in `spare`, or
    // in a fresh buffer of the same size.
    const taken = this.bytes.subarray(0, this.size);
    const capacity = this.bytes.length;
    this.bytes =
      spare && spare.byteLength >= capacity >> 1 ? new Uint8Array(spare) : new Uint8Array(capacity);
    this.size = 0;
    return taken;
  }
  private ascii(bytes: Uint8Array, text: string) {
    this.size = putAscii(bytes, this.size, text);
  }
}

/**
 * Writes `piece` at `at` in `bytes` (room checked by the caller, e.g. with `reserve`); answers
 * the end. Short pieces (keys) go byte by byte; longer ones in one native copy, which costs
 * about what a dozen bytes one by one do.
 *
 * @example
 * at = putBytes(bytes, at, KEY);
 */
export function putBytes(bytes: Uint8Array, at: number, piece: Uint8Array): number {
  const n = piece.length;
  if (n > 16) bytes.set(piece, at);
  else for (let i = 0; i < n; i++) bytes[at + i] = piece[i] as number;
  return at + n;
}

/**
 * Bytes as little-endian 32-bit words, for `putWords`: a short piece (a key) is then a few
 * stores rather than a store per byte.
 *
 * @example
 * const KEY = wordsOf(utf8(',"dueAt":'));
 */
export interface Words {
  readonly words: Int32Array;
  readonly length: number;
}

/**
 * `bytes` as `Words`.
 *
 * @example
 * const KEY = wordsOf(new TextEncoder().encode(',"dueAt":'));
 */
export function wordsOf(bytes: Uint8Array): Words {
  const words = new Int32Array(Math.ceil(bytes.length / 4));
  new Uint8Array(words.buffer).set(bytes);
  return { words, length: bytes.length };
}

/** The most bytes `putWords` writes past its piece's end (they are left for what follows). */
export const WORDS_SLACK = 3;

/**
 * Writes `piece` at `at` in `view` a word at a time, with room for `WORDS_SLACK` bytes more
 * than the piece (the last word's spare bytes, overwritten by what follows or left past the
 * end); answers the piece's end.
 *
 * @example
 * at = putWords(out.view(), at, KEY);
 */
export function putWords(view: DataView, at: number, piece: Words): number {
  const words = piece.words;
  for (let i = 0; i < words.length; i++) view.setInt32(at + 4 * i, words[i] as number, true);
  return at + piece.length;
}

function putAscii(bytes: Uint8Array, at: number, text: string): number {
  let end = at;
  for (let i = 0; i < text.length; i++) bytes[end++] = text.charCodeAt(i);
  return end;
}

/**
 * Writes a number as `JSON.stringify` does (`null` when not finite) at `at` in `bytes`, with
 * room for `NUMBER_ROOM` bytes; answers the end. Whole numbers (instants, minutes, counts) go
 * digit pair by digit pair, epoch-ms instants (13 digits) in two fixed runs; others as
 * `String()` writes them.
 *
 * @example
 * at = putNumber(out.reserve(NUMBER_ROOM), out.size, 1772442000000);
 */
export function putNumber(bytes: Uint8Array, at: number, value: number): number {
  if (value >= 1e12 && value < 1e13 && Number.isInteger(value)) {
    // An instant of 2001–2286: five digits, then eight.
    const high = Math.floor(value / 1e8);
    digits(bytes, at, high, 5);
    return digits(bytes, at + 5, value - high * 1e8, 8);
  }
  if (Number.isSafeInteger(value)) {
    let n = value;
    let size = at;
    if (n < 0) {
      bytes[size++] = 45;
      n = -n;
    }
    if (n < 1e9) return digits(bytes, size, n, 0);
    const high = Math.floor(n / 1e9);
    size = digits(bytes, size, high, 0);
    return digits(bytes, size, n - high * 1e9, 9);
  }
  // What JSON.stringify writes for a finite number (ASCII).
  return Number.isFinite(value) ? putAscii(bytes, at, String(value)) : putBytes(bytes, at, NULL);
}

// Writes `value` (below 2^31) at `at` in `width` digits, zero-padded, or in as many as it needs
// (width 0); answers the end.
function digits(bytes: Uint8Array, at: number, value: number, width: number): number {
  let n = value | 0;
  const end = at + (width > 0 ? width : digitCount(n));
  let k = end;
  while (n >= 100) {
    const q = (n / 100) | 0;
    const pair = (n - q * 100) << 1;
    bytes[--k] = PAIRS[pair + 1] as number;
    bytes[--k] = PAIRS[pair] as number;
    n = q;
  }
  if (n >= 10) {
    bytes[--k] = PAIRS[(n << 1) + 1] as number;
    bytes[--k] = PAIRS[n << 1] as number;
  } else bytes[--k] = 48 + n;
  while (k > at) bytes[--k] = 48;
  return end;
}
