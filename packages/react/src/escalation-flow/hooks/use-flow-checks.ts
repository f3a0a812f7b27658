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
  /**
   * `true` while the checks have not run yet: `useEscalationFlow` loads them in a chunk of their
   * own after first paint (and on the server and while hydrating they wait too).
   */
  readonly pending?: boolean;
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

/** The core's three checks, as `useFlowChecks` calls them (a lazily loaded module or the core). */
export interface FlowCheckers {
  readonly checkPolicy: typeof checkPolicy;
  readonly checkRouting: typeof checkRouting;
  readonly checkAgainstMatrix: typeof checkAgainstMatrix;
}

const NO_ISSUES = new Map<string, readonly EscalationIssue[]>();

/** The checks of a flow whose checkers have not arrived yet. */
export const PENDING_CHECKS: FlowChecks = {
  pending: true,
  issues: [],
  byStep: NO_ISSUES,
  byRule: NO_ISSUES,
  counts: { error: 0, warning: 0, info: 0 },
};

/**
 * Runs `checkPolicy`, `checkRouting` and (with a matrix) `checkAgainstMatrix`, each only when
 * its inputs change, so editing the policy does not re-check a 200-rule table. Synchronous:
 * the checks are there on the first render, on the server too.
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
  return useFlowChecksWith(CORE_CHECKERS, policy, routing, context, enabled);
}

const CORE_CHECKERS: FlowCheckers = { checkPolicy, checkRouting, checkAgainstMatrix };

/**
 * {@link useFlowChecks} with the checkers given, or {@link PENDING_CHECKS} while they are
 * `undefined` (still loading).
 *
 * @example
 * const checks = useFlowChecksWith(useLoadedValue(flowCheckers, true), policy, routing, context);
 */
export function useFlowChecksWith(
  checkers: FlowCheckers | undefined,
  policy: EscalationPolicy,
  routing: Routing,
  context: FlowCheckContext,
  enabled = true,
): FlowChecks {
  const { matrix, sla, calendars, messages } = context;
  const policyIssues = useMemo(
    () =>
      enabled && checkers
        ? checkers.checkPolicy(policy, {
            ...(matrix && { matrix }),
            ...(sla && { sla }),
            ...(calendars && { calendars }),
            ...(messages && { messages }),
          })
        : [],
    [checkers, enabled, policy, matrix, sla, calendars, messages],
  );
  const routingIssues = useMemo(
    () => (enabled && checkers ? checkers.checkRouting(routing, messages ? { messages } : {}) : []),
    [checkers, enabled, routing, messages],
  );
  const matrixIssues = useMemo(
    () =>
      enabled && checkers && matrix
        ? checkers.checkAgainstMatrix(matrix, {
            routing,
            policies: [policy],
            ...(calendars && { calendars }),
            ...(messages && { messages }),
          })
        : [],
    [checkers, enabled, matrix, routing, policy, calendars, messages],
  );
  return useMemo(() => {
    if (enabled && !checkers) return PENDING_CHECKS;
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
  }, [checkers, enabled, policyIssues, routingIssues, matrixIssues]);
}
