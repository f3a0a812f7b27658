import type { Issue } from '@tandem/core';
import type { LineBatch } from './line-batches';
import { type OutputBytes, outputBytes } from './output-bytes';

/**
 * What a command makes of one NDJSON record: its output line (JSON, without the line break) —
 * or nothing when the handler wrote the line's bytes to the batch's output itself — or the
 * issues that make it a bad record, each with its path inside the record.
 *
 * @example
 * const outcome: LineOutcome = { ok: false, issues: [{ path: ['history', 2, 'at'], code: 'invalid_date', message: '…' }] };
 */
export type LineOutcome =
  | { readonly ok: true; readonly line?: string }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The outcome of a handler that wrote its line to `out` itself.
 *
 * @example
 * writeSlaLine(out, id, line, result);
 * return WRITTEN;
 */
export const WRITTEN: LineOutcome = Object.freeze({ ok: true });

/**
 * Turns one record's text into its outcome; never throws. `line` is the record's 1-based line
 * in the input, for outputs that name it. A handler may write its output line to `out` (no
 * line break) and answer `WRITTEN` rather than return the line as a string: a bulk command
 * then skips a string per record. What it wrote is dropped if it answers issues.
 *
 * @example
 * const handler: LineHandler = (text, line) => ({ ok: true, line: JSON.stringify({ line }) });
 */
export type LineHandler = (text: string, line: number, out: OutputBytes) => LineOutcome;

/**
 * A bad record: its 1-based line in the input and its issues.
 *
 * @example
 * const bad: BadRecord = { line: 17, issues };
 */
export interface BadRecord {
  readonly line: number;
  readonly issues: readonly Issue[];
}

/**
 * A batch's outcome: the output lines as UTF-8 (each ending in a line break, in input order),
 * the bad records, and counts.
 *
 * @example
 * process.stdout.write(result.out);
 */
export interface BatchResult {
  readonly out: Uint8Array;
  readonly bad: readonly BadRecord[];
  /** Non-blank lines read. */
  readonly records: number;
}

/**
 * A handler's fast path for records in a form it can read straight from the batch's bytes
 * (`bytes[start, end)`, the line without its line break): the outcome, or `undefined` to have
 * the line decoded and given to the handler as text after all. It writes to `out` as a
 * `LineHandler` does.
 *
 * @example
 * const fast: BytesHandler = (bytes, start, end, line, out) => (bytes[start] === 0x7b ? read(…) : undefined);
 */
export type BytesHandler = (
  bytes: Uint8Array,
  start: number,
  end: number,
  line: number,
  out: OutputBytes,
) => LineOutcome | undefined;

// TextDecoder drops a byte-order mark at the start of what it decodes: only the start of a
// batch may have one (an export from Windows tools then reads like any other), so other lines
// keep theirs, as when a batch was decoded whole.
const decoder = new TextDecoder();
const keepingMarks = new TextDecoder('utf-8', { ignoreBOM: true });
const BLANK = /^\s*$/;
const NEWLINE = 0x0a;
// One output buffer per thread, reused batch after batch (batches run one at a time).
let shared: OutputBytes | undefined;

function failed(error: unknown): LineOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, issues: [{ path: [], code: 'failed', message }] };
}

/**
 * Runs a handler over every non-blank line of a batch — through `fast` first when given, the
 * line decoded for `handler` only when `fast` leaves it — its output in `spare` if it fits. Blank lines are skipped but counted, so
 * line numbers are the input's. A handler that throws anyway makes a bad record, never a crash.
 *
 * @example
 * const result = runBatch(batch, routeHandler);
 */
export function runBatch(
  batch: LineBatch,
  handler: LineHandler,
  fast?: BytesHandler,
  spare?: ArrayBuffer,
): BatchResult {
  const bytes = batch.bytes;
  // Results run about three times the size of their records in `tandem sla`.
  shared ??= outputBytes(bytes.length * 3);
  const out = shared;
  const bad: BadRecord[] = [];
  let records = 0;
  let line = batch.firstLine;
  for (let start = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    const from = start;
    start = end + 1;
    const mark = out.size;
    let outcome: LineOutcome | undefined;
    try {
      outcome = fast?.(bytes, from, end, line, out);
    } catch {
      // The text path decides, and words what went wrong.
      outcome = undefined;
    }
    if (outcome === undefined) {
      out.truncate(mark);
      const text = (from === 0 ? decoder : keepingMarks).decode(bytes.subarray(from, end));
      if (BLANK.test(text)) continue;
      try {
        outcome = handler(text, line, out);
      } catch (error) {
        outcome = failed(error);
      }
    }
    records++;
    if (outcome.ok) {
      if (outcome.line !== undefined) out.text(outcome.line);
      out.byte(NEWLINE);
    } else {
      out.truncate(mark);
      bad.push({ line, issues: outcome.issues });
    }
  }
  return { out: out.take(spare), bad, records };
}
