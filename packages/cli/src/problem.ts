import { formatPath, type Issue } from '@tandem/core';
import { type CsvIssue, columnName } from '@tandem/core/io';
import type { MatrixIssue, Severity } from '@tandem/core/validate';

/**
 * One thing a command reports about a file: where (`C14` in a sheet, `rows[3].cells.msp` in
 * JSON or in the matrix read from a sheet), how bad, and what. Plain data: the JSON report
 * prints it as it is.
 *
 * @example
 * const problem: Problem = { severity: 'warning', code: 'unreadable_cell', location: 'C14', message: '"Sometimes" is not a letter.' };
 */
export interface Problem {
  readonly severity: Severity;
  /** A validation rule id (`accountable-exactly-one`) or an import code (`unreadable_cell`). */
  readonly code: string;
  readonly message: string;
  /** A cell (`C14`) or a path into the matrix (`rows[3]`); left out for the file as a whole. */
  readonly location?: string;
  readonly rowIds?: readonly string[];
  readonly partyIds?: readonly string[];
  /** The labels of the one-click fixes the editor would offer. */
  readonly fixes?: readonly string[];
}

/**
 * A problem from a sheet import, at its cell. The core's messages start with `Cell C14: `,
 * which the location already says, so that prefix is left out.
 *
 * @example
 * fromSheetIssue({ row: 14, column: 3, code: 'unreadable_cell', message: 'Cell C14: …' }, 'warning');
 */
export function fromSheetIssue(issue: CsvIssue, severity: Severity): Problem {
  const cell = `${columnName(issue.column)}${issue.row}`;
  const prefix = `Cell ${cell}: `;
  const message = issue.message.startsWith(prefix)
    ? issue.message.slice(prefix.length)
    : issue.message;
  return { severity, code: issue.code, message, location: cell };
}

/**
 * A problem from one of the core's parse functions, at its JSON path.
 *
 * @example
 * fromParseIssue({ path: ['rows', 3, 'name'], code: 'too_small', message: 'Must not be empty.' });
 */
export function fromParseIssue(issue: Issue): Problem {
  return {
    severity: 'error',
    code: issue.code,
    message: issue.message,
    ...(issue.path.length > 0 ? { location: formatPath(issue.path) } : {}),
  };
}

/**
 * A validation issue, placed at the first row it concerns (`rows[3]`) by the row's position in
 * the matrix; matrix-wide issues have no location.
 *
 * @example
 * fromMatrixIssue(issue, new Map([['backup', 3]]));
 */
export function fromMatrixIssue(
  issue: MatrixIssue,
  rowIndex: ReadonlyMap<string, number>,
): Problem {
  const first = issue.rowIds.length === 1 ? rowIndex.get(issue.rowIds[0] as string) : undefined;
  return {
    severity: issue.severity,
    code: issue.ruleId,
    message: issue.message,
    ...(first !== undefined ? { location: formatPath(['rows', first]) } : {}),
    rowIds: issue.rowIds,
    partyIds: issue.partyIds,
    fixes: issue.fixes.map((fix) => fix.label),
  };
}
