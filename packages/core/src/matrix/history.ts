import { applyMatrixChanges } from './apply';
import type { MatrixChangeError } from './change-error';
import type { MatrixChange } from './changes';
import { invertChange } from './invert';
import type { Matrix } from './model';

/** Who made an edit and when, as the host knows it. */
export interface EditMeta {
  /** A user id or name the host understands. */
  readonly actor: string;
  /** ISO 8601 time, or epoch milliseconds (stored as ISO). */
  readonly at: string | number;
}

/**
 * One line of the audit trail: a change that was applied, by whom, when, and whether it was a
 * fresh edit or an undo/redo. Plain data: store it as it is.
 */
export interface AuditEntry {
  readonly actor: string;
  readonly at: string;
  readonly cause: 'edit' | 'undo' | 'redo';
  readonly change: MatrixChange;
}

/** One undoable step: the changes of one user action and the changes that undo them. */
export interface HistoryStep {
  readonly changes: readonly MatrixChange[];
  readonly inverse: readonly MatrixChange[];
}

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
 * Starts an undo history for a matrix.
 *
 * @example
 * let history = createHistory(matrix, { limit: 200 });
 */
export function createHistory(matrix: Matrix, options: { limit?: number } = {}): MatrixHistory {
  return { matrix, past: [], future: [], limit: Math.max(1, options.limit ?? 100) };
}

function entriesFor(
  changes: readonly MatrixChange[],
  meta: EditMeta,
  cause: AuditEntry['cause'],
): AuditEntry[] {
  const date = new Date(meta.at);
  // A time the host got wrong is kept as given rather than thrown away or thrown on.
  const at = Number.isNaN(date.getTime()) ? String(meta.at) : date.toISOString();
  return changes.map((change) => ({ actor: meta.actor, at, cause, change }));
}

/** Applies changes one by one, collecting what undoes them (in undo order). */
function applyWithInverse(matrix: Matrix, changes: readonly MatrixChange[]) {
  let current = matrix;
  const inverse: MatrixChange[][] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as MatrixChange;
    const result = applyMatrixChanges(current, [change]);
    if (!result.ok)
      return {
        ok: false as const,
        error: { ...result.error, changeIndex: i, path: [i, ...result.error.path.slice(1)] },
      };
    inverse.unshift(invertChange(current, change));
    current = result.value;
  }
  return { ok: true as const, matrix: current, inverse: inverse.flat() };
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
  const applied = applyWithInverse(history.matrix, changes);
  if (!applied.ok) return applied;
  if (changes.length === 0) return { ok: true, history, entries: [] };
  const past = [...history.past, { changes, inverse: applied.inverse }].slice(-history.limit);
  return {
    ok: true,
    history: { ...history, matrix: applied.matrix, past, future: [] },
    entries: entriesFor(changes, meta, 'edit'),
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
  const step = history.past.at(-1);
  if (!step) return { history, entries: [] };
  const result = applyMatrixChanges(history.matrix, step.inverse);
  // An inverse always applies to the matrix it was made from; refusing here means the history
  // was edited by hand, so leave it alone rather than guess.
  if (!result.ok) return { history, entries: [] };
  return {
    history: {
      ...history,
      matrix: result.value,
      past: history.past.slice(0, -1),
      future: [step, ...history.future],
    },
    entries: entriesFor(step.inverse, meta, 'undo'),
  };
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
  const [step, ...future] = history.future;
  if (!step) return { history, entries: [] };
  const result = applyMatrixChanges(history.matrix, step.changes);
  if (!result.ok) return { history, entries: [] };
  return {
    history: {
      ...history,
      matrix: result.value,
      past: [...history.past, step].slice(-history.limit),
      future,
    },
    entries: entriesFor(step.changes, meta, 'redo'),
  };
}

/** Whether there is a step to undo. */
export const canUndo = (history: MatrixHistory): boolean => history.past.length > 0;

/** Whether there is a step to redo. */
export const canRedo = (history: MatrixHistory): boolean => history.future.length > 0;
