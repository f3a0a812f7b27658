import type { PolicyChange, PolicyChangeError } from '@tandem/core/escalation';
import { applyFlowChanges, type EscalationFlowValue, invertFlowChange } from './flow-value';

// The core keeps an undo history for matrices only; a policy's is this small, pure mirror of it,
// built on the core's apply and invert. One step is one user action, however many changes.

/**
 * One undoable action: its changes and the changes that undo them, in undo order.
 *
 * @example
 * const step: FlowHistoryStep = { changes: [move], inverse: [moveBack] };
 */
export interface FlowHistoryStep {
  readonly changes: readonly PolicyChange[];
  readonly inverse: readonly PolicyChange[];
}

/**
 * A value with its undo and redo stacks; plain data.
 *
 * @example
 * const history: FlowHistory = createFlowHistory({ policy, routing });
 */
export interface FlowHistory {
  readonly value: EscalationFlowValue;
  readonly past: readonly FlowHistoryStep[];
  readonly future: readonly FlowHistoryStep[];
  /** How many steps `past` keeps; older ones are dropped. */
  readonly limit: number;
}

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
  return { value, past: [], future: [], limit: Math.max(1, options.limit ?? 100) };
}

/**
 * Applies one action's changes as one undo step and clears the redo stack; refused batches
 * leave the history as it was and say why.
 *
 * @example
 * const result = commitFlowChanges(history, [{ type: 'setStart', stepId: 'eng' }]);
 * if (result.ok) history = result.history;
 */
export function commitFlowChanges(
  history: FlowHistory,
  changes: readonly PolicyChange[],
): { ok: true; history: FlowHistory } | { ok: false; error: PolicyChangeError } {
  let current = history.value;
  const inverse: PolicyChange[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as PolicyChange;
    const result = applyFlowChanges(current, [change]);
    if (!result.ok) return { ok: false, error: { ...result.error, changeIndex: i } };
    inverse.unshift(invertFlowChange(current, change));
    current = result.value;
  }
  if (changes.length === 0) return { ok: true, history };
  const past = [...history.past, { changes, inverse }].slice(-history.limit);
  return { ok: true, history: { ...history, value: current, past, future: [] } };
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
  const step = history.past.at(-1);
  if (!step) return undefined;
  const result = applyFlowChanges(history.value, step.inverse);
  // A step that no longer applies means the value changed under us: drop the stale history.
  if (!result.ok) return undefined;
  return {
    history: {
      ...history,
      value: result.value,
      past: history.past.slice(0, -1),
      future: [step, ...history.future],
    },
    changes: step.inverse,
  };
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
  const [step, ...future] = history.future;
  if (!step) return undefined;
  const result = applyFlowChanges(history.value, step.changes);
  if (!result.ok) return undefined;
  return {
    history: { ...history, value: result.value, past: [...history.past, step], future },
    changes: step.changes,
  };
}
