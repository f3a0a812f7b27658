import {
  applyEscalationChanges,
  type EscalationDocument,
  invertEscalationChange,
} from '@tandem/core/escalation';

// The flow edits the core's escalation document; these names are kept for hosts that use them.

export { isRoutingChange } from '@tandem/core/escalation';

/**
 * What `<EscalationFlow>` edits: one escalation policy and the routing table that feeds it.
 * Plain data, as the core defines it (`EscalationDocument`).
 *
 * @example
 * const value: EscalationFlowValue = { policy, routing };
 */
export type EscalationFlowValue = EscalationDocument;

/**
 * Applies a mixed batch of policy and routing changes in order, all or nothing. The refused
 * change's index counts in the whole batch.
 *
 * @deprecated Use `applyEscalationChanges` from `@tandem/core/escalation`, which this is.
 * @example
 * const result = applyFlowChanges(value, [{ type: 'moveStep', stepId: 'eng', toIndex: 0 }]);
 * if (result.ok) save(result.value);
 */
export const applyFlowChanges = applyEscalationChanges;

/**
 * The change that undoes `change`, worked out against the value it is about to be applied to.
 *
 * @deprecated Use `invertEscalationChange` from `@tandem/core/escalation`, which this is.
 * @example
 * const undo = invertFlowChange(value, { type: 'moveRule', ruleId: 'vip', toIndex: 2 });
 */
export const invertFlowChange = invertEscalationChange;
