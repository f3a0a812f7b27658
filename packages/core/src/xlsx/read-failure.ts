// How the workbook reader leaves with a typed issue: every stage may stop the read, and the
// stop comes back to the caller as a `TableResult`, never as a thrown error.

import { type CsvIssueCode, csvIssue } from '../io/csv-issue';
import type { TableResult } from '../io/table';

/**
 * A refused read: one issue at A1.
 *
 * @example
 * refusal('not_xlsx', 'the file is not an xlsx workbook.');
 */
export const refusal = (code: CsvIssueCode, message: string): TableResult => ({
  ok: false,
  issues: [csvIssue(1, 1, code, message)],
});

/** Thrown inside the reader to leave with a typed issue; never escapes the public readers. */
export class Stop {
  constructor(readonly result: TableResult) {}
}

/**
 * A damaged workbook's refusal, with what the unpacker or reader said.
 *
 * @example
 * damaged(new Error('invalid zip data')); // Stop with 'corrupt_workbook'
 */
export function damaged(error: unknown): Stop {
  const reason = error instanceof Error ? error.message : 'unknown error';
  const message = `the workbook is damaged and could not be unpacked (${reason}).`;
  return new Stop(refusal('corrupt_workbook', message));
}

/**
 * Bytes as megabytes for a message, to one decimal.
 *
 * @example
 * megabytes(20 * 1024 * 1024); // '20 MB'
 */
export const megabytes = (n: number) => `${Math.round(n / 1024 / 102.4) / 10} MB`;
