// Unpacking a workbook's parts, a slice at a time: each step feeds the inflater a bounded
// number of bytes, so a host can spread a large workbook over many frames.

import { Unzip, UnzipInflate, type Unzipped, unzipSync } from 'fflate';
import { damaged, megabytes, refusal, Stop } from './read-failure';

/** Bytes fed to the inflater at a time: what one step may unpack stays bounded. */
const SLICE = 64 * 1024;

/** Parts the reader uses: the workbook's own, not its pictures. */
const isRead = (name: string) => name.startsWith('xl/') && !name.startsWith('xl/media/');

const tooLarge = (maxUnpacked: number, name: string) =>
  new Stop(
    refusal(
      'too_large',
      `the workbook unpacks to more than ${megabytes(maxUnpacked)} (at ${name}); it is not read.`,
    ),
  );

/** The central directory alone (nothing inflated): a damaged zip, or one that declares too much, stops here. */
function checkDeclaredSizes(bytes: Uint8Array, maxUnpacked: number) {
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (isRead(file.name)) {
          declared += file.originalSize;
          if (declared > maxUnpacked) throw tooLarge(maxUnpacked, file.name);
        }
        return false;
      },
    });
  } catch (error) {
    throw error instanceof Stop ? error : damaged(error);
  }
}

/**
 * The workbook's parts (pictures left out), unpacked in steps: each step feeds the inflater
 * one slice of the file and yields how many bytes of it are read so far. The sizes the zip
 * declares are checked before anything is inflated; then the parts are counted as they come,
 * and past `maxUnpacked` in all unpacking stops — so a zip bomb costs at most that much memory
 * and time, whatever its headers say. Throws a {@link Stop} for a refused workbook.
 *
 * @example
 * const steps = unzipParts(bytes, 256 * 1024 * 1024);
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // step.value: the parts by name
 */
export function* unzipParts(bytes: Uint8Array, maxUnpacked: number): Generator<number, Unzipped> {
  checkDeclaredSizes(bytes, maxUnpacked);
  const files: Unzipped = {};
  const open = new Set<string>();
  let unpacked = 0;
  let stop: Stop | undefined;
  const unzipper = new Unzip((file) => {
    if (stop || !isRead(file.name)) return;
    if (unpacked + (file.originalSize ?? 0) > maxUnpacked) {
      stop = tooLarge(maxUnpacked, file.name);
      return;
    }
    const chunks: Uint8Array[] = [];
    let length = 0;
    open.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (stop) return;
      if (error) {
        stop = damaged(error);
        return;
      }
      unpacked += chunk.length;
      length += chunk.length;
      if (unpacked > maxUnpacked) {
        stop = tooLarge(maxUnpacked, file.name);
        return;
      }
      chunks.push(chunk);
      if (!final) return;
      const whole = new Uint8Array(length);
      let at = 0;
      for (const piece of chunks) {
        whole.set(piece, at);
        at += piece.length;
      }
      files[file.name] = whole;
      open.delete(file.name);
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  for (let at = 0; at < bytes.length && !stop; at += SLICE) {
    try {
      unzipper.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
    } catch (error) {
      throw error instanceof Stop ? error : damaged(error);
    }
    if (!stop && at + SLICE < bytes.length) yield at + SLICE;
  }
  if (stop) throw stop;
  if (open.size > 0) {
    const [name] = open;
    throw damaged(new Error(`${name} ends early`));
  }
  return files;
}
