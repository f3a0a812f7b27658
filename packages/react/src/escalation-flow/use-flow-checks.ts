import type { Matrix } from '@tandem/core';
import {
  checkAgainstMatrix,
  checkPolicy,
  checkRouting,
  type EscalationIssue,
  type EscalationMessages,
  type EscalationPolicy,
  type Routing,
} from '@tandem/core/escalation';
import type { CalendarRegistry, SlaPolicy } from '@tandem/core/sla';
import { type Severity, worstSeverity } from '@tandem/core/validate';
import { useMemo } from 'react';

/**
 * The core's checks of a flow, indexed for drawing: every issue, those about each step and
 * each rule, and counts by severity.
 *
 * @example
 * checks.byStep.get('t1')?.length; // problems to badge on the card
 */
export interface FlowChecks {
  readonly issues: readonly EscalationIssue[];
  readonly byStep: ReadonlyMap<string, readonly EscalationIssue[]>;
  readonly byRule: ReadonlyMap<string, readonly EscalationIssue[]>;
  readonly counts: Readonly<Record<Severity, number>>;
}

/**
 * What the checks compare against. All optional: without a matrix the party checks are off,
 * without an SLA policy the timing checks are.
 *
 * @example
 * const context: FlowCheckContext = { matrix, sla, calendars };
 */
export interface FlowCheckContext {
  readonly matrix?: Matrix | undefined;
  readonly sla?: SlaPolicy | undefined;
  readonly calendars?: CalendarRegistry | undefined;
  readonly messages?: Partial<EscalationMessages> | undefined;
}

/**
 * The most severe severity among issues, or `undefined` for none.
 *
 * @deprecated Use `worstSeverity` from `@tandem/core/validate` (also exported by `@tandem/react`):
 * the same function, for matrix and escalation issues alike.
 * @example
 * worstIssueSeverity(checks.byStep.get('t1')); // 'warning'
 */
export const worstIssueSeverity: (
  issues: readonly EscalationIssue[] | undefined,
) => Severity | undefined = worstSeverity;

function index(issues: readonly EscalationIssue[], key: 'stepIds' | 'ruleIds') {
  const map = new Map<string, EscalationIssue[]>();
  for (const issue of issues) {
    // The first rule id is the rule the issue is about; the rest are the rules it names.
    const ids = key === 'ruleIds' ? issue.ruleIds.slice(0, 1) : issue.stepIds;
    for (const id of ids) map.set(id, [...(map.get(id) ?? []), issue]);
  }
  return map;
}

/**
 * Runs `checkPolicy`, `checkRouting` and (with a matrix) `checkAgainstMatrix`, each only when
 * its inputs change, so editing the policy does not re-check a 200-rule table.
 *
 * @example
 * const checks = useFlowChecks(policy, routing, { matrix, sla, calendars });
 */
export function useFlowChecks(
  policy: EscalationPolicy,
  routing: Routing,
  context: FlowCheckContext,
  enabled = true,
): FlowChecks {
  const { matrix, sla, calendars, messages } = context;
  const policyIssues = useMemo(
    () =>
      enabled
        ? checkPolicy(policy, {
            ...(matrix && { matrix }),
            ...(sla && { sla }),
            ...(calendars && { calendars }),
            ...(messages && { messages }),
          })
        : [],
    [enabled, policy, matrix, sla, calendars, messages],
  );
  const routingIssues = useMemo(
    () => (enabled ? checkRouting(routing, messages ? { messages } : {}) : []),
    [enabled, routing, messages],
  );
  const matrixIssues = useMemo(
    () =>
      enabled && matrix
        ? checkAgainstMatrix(matrix, {
            routing,
            policies: [policy],
            ...(calendars && { calendars }),
            ...(messages && { messages }),
          })
        : [],
    [enabled, matrix, routing, policy, calendars, messages],
  );
  return useMemo(() => {
    // checkPolicy and checkAgainstMatrix both report unknown step targets; keep one of each.
    const seen = new Set<string>();
    const issues = [...routingIssues, ...policyIssues, ...matrixIssues].filter((issue) => {
      const key = `${issue.ruleId}|${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of issues) counts[issue.severity] += 1;
    return { issues, byStep: index(issues, 'stepIds'), byRule: index(issues, 'ruleIds'), counts };
  }, [policyIssues, routingIssues, matrixIssues]);
}
