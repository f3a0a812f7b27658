// A part's bytes as text, in steps: a large sheet is decoded a slice at a time, cut where a
// character starts, so each step's work is bounded and the text is what one decode gives.

import { strFromU8 } from 'fflate';

/** Bytes decoded per step. */
const SLICE = 1024 * 1024;

// fflate's UTF-8 decoder: the core's types carry no DOM, and hosts need no TextDecoder.
const decode = (bytes: Uint8Array) => strFromU8(bytes);

/** Whether a byte continues a UTF-8 character (`10xxxxxx`). */
const continues = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

/**
 * A part's text (empty when the part is missing), decoded a slice at a time; each step yields
 * how many bytes are decoded so far.
 *
 * @example
 * const xml = yield* partText(files['xl/worksheets/sheet1.xml']);
 */
export function* partText(bytes: Uint8Array | undefined): Generator<number, string> {
  if (!bytes) return '';
  if (bytes.length <= SLICE) return decode(bytes);
  const pieces: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    let end = Math.min(at + SLICE, bytes.length);
    // Back up to the start of a character (at most three continuation bytes).
    for (let k = 0; k < 3 && end < bytes.length && continues(bytes[end]); k++) end--;
    pieces.push(decode(bytes.subarray(at, end)));
    at = end;
    if (at < bytes.length) yield at;
  }
  return pieces.join('');
}

/**
 * A small part's text in one go (the workbook, its relationships, the styles).
 *
 * @example
 * const workbook = partTextAtOnce(files['xl/workbook.xml']);
 */
export function partTextAtOnce(bytes: Uint8Array | undefined): string {
  const steps = partText(bytes);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
