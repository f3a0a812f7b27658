/** Why a change could not be applied. */
export type MatrixChangeErrorCode =
  | 'unknown_row'
  | 'unknown_party'
  | 'unknown_category'
  | 'duplicate_id'
  | 'reserved_id'
  | 'category_not_empty'
  | 'role_not_held'
  | 'role_already_held'
  | 'index_out_of_range'
  | 'invalid_change';

/**
 * A change that was refused, with the position of the change in the batch. The matrix is left
 * exactly as it was before the batch.
 *
 * @example
 * { code: 'unknown_row', message: 'No row has the id "backup".', changeIndex: 0, path: [0, 'rowId'] }
 */
export interface MatrixChangeError {
  readonly code: MatrixChangeErrorCode;
  readonly message: string;
  /** Position of the refused change in the list given to `applyMatrixChanges`. */
  readonly changeIndex: number;
  /** Where in the change list the offending value is. */
  readonly path: readonly (string | number)[];
}

/** A change refused while applying one change; the batch adds its index. */
export interface ChangeRefusal {
  readonly code: MatrixChangeErrorCode;
  readonly message: string;
  readonly field: string;
}

/** Builds a {@link ChangeRefusal}. */
export function refuse(code: MatrixChangeErrorCode, field: string, message: string): ChangeRefusal {
  return { code, field, message };
}

/** Whether a value returned by an apply step is a refusal rather than a matrix. */
export function isRefusal(value: unknown): value is ChangeRefusal {
  return typeof value === 'object' && value !== null && 'field' in value && 'code' in value;
}
