import {
  type ChangeAuditEntry,
  type ChangeHistory,
  type ChangeStep,
  defineHistory,
  type EditMeta,
} from '../history/change-history';
import { applyMatrixChanges } from './apply';
import type { MatrixChangeError } from './change-error';
import type { MatrixChange } from './changes';
import { invertChange } from './invert';
import type { Matrix } from './model';

// The matrix's undo history is the generic one over `applyMatrixChanges` and `invertChange`;
// this file only keeps its older shape, which names the document `matrix`.

export type { EditMeta };

/**
 * One line of the matrix's audit trail: a change that was applied, by whom, when, and whether
 * it was a fresh edit or an undo/redo. Plain data: store it as it is.
 */
export type AuditEntry = ChangeAuditEntry<MatrixChange>;

/** One undoable step: the changes of one user action and the changes that undo them. */
export type HistoryStep = ChangeStep<MatrixChange>;

/** A matrix with its undo and redo stacks. Plain, serialisable data. */
export interface MatrixHistory {
  readonly matrix: Matrix;
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
  /** How many steps `past` keeps; older ones are dropped. */
  readonly limit: number;
}

/** What a history operation gives: the new history and the audit entries it produced. */
export type HistoryResult =
  | { readonly ok: true; readonly history: MatrixHistory; readonly entries: readonly AuditEntry[] }
  | { readonly ok: false; readonly error: MatrixChangeError };

/**
 * The matrix's history functions over the generic history's shape (the document is `value`):
 * what `useChangeHistory` and other generic code take.
 *
 * @example
 * let history = matrixHistory.create(matrix);
 * const result = matrixHistory.commit(history, [change], { actor: 'ana', at: Date.now() });
 */
export const matrixHistory = /* @__PURE__ */ defineHistory<Matrix, MatrixChange, MatrixChangeError>(
  {
    apply: applyMatrixChanges,
    invert: invertChange,
  },
);

const generic = (history: MatrixHistory): ChangeHistory<Matrix, MatrixChange> => ({
  value: history.matrix,
  past: history.past,
  future: history.future,
  limit: history.limit,
});

// Keeps the caller's object when nothing moved, so hosts that memoise on it do not re-render.
function matrixShaped(
  before: MatrixHistory,
  seen: ChangeHistory<Matrix, MatrixChange>,
  next: ChangeHistory<Matrix, MatrixChange>,
): MatrixHistory {
  if (next === seen) return before;
  const { value, ...stacks } = next;
  return { ...before, ...stacks, matrix: value };
}

/**
 * Starts an undo history for a matrix.
 *
 * @example
 * let history = createHistory(matrix, { limit: 200 });
 */
export function createHistory(matrix: Matrix, options: { limit?: number } = {}): MatrixHistory {
  const { value, ...stacks } = matrixHistory.create(matrix, options);
  return { matrix: value, ...stacks };
}

/**
 * Applies one user action (one or more changes) as one undoable step, clearing the redo stack.
 * A refused change refuses the whole action and leaves the history as it was.
 *
 * @example
 * const result = commitChanges(history, [change], { actor: 'ana@contoso.com', at: Date.now() });
 * if (result.ok) { history = result.history; auditLog.push(...result.entries); }
 */
export function commitChanges(
  history: MatrixHistory,
  changes: readonly MatrixChange[],
  meta: EditMeta,
): HistoryResult {
  const seen = generic(history);
  const result = matrixHistory.commit(seen, changes, meta);
  if (!result.ok) return result;
  return {
    ok: true,
    history: matrixShaped(history, seen, result.history),
    entries: result.entries,
  };
}

/**
 * Undoes the latest step. With nothing to undo, returns the history unchanged and no entries.
 *
 * @example
 * if (canUndo(history)) ({ history } = undo(history, meta));
 */
export function undo(
  history: MatrixHistory,
  meta: EditMeta,
): { history: MatrixHistory; entries: readonly AuditEntry[] } {
  const seen = generic(history);
  const { history: next, entries } = matrixHistory.undo(seen, meta);
  return { history: matrixShaped(history, seen, next), entries };
}

/**
 * Redoes the latest undone step.
 *
 * @example
 * if (canRedo(history)) ({ history } = redo(history, meta));
 */
export function redo(
  history: MatrixHistory,
  meta: EditMeta,
): { history: MatrixHistory; entries: readonly AuditEntry[] } {
  const seen = generic(history);
  const { history: next, entries } = matrixHistory.redo(seen, meta);
  return { history: matrixShaped(history, seen, next), entries };
}

/** Whether there is a step to undo. */
export const canUndo = (history: MatrixHistory): boolean => history.past.length > 0;

/** Whether there is a step to redo. */
export const canRedo = (history: MatrixHistory): boolean => history.future.length > 0;
