import type { CsvIssue } from '@tandem/core/io';

/**
 * Why a file gave no sheet to show: past a limit (bytes or rows), not a spreadsheet at all,
 * unreadable (the browser could not read it), or `rejected` by the core's reader — its issues
 * (`not_xlsx`, `encrypted_workbook`, `corrupt_workbook` …) say why, cell by cell.
 *
 * @example
 * const code: ImportFailureCode = 'too_large';
 */
export type ImportFailureCode =
  | 'too_large'
  | 'too_many_rows'
  | 'not_spreadsheet'
  | 'unreadable'
  | 'rejected';

/**
 * A typed refusal: the code, what to put in its message, and the core's issues when it read the
 * file and said no.
 *
 * @example
 * const failure: ImportFailure = { code: 'too_large', limit: 10, found: 50, issues: [] };
 */
export interface ImportFailure {
  readonly code: ImportFailureCode;
  /** For `too_large`, megabytes; for `too_many_rows`, rows. */
  readonly limit?: number;
  readonly found?: number;
  readonly issues: readonly CsvIssue[];
}
