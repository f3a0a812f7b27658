import {
  type ApplyResult,
  applyMatrixChanges,
  type Issue,
  type Matrix,
  type MatrixChange,
  matrixChangesBetween,
} from '@tandem/core';
import * as Y from 'yjs';
import { matrixTypes, readMatrix, writeMatrix } from './matrix-doc';

/** Where an update of the shared matrix came from, as a binding's listeners see it. */
export type MatrixUpdateSource = 'local' | 'remote' | 'undo' | 'redo';

/**
 * One update of the shared matrix: the matrix now, and the Tandem changes that led to it from
 * the previous one — for a peer's edit, changes worked out from the two versions, so the audit
 * log, validation and the components treat it like any other edit.
 */
export interface MatrixUpdate {
  readonly matrix: Matrix;
  readonly changes: readonly MatrixChange[];
  readonly source: MatrixUpdateSource;
}

/** Options of {@link bindMatrix}. */
export interface BindMatrixOptions {
  /** The matrix to start the doc with when it is empty (a new room); ignored otherwise. */
  readonly initial?: Matrix;
  /**
   * This user's transaction origin. Undo and redo only ever touch transactions with it, so
   * undoing never reverts the other team's work. Defaults to a fresh object per binding.
   */
  readonly origin?: object;
  /** Called when the doc holds something that is not a valid matrix (a peer's bad write). */
  readonly onInvalid?: (issues: readonly Issue[]) => void;
}

/** A live two-way binding between a `Y.Doc` and a Tandem matrix. */
export interface MatrixBinding {
  /** The matrix now (the last valid one the doc held); `undefined` until the doc has one. */
  readonly getMatrix: () => Matrix | undefined;
  /** Applies Tandem changes as one transaction with this user's origin; refused ones change nothing. */
  readonly apply: (changes: readonly MatrixChange[]) => ApplyResult;
  /** Listens to every update, local or not; returns the unsubscribe function. */
  readonly subscribe: (listener: (update: MatrixUpdate) => void) => () => void;
  /** Undoes this user's last change (and only this user's). */
  readonly undo: () => boolean;
  /** Redoes this user's last undone change. */
  readonly redo: () => boolean;
  readonly canUndo: () => boolean;
  readonly canRedo: () => boolean;
  /** Stops listening to the doc and drops the undo stack. */
  readonly destroy: () => void;
}

/**
 * Binds `doc` to a Tandem matrix. Edits go in as Tandem change objects (checked by the core's
 * `applyMatrixChanges` first, then written field by field in one `doc.transact`); every update
 * comes back out as the matrix plus Tandem changes, whoever made it. Undo is per user: a
 * `Y.UndoManager` tracking this binding's origin only.
 *
 * @example
 * const doc = new Y.Doc();
 * new HocuspocusProvider({ url: 'ws://127.0.0.1:1234', name: 'acme-matrix', document: doc });
 * const binding = bindMatrix(doc, { initial: starterMatrix });
 * binding.subscribe(({ matrix, changes, source }) => render(matrix));
 * binding.apply([{ type: 'setCell', rowId: 'backup', partyId: 'msp', cell: { roles: ['R', 'A'] } }]);
 */
export function bindMatrix(doc: Y.Doc, options: BindMatrixOptions = {}): MatrixBinding {
  const origin = options.origin ?? {};
  const types = matrixTypes(doc);
  const listeners = new Set<(update: MatrixUpdate) => void>();
  let current = valid(readMatrix(doc), options.onInvalid);
  if (current === undefined && options.initial) {
    const initial = options.initial;
    // The seed is nobody's edit: not undoable.
    doc.transact(() => writeMatrix(doc, undefined, initial), 'tandem:seed');
    current = valid(readMatrix(doc), options.onInvalid);
  }
  const undoManager = new Y.UndoManager([types.meta, types.parties, types.categories, types.rows], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
  let undoing: 'undo' | 'redo' | undefined;

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    const before = current;
    const next = valid(readMatrix(doc), options.onInvalid);
    if (next === undefined) return;
    current = next;
    const source: MatrixUpdateSource =
      transaction.origin === origin ? 'local' : (undoing ?? 'remote');
    const changes = before ? matrixChangesBetween(before, next) : [];
    if (before && changes.length === 0 && before.name === next.name) return;
    for (const listener of listeners) listener({ matrix: next, changes, source });
  };
  doc.on('afterTransaction', onTransaction);

  const step = (kind: 'undo' | 'redo') => {
    const stack = kind === 'undo' ? undoManager.undoStack : undoManager.redoStack;
    if (stack.length === 0) return false;
    undoing = kind;
    try {
      if (kind === 'undo') undoManager.undo();
      else undoManager.redo();
    } finally {
      undoing = undefined;
    }
    return true;
  };

  return {
    getMatrix: () => current,
    apply(changes) {
      if (!current) {
        return {
          ok: false,
          error: {
            code: 'invalid_change',
            message: 'The shared document holds no matrix yet.',
            changeIndex: 0,
            path: [0],
          },
        };
      }
      const result = applyMatrixChanges(current, changes);
      if (result.ok && result.value !== current) {
        const before = current;
        doc.transact(() => writeMatrix(doc, before, result.value), origin);
      }
      return result;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    canUndo: () => undoManager.undoStack.length > 0,
    canRedo: () => undoManager.redoStack.length > 0,
    destroy() {
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
      listeners.clear();
    },
  };
}

function valid(
  result: ReturnType<typeof readMatrix>,
  onInvalid: BindMatrixOptions['onInvalid'],
): Matrix | undefined {
  if (result === undefined) return undefined;
  if (result.ok) return result.value;
  onInvalid?.(result.issues);
  return undefined;
}
