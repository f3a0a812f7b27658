import {
  applyPolicyChanges,
  applyRoutingChanges,
  type EscalationPolicy,
  invertPolicyChange,
  type PolicyApplyResult,
  type PolicyChange,
  type Routing,
} from '@tandem/core/escalation';

/**
 * What `<EscalationFlow>` edits: one escalation policy and the routing table that feeds it.
 * Plain data, as the core defines it.
 *
 * @example
 * const value: EscalationFlowValue = { policy, routing };
 */
export interface EscalationFlowValue {
  readonly policy: EscalationPolicy;
  readonly routing: Routing;
}

const ROUTING_CHANGES: ReadonlySet<PolicyChange['type']> = new Set([
  'addRule',
  'removeRule',
  'updateRule',
  'moveRule',
  'setDefault',
]);

/**
 * Whether a change edits the routing table (rather than the policy).
 *
 * @example
 * isRoutingChange({ type: 'moveRule', ruleId: 'vip', toIndex: 0 }); // true
 */
export function isRoutingChange(change: PolicyChange): boolean {
  return ROUTING_CHANGES.has(change.type);
}

/**
 * Applies a mixed batch of policy and routing changes in order, all or nothing, with the core's
 * appliers. The refused change's index counts in the whole batch.
 *
 * @example
 * const result = applyFlowChanges(value, [{ type: 'moveStep', stepId: 'eng', toIndex: 0 }]);
 * if (result.ok) save(result.value);
 */
export function applyFlowChanges(
  value: EscalationFlowValue,
  changes: readonly PolicyChange[],
): PolicyApplyResult<EscalationFlowValue> {
  let { policy, routing } = value;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as PolicyChange;
    const result = isRoutingChange(change)
      ? applyRoutingChanges(routing, [change])
      : applyPolicyChanges(policy, [change]);
    if (!result.ok) return { ok: false, error: { ...result.error, changeIndex: i } };
    if (isRoutingChange(change)) routing = result.value as Routing;
    else policy = result.value as EscalationPolicy;
  }
  if (policy === value.policy && routing === value.routing) return { ok: true, value };
  return { ok: true, value: { policy, routing } };
}

/**
 * The change that undoes `change`, worked out against the value it is about to be applied to.
 *
 * @example
 * const undo = invertFlowChange(value, { type: 'moveRule', ruleId: 'vip', toIndex: 2 });
 */
export function invertFlowChange(value: EscalationFlowValue, change: PolicyChange): PolicyChange {
  return invertPolicyChange(isRoutingChange(change) ? value.routing : value.policy, change);
}
