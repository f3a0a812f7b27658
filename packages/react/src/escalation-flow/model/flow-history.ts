import type { ChangeHistory, ChangeStep } from '@tandem/core';
import {
  escalationHistory,
  type PolicyChange,
  type PolicyChangeError,
} from '@tandem/core/escalation';
import type { EscalationFlowValue } from './flow-value';

// The flow's history is the core's `escalationHistory`; these functions keep the older shape
// (no who/when, `undefined` when nothing moves) for hosts that use them. The audit entries are
// dropped here: `escalationHistory` itself gives them.
const NO_META = { actor: 'escalation-flow', at: 0 };

/**
 * One undoable action: its changes and the changes that undo them, in undo order.
 *
 * @example
 * const step: FlowHistoryStep = { changes: [move], inverse: [moveBack] };
 */
export type FlowHistoryStep = ChangeStep<PolicyChange>;

/**
 * A value with its undo and redo stacks; plain data.
 *
 * @example
 * const history: FlowHistory = createFlowHistory({ policy, routing });
 */
export type FlowHistory = ChangeHistory<EscalationFlowValue, PolicyChange>;

/**
 * Starts a history.
 *
 * @example
 * let history = createFlowHistory(value, { limit: 50 });
 */
export function createFlowHistory(
  value: EscalationFlowValue,
  options: { limit?: number } = {},
): FlowHistory {
  return escalationHistory.create(value, options);
}

/**
 * Applies one action's changes as one undo step and clears the redo stack; refused batches
 * leave the history as it was and say why. An empty action is no step.
 *
 * @example
 * const result = commitFlowChanges(history, [{ type: 'setStart', stepId: 'eng' }]);
 * if (result.ok) history = result.history;
 */
export function commitFlowChanges(
  history: FlowHistory,
  changes: readonly PolicyChange[],
): { ok: true; history: FlowHistory } | { ok: false; error: PolicyChangeError } {
  const result = escalationHistory.commit(history, changes, NO_META);
  return result.ok ? { ok: true, history: result.history } : result;
}

function moved(history: FlowHistory, direction: 'undo' | 'redo') {
  const result = escalationHistory[direction](history, NO_META);
  return result.history === history
    ? undefined
    : { history: result.history, changes: result.changes };
}

/**
 * Undoes the last step: the new history and the changes that were applied to get there, or
 * `undefined` when there is nothing to undo.
 *
 * @example
 * const undone = undoFlow(history);
 * if (undone) emit(undone.history.value, undone.changes);
 */
export function undoFlow(
  history: FlowHistory,
): { history: FlowHistory; changes: readonly PolicyChange[] } | undefined {
  return moved(history, 'undo');
}

/**
 * Redoes the last undone step, like {@link undoFlow} the other way.
 *
 * @example
 * const redone = redoFlow(history);
 */
export function redoFlow(
  history: FlowHistory,
): { history: FlowHistory; changes: readonly PolicyChange[] } | undefined {
  return moved(history, 'redo');
}
