import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { formatPath } from '@tandem/core';
import { commandFailure } from '../failures';
import { reasonOf, STDIO, shownPath } from '../files';
import { startProgress } from '../progress';
import type { BatchRunner } from './batch-runner';
import { fileLineBatches } from './file-batches';
import { lineBatches } from './line-batches';
import type { BadRecord } from './run-batch';

/**
 * Where an NDJSON run reads and writes: an input file (or `-` for stdin), an output file (or
 * `-` for stdout), whether a progress bar may be drawn and whether the summary is printed.
 *
 * @example
 * const io: NdjsonIo = { input: 'tickets.ndjson', output: '-', progress: true, quiet: false, errors: 'bad.ndjson' };
 */
export interface NdjsonIo {
  readonly input: string;
  readonly output: string;
  readonly progress: boolean;
  readonly quiet: boolean;
  /** A file for the bad records as NDJSON (`{"line", "issues"}`) instead of lines on stderr. */
  readonly errors?: string;
}

/**
 * What an NDJSON run did, for the summary and the exit code.
 *
 * @example
 * if (summary.bad > 0) process.exitCode = 1;
 */
export interface NdjsonSummary {
  readonly records: number;
  readonly bad: number;
  readonly firstBadLine?: number;
  readonly seconds: number;
}

/**
 * One stderr line per issue of a bad record: `tickets.ndjson:17: history[2].at: message`.
 *
 * @example
 * badRecordLines('tickets.ndjson', { line: 17, issues }); // ['tickets.ndjson:17: history[2].at: …']
 */
export function badRecordLines(source: string, bad: BadRecord): string[] {
  return bad.issues.map((issue) =>
    issue.path.length === 0
      ? `${source}:${bad.line}: ${issue.message}`
      : `${source}:${bad.line}: ${formatPath(issue.path)}: ${issue.message}`,
  );
}

// A file is read straight into the batches' buffers (`fileLineBatches`); stdin as a stream.
async function inputOf(
  path: string,
): Promise<
  { stream: NodeJS.ReadableStream; size: undefined } | { file: FileHandle; size: number }
> {
  if (path === STDIO) return { stream: process.stdin, size: undefined };
  try {
    const file = await open(path);
    return { file, size: (await file.stat()).size };
  } catch (error) {
    throw commandFailure('usage', [`${path}: ${reasonOf(error)}`]);
  }
}

async function openOutput(path: string): Promise<Writable> {
  const out = createWriteStream(path);
  try {
    await once(out, 'open');
  } catch (error) {
    throw commandFailure('usage', [`${path}: ${reasonOf(error)}`]);
  }
  return out;
}

async function write(out: Writable, bytes: Uint8Array, written?: () => void) {
  if (bytes.length === 0) written?.();
  else if (!out.write(bytes, written)) await once(out, 'drain');
}

/**
 * Streams an NDJSON input through a runner: batches of whole lines go out as fast as the runner
 * takes them (at most `runner.capacity` under way, so memory stays constant), results are
 * written in input order as they complete, waiting for the output to drain, and every bad record
 * is reported on stderr with its line (or written to `errors` as NDJSON). The summary goes to
 * stderr unless `quiet`.
 *
 * @example
 * const summary = await runNdjson(io, workerRunner(script, 2, data), 'sla');
 */
export async function runNdjson(
  io: NdjsonIo,
  runner: BatchRunner,
  command: string,
): Promise<NdjsonSummary> {
  const started = performance.now();
  const input = await inputOf(io.input);
  const size = input.size;
  const out = io.output === STDIO ? process.stdout : await openOutput(io.output);
  const errors = io.errors === undefined ? undefined : await openOutput(io.errors);
  const source = shownPath(io.input);
  const progress = startProgress(size, io.progress);
  let records = 0;
  let bad = 0;
  let firstBadLine: number | undefined;
  let bytesDone = 0;
  const underWay: { bytes: number; result: ReturnType<BatchRunner['run']> }[] = [];
  const settle = async () => {
    const head = underWay.shift();
    if (!head) return;
    const result = await head.result;
    // Once written, the output's buffer goes back to its worker for a later batch.
    await write(out, result.out, () => runner.recycle(result.out));
    for (const record of result.bad) {
      firstBadLine ??= record.line;
      if (errors) await write(errors, Buffer.from(`${JSON.stringify(record)}\n`));
      else for (const line of badRecordLines(source, record)) progress.log(line);
    }
    records += result.records;
    bad += result.bad.length;
    bytesDone += head.bytes;
    progress.update(bytesDone, records);
  };
  try {
    const batches =
      'file' in input
        ? fileLineBatches(input.file, undefined, runner.spare)
        : lineBatches(input.stream as AsyncIterable<Uint8Array>, undefined, runner.spare);
    for await (const batch of batches) {
      const bytes = batch.bytes.length;
      const result = runner.run(batch);
      // Awaited in order by settle(); a rejection before its turn must not count as unhandled.
      result.catch(() => {});
      underWay.push({ bytes, result });
      while (underWay.length >= runner.capacity) await settle();
    }
    while (underWay.length > 0) await settle();
  } finally {
    progress.stop();
    if ('file' in input) await input.file.close();
    await runner.close();
    for (const file of [out, errors]) {
      if (file === undefined || file === process.stdout) continue;
      file.end();
      await once(file, 'close');
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const summary = { records, bad, ...(firstBadLine ? { firstBadLine } : {}), seconds };
  if (!io.quiet) console.error(summaryLine(command, summary));
  return summary;
}

/**
 * The summary line: `tandem sla: 1,000,000 records, 2 bad (first at line 17), 8.4 s`.
 *
 * @example
 * summaryLine('sla', { records: 10, bad: 0, seconds: 0.2 }); // 'tandem sla: 10 records, 10 done, none bad, 0.2 s'
 */
export function summaryLine(command: string, summary: NdjsonSummary): string {
  const count = (n: number) => n.toLocaleString('en');
  const bad =
    summary.bad === 0
      ? 'none bad'
      : `${count(summary.bad)} bad (first at line ${summary.firstBadLine})`;
  const good = summary.records - summary.bad;
  const records = `${count(summary.records)} record${summary.records === 1 ? '' : 's'}`;
  return `tandem ${command}: ${records}, ${count(good)} done, ${bad}, ${summary.seconds.toFixed(1)} s`;
}
