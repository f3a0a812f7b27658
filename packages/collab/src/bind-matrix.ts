import {
  type ApplyResult,
  applyMatrixChanges,
  type Matrix,
  type MatrixChange,
  matrixChangesBetween,
} from '@tandem/core';
import type * as Y from 'yjs';
import {
  type BindOptions,
  bindDocument,
  type UndoControls,
  type UpdateSource,
} from './bind-document';
import {
  healMatrix,
  matrixTypes,
  readMatrix,
  readMatrixUpdate,
  writeMatrix,
  writeMatrixUpdate,
} from './matrix-doc';

/** Where an update of the shared matrix came from, as a binding's listeners see it. */
export type MatrixUpdateSource = UpdateSource;

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

/** Options of {@link bindMatrix}: the matrix a new room starts with, this user's origin, `onInvalid`. */
export type BindMatrixOptions = BindOptions<Matrix>;

/** A live two-way binding between a `Y.Doc` and a Tandem matrix. */
export interface MatrixBinding extends UndoControls {
  /** The matrix now (the last valid one the doc held); `undefined` until the doc has one. */
  readonly getMatrix: () => Matrix | undefined;
  /** Applies Tandem changes as one transaction with this user's origin; refused ones change nothing. */
  readonly apply: (changes: readonly MatrixChange[]) => ApplyResult;
  /** Listens to every update, local or not; returns the unsubscribe function. */
  readonly subscribe: (listener: (update: MatrixUpdate) => void) => () => void;
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
  const types = matrixTypes(doc);
  const { get, subscribe, ...binding } = bindDocument(
    doc,
    {
      types: [types.meta, types.parties, types.categories, types.rows],
      read: () => readMatrix(doc),
      // A cell edit or a rename reads the rows it touched, not 2,000 rows.
      readUpdate: (transaction, before) => readMatrixUpdate(doc, transaction, before),
      write: (before, after) => writeMatrix(doc, before, after),
      // A cell edit writes the rows it changed, not a comparison of 2,000 rows.
      writeUpdate: (before, after) => writeMatrixUpdate(doc, before, after),
      apply: applyMatrixChanges,
      changesBetween: matrixChangesBetween,
      heal: (last) => healMatrix(doc, last),
      // The name is the one field no matrix change covers.
      same: (before, after) => before.name === after.name,
      empty: {
        code: 'invalid_change',
        message: 'The shared document holds no matrix yet.',
        changeIndex: 0,
        path: [0],
      },
    },
    options,
  );
  return {
    ...binding,
    getMatrix: get,
    subscribe: (listener) =>
      subscribe((matrix, changes, source) => listener({ matrix, changes, source })),
  };
}
