// What a file is before anything is unpacked: bytes at all, within the size limit, a zip (an
// xlsx), or a Compound File (an encrypted workbook or an old `.xls`).

import type { TableResult } from '../io/table';
import { megabytes, refusal } from './read-failure';

/** Whether bytes are a Compound File (the wrapper of encrypted workbooks and of old `.xls`). */
function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Whether a Compound File holds an `EncryptionInfo` stream (a password-protected workbook). */
function isEncrypted(bytes: Uint8Array): boolean {
  const name = 'EncryptionInfo';
  const limit = Math.min(bytes.length, 1 << 20) - name.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + k * 2] !== name.charCodeAt(k) || bytes[i + k * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The input as bytes, or `undefined` when it is neither a `Uint8Array`, an `ArrayBuffer` nor a
 * view of one.
 *
 * @example
 * asBytes(new ArrayBuffer(4)); // Uint8Array(4)
 */
export function asBytes(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input))
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return undefined;
}

/**
 * Whether bytes start as a zip archive does (`PK`).
 *
 * @example
 * isZip(new Uint8Array([0x50, 0x4b, 3, 4])); // true
 */
export const isZip = (bytes: Uint8Array | undefined) => bytes?.[0] === 0x50 && bytes[1] === 0x4b;

/**
 * The workbook's bytes, or the refusal of input that is not one to read: not bytes, empty,
 * past `maxBytes`, encrypted, an old `.xls`, or not a zip.
 *
 * @example
 * const bytes = workbookBytesOf(input, 20 * 1024 * 1024);
 * if (!(bytes instanceof Uint8Array)) return bytes; // a TableResult with the issue
 */
export function workbookBytesOf(input: unknown, maxBytes: number): Uint8Array | TableResult {
  const bytes = asBytes(input);
  if (!bytes)
    return refusal('unreadable', 'expected the workbook as bytes (a Uint8Array or ArrayBuffer).');
  if (bytes.length === 0) return refusal('empty', 'the file is empty.');
  if (bytes.length > maxBytes) {
    const message = `the file is ${megabytes(bytes.length)}; at most ${megabytes(maxBytes)} is read.`;
    return refusal('too_large', message);
  }
  if (isCompoundFile(bytes)) {
    return isEncrypted(bytes)
      ? refusal(
          'encrypted_workbook',
          'the workbook is password-protected; save it without a password first.',
        )
      : refusal('not_xlsx', 'this is an old binary Excel file (.xls); save it as .xlsx first.');
  }
  if (!isZip(bytes)) return refusal('not_xlsx', 'the file is not an xlsx workbook.');
  return bytes;
}
