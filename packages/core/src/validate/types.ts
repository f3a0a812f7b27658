import type { MatrixChange } from '../matrix/changes';

/**
 * How much an issue matters: `error` breaks the matrix's meaning (nobody accountable), `warning`
 * is a co-management risk (the provider approving its own access), `info` is worth a look.
 *
 * @example
 * const severity: Severity = 'warning';
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A suggested repair: the changes that would remove the issue, ready for `applyMatrixChanges`
 * (or for the editor's undo stack, since they are ordinary changes).
 *
 * @example
 * const fix: MatrixFix = {
 *   label: 'Keep Internal IT accountable',
 *   changes: [{ type: 'setCell', rowId: 'backup', partyId: 'msp', cell: { roles: ['R'] } }],
 * };
 */
export interface MatrixFix {
  readonly label: string;
  readonly changes: readonly MatrixChange[];
}

/**
 * One problem found in a matrix: plain, serialisable data. `rowIds`, `partyIds` and
 * `categoryIds` say what it concerns, in display order; the message names them by name.
 *
 * @example
 * const issue: MatrixIssue = {
 *   ruleId: 'accountable-exactly-one',
 *   severity: 'error',
 *   message: "'Backup management' has two Accountable parties: Internal IT and Northwind MSP.",
 *   rowIds: ['backup'],
 *   partyIds: ['it', 'msp'],
 *   fixes: [],
 * };
 */
export interface MatrixIssue {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly rowIds: readonly string[];
  readonly partyIds: readonly string[];
  readonly categoryIds?: readonly string[];
  readonly fixes: readonly MatrixFix[];
}

/**
 * Issue counts by severity and by rule id (rules without issues are left out of `byRule`).
 *
 * @example
 * if (result.summary.errors > 0) disableSaveButton();
 */
export interface ValidationSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly total: number;
  readonly byRule: Readonly<Record<string, number>>;
}

/**
 * What validation returns. Issues come row by row in display order, and within a row in rule
 * order; matrix-wide issues (joint rows, workload, empty parties and categories) follow, in rule
 * order. The order depends only on the matrix, so incremental and full runs agree exactly.
 *
 * @example
 * const { issues, summary } = validateMatrix(matrix);
 */
export interface ValidationResult {
  readonly issues: readonly MatrixIssue[];
  readonly summary: ValidationSummary;
}
