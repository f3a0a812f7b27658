import type { Cell, Matrix, Qualifier, Row } from './model';
import type { RoleLetter } from './roles';
import { findRow } from './row-index';

/** What {@link getCell} returns: always a `roles` array, empty when the cell is unassigned. */
export interface CellView {
  readonly roles: readonly RoleLetter[];
  readonly qualifier?: Qualifier;
  readonly note?: string;
}

const EMPTY: CellView = Object.freeze({ roles: Object.freeze([]) as readonly RoleLetter[] });

/**
 * The stored cell of a party in a row, or `undefined`. Reads own keys only, so a party id such
 * as `constructor` can never reach `Object.prototype`.
 *
 * @example
 * cellOf(row, 'msp')?.roles; // ['R', 'A']
 */
export function cellOf(row: Row, partyId: string): Cell | undefined {
  return Object.hasOwn(row.cells, partyId) ? row.cells[partyId] : undefined;
}

/**
 * The stored cell of a row and party, or `undefined` when the row, the party or the cell is
 * missing.
 *
 * @example
 * findCell(matrix, 'backup', 'msp')?.qualifier;
 */
export function findCell(matrix: Matrix, rowId: string, partyId: string): Cell | undefined {
  const row = findRow(matrix, rowId);
  return row ? cellOf(row, partyId) : undefined;
}

/**
 * What a party holds in a row: `{ roles, qualifier?, note? }` with `roles` in R, A, C, I order,
 * an empty array when unassigned.
 *
 * @example
 * getCell(matrix, 'backup', 'msp'); // { roles: ['R', 'A'] }
 * getCell(matrix, 'backup', 'internal-it'); // { roles: [] }
 */
export function getCell(matrix: Matrix, rowId: string, partyId: string): CellView {
  return findCell(matrix, rowId, partyId) ?? EMPTY;
}

/**
 * Whether a cell holds nothing worth storing (no letters, no qualifier, no note).
 *
 * @example
 * isEmptyCell({ roles: [] }); // true
 */
export function isEmptyCell(cell: Cell): boolean {
  return cell.roles.length === 0 && cell.qualifier === undefined && cell.note === undefined;
}
