import type { ResolvedConfig } from './options';
import type { MatrixIssue, Severity, ValidationSummary } from './types';

// The row issues of a run, flat and in display order, with their counts. A run keeps it up to
// date as rows change, so producing a result costs one array copy instead of a walk over every
// row, and the summary costs one pass over the rules instead of one over the issues.

/** Row issues in display order and how many there are per severity and per rule. */
export interface IssueList {
  readonly issues: MatrixIssue[];
  readonly bySeverity: Record<Severity, number>;
  readonly byRule: Map<string, number>;
}

/** An empty list. */
export function emptyIssueList(): IssueList {
  return { issues: [], bySeverity: { error: 0, warning: 0, info: 0 }, byRule: new Map() };
}

/** Counts `issues` in (`sign` 1) or out (`sign` -1); the caller places them in the list. */
export function countIssues(list: IssueList, issues: readonly MatrixIssue[], sign: 1 | -1): void {
  for (const issue of issues) {
    list.bySeverity[issue.severity] += sign;
    list.byRule.set(issue.ruleId, (list.byRule.get(issue.ruleId) ?? 0) + sign);
  }
}

/** Replaces one row's issues, which start at `offset` in the list. */
export function replaceRowIssues(
  list: IssueList,
  offset: number,
  before: readonly MatrixIssue[],
  after: readonly MatrixIssue[],
): void {
  if (before.length === 0 && after.length === 0) return;
  countIssues(list, before, -1);
  countIssues(list, after, 1);
  list.issues.splice(offset, before.length, ...after);
}

/** The summary of the row issues plus the matrix-wide ones, `byRule` in rule order. */
export function summarise(
  config: ResolvedConfig,
  list: IssueList,
  matrixIssues: readonly MatrixIssue[],
): ValidationSummary {
  const bySeverity = { ...list.bySeverity };
  const matrixCounts = new Map<string, number>();
  for (const issue of matrixIssues) {
    bySeverity[issue.severity] += 1;
    matrixCounts.set(issue.ruleId, (matrixCounts.get(issue.ruleId) ?? 0) + 1);
  }
  const byRule: Record<string, number> = {};
  for (const id of config.ruleIds) {
    const count = (list.byRule.get(id) ?? 0) + (matrixCounts.get(id) ?? 0);
    if (count > 0) byRule[id] = count;
  }
  return {
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    total: list.issues.length + matrixIssues.length,
    byRule,
  };
}
