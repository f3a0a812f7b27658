import { type ChangeRefusal, refuse } from './change-error';
import type { BulkAssignChange, MoveRoleChange, SetCellChange } from './changes';
import { cellOf } from './get-cell';
import { locate } from './locate';
import type { Cell, Matrix, Row, RowCells } from './model';
import { normaliseCell } from './normalise-cell';
import { replaceItem, shareIndex } from './row-index';

/** A copy of the row's cells with one party's cell set (or removed when `null`). */
export function withCell(cells: RowCells, partyId: string, cell: Cell | null): RowCells {
  const next: Record<string, Cell> = {};
  for (const key of Object.keys(cells)) if (key !== partyId) next[key] = cells[key] as Cell;
  if (cell) next[partyId] = cell;
  return next;
}

function withRow(matrix: Matrix, index: number, row: Row): Matrix {
  return { ...matrix, rows: replaceItem(matrix.rows, index, row) };
}

/** The row a cell change names, after checking that the row and every party exist. */
function locateCell(matrix: Matrix, rowId: string, partyIds: readonly string[]) {
  const rowIndex = locate(matrix.rows, rowId, 'row', 'rowId');
  if (typeof rowIndex !== 'number') return rowIndex;
  for (const partyId of partyIds) {
    const partyIndex = locate(matrix.parties, partyId, 'party', 'partyId');
    if (typeof partyIndex !== 'number') return partyIndex;
  }
  return { rowIndex, row: matrix.rows[rowIndex] as Row };
}

/** Applies a `setCell` change. */
export function applySetCell(matrix: Matrix, change: SetCellChange): Matrix | ChangeRefusal {
  const found = locateCell(matrix, change.rowId, [change.partyId]);
  if ('code' in found) return found;
  const cell = change.cell === null ? null : normaliseCell(change.cell, 'cell');
  if (cell && 'code' in cell) return cell;
  const cells = withCell(found.row.cells, change.partyId, cell);
  return withRow(matrix, found.rowIndex, { ...found.row, cells });
}

/** Applies a `moveRole` change: one letter from one party to another in the same row. */
export function applyMoveRole(matrix: Matrix, change: MoveRoleChange): Matrix | ChangeRefusal {
  const { rowId, letter, fromPartyId, toPartyId } = change;
  const found = locateCell(matrix, rowId, [fromPartyId, toPartyId]);
  if ('code' in found) return found;
  if (fromPartyId === toPartyId) {
    return refuse(
      'invalid_change',
      'toPartyId',
      'A letter cannot move to the party that holds it.',
    );
  }
  const from = cellOf(found.row, fromPartyId);
  const to = cellOf(found.row, toPartyId);
  if (!from?.roles.includes(letter)) {
    return refuse(
      'role_not_held',
      'letter',
      `The party "${fromPartyId}" does not hold ${letter} in this row.`,
    );
  }
  if (to?.roles.includes(letter)) {
    return refuse(
      'role_already_held',
      'letter',
      `The party "${toPartyId}" already holds ${letter} in this row.`,
    );
  }
  const nextFrom = normaliseCell(
    { ...from, roles: from.roles.filter((l) => l !== letter) },
    'letter',
  );
  const nextTo = normaliseCell({ ...(to ?? {}), roles: [...(to?.roles ?? []), letter] }, 'letter');
  if (nextFrom && 'code' in nextFrom) return nextFrom;
  if (nextTo && 'code' in nextTo) return nextTo;
  const cells = withCell(withCell(found.row.cells, fromPartyId, nextFrom), toPartyId, nextTo);
  return withRow(matrix, found.rowIndex, { ...found.row, cells });
}

/** Applies a `bulkAssign` change: add, remove or set letters for one party across rows. */
export function applyBulkAssign(matrix: Matrix, change: BulkAssignChange): Matrix | ChangeRefusal {
  const partyIndex = locate(matrix.parties, change.partyId, 'party', 'partyId');
  if (typeof partyIndex !== 'number') return partyIndex;
  if (new Set(change.rowIds).size !== change.rowIds.length) {
    return refuse('invalid_change', 'rowIds', 'A row is listed twice.');
  }
  const rows = matrix.rows.slice();
  for (const rowId of change.rowIds) {
    const index = locate(matrix.rows, rowId, 'row', 'rowIds');
    if (typeof index !== 'number') return index;
    const row = rows[index] as Row;
    const current = cellOf(row, change.partyId);
    const held = current?.roles ?? [];
    const roles =
      change.mode === 'replace'
        ? change.roles
        : change.mode === 'add'
          ? [...held, ...change.roles]
          : held.filter((letter) => !change.roles.includes(letter));
    const next = normaliseCell({ ...(current ?? {}), roles }, 'roles');
    if (next && 'code' in next) return next;
    rows[index] = { ...row, cells: withCell(row.cells, change.partyId, next) };
  }
  shareIndex(matrix.rows, rows);
  return { ...matrix, rows };
}
