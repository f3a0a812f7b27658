import { replaceAt } from './list';
import type { Category, Matrix, Party, Row } from './model';

// Positions by id, built once per array and remembered by the array's identity. Matrices are
// never mutated, so an index stays right for as long as its array lives; a WeakMap lets it go
// with the array. Edits that keep every id in its place hand the index on to the new array,
// so a cell edit never rebuilds it.
type Identified = readonly { readonly id: string }[];
const positionIndexes = new WeakMap<Identified, Map<string, number>>();

/**
 * The position of the item with this id in a list of rows, parties or categories, or -1.
 * Constant time after the first call on a list.
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

/**
 * The row with this id, or `undefined`. Constant time after the first call on a matrix.
 *
 * @example
 * findRow(matrix, 'backup')?.name; // 'Backup management and testing'
 */
export function findRow(matrix: Matrix, rowId: string): Row | undefined {
  const index = indexById(matrix.rows, rowId);
  return index < 0 ? undefined : matrix.rows[index];
}

/** Lets `next` reuse the index of `previous`: only for a copy whose ids keep their positions. */
export function shareIndex(previous: Identified, next: Identified): void {
  const index = positionIndexes.get(previous);
  if (index) positionIndexes.set(next, index);
}

/** A copy of `list` with one item replaced by an item of the same id, keeping the index. */
export function replaceItem<T extends { readonly id: string }>(
  list: readonly T[],
  index: number,
  item: T,
): T[] {
  const next = replaceAt(list, index, item);
  if (list[index]?.id === item.id) shareIndex(list, next);
  return next;
}
