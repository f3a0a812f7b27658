import type { Severity } from './types';

// Most severe first: the order every "worst of" reading walks.
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The most severe severity among issues — matrix issues, escalation issues or anything else with a
 * `severity` — or `undefined` for none. Drives `data-state` on rows, cells and steps.
 *
 * @example
 * worstSeverity([{ severity: 'info' }, { severity: 'warning' }]); // 'warning'
 * worstSeverity([]); // undefined
 */
export function worstSeverity(
  issues: readonly { readonly severity: Severity }[] | undefined,
): Severity | undefined {
  return SEVERITY_ORDER.find((severity) => issues?.some((issue) => issue.severity === severity));
}
