import type { Category, Matrix, Party, Row } from './model';

// Lookups by id, built once per array and remembered by the array's identity. Matrices are
// never mutated, so an index stays right for as long as its array lives; a WeakMap lets it go
// with the array.
const rowIndexes = new WeakMap<readonly Row[], Map<string, Row>>();
const positionIndexes = new WeakMap<readonly { id: string }[], Map<string, number>>();

/**
 * The row with this id, or `undefined`. Constant time after the first call on a matrix.
 *
 * @example
 * findRow(matrix, 'backup')?.name; // 'Backup management and testing'
 */
export function findRow(matrix: Matrix, rowId: string): Row | undefined {
  let index = rowIndexes.get(matrix.rows);
  if (!index) {
    index = new Map(matrix.rows.map((row) => [row.id, row]));
    rowIndexes.set(matrix.rows, index);
  }
  return index.get(rowId);
}

/**
 * The position of the item with this id in a list of rows, parties or categories, or -1.
 *
 * @example
 * indexById(matrix.parties, 'msp'); // 1
 */
export function indexById(
  list: readonly Row[] | readonly Party[] | readonly Category[],
  id: string,
): number {
  let index = positionIndexes.get(list);
  if (!index) {
    index = new Map();
    for (let i = 0; i < list.length; i++) index.set((list[i] as { id: string }).id, i);
    positionIndexes.set(list, index);
  }
  return index.get(id) ?? -1;
}
