import { categoryBlock } from './category-block';
import { type ChangeRefusal, refuse } from './change-error';
import type {
  AddRowChange,
  MarkRowsReviewedChange,
  MoveRowsChange,
  RemoveRowChange,
  RenameRowChange,
  UpdateRowChange,
} from './changes';
import { checkName, checkNewId } from './check-fields';
import { insertAt, isIndexWithin, removeAt } from './list';
import { locate } from './locate';
import type { Cell, Matrix, Row } from './model';
import { normaliseCell } from './normalise-cell';
import { applyPatch } from './patch';
import { indexById, replaceItem } from './row-index';

const KINDS = new Set(['task', 'decision']);

function checkRowFields(row: Partial<Row>): ChangeRefusal | undefined {
  if (row.kind !== undefined && !KINDS.has(row.kind)) {
    return refuse('invalid_change', 'kind', 'A row is a "task" or a "decision".');
  }
  if (row.description !== undefined && typeof row.description !== 'string') {
    return refuse('invalid_change', 'description', 'A description must be text.');
  }
  if (
    row.tags !== undefined &&
    (!Array.isArray(row.tags) || row.tags.some((t) => typeof t !== 'string'))
  ) {
    return refuse('invalid_change', 'tags', 'Tags must be a list of text.');
  }
  return undefined;
}

/** Applies an `addRow` change. */
export function applyAddRow(matrix: Matrix, change: AddRowChange): Matrix | ChangeRefusal {
  const { row } = change;
  const problem =
    checkNewId(matrix.rows, row.id, 'row.id', 'row') ??
    checkName(row.name, 'row.name', 'row') ??
    (row.kind === undefined
      ? refuse('invalid_change', 'row.kind', 'A row needs a kind.')
      : undefined) ??
    checkRowFields(row);
  if (problem) return problem;
  if (indexById(matrix.categories, row.categoryId) < 0) {
    return refuse(
      'unknown_category',
      'row.categoryId',
      `No category has the id "${row.categoryId}".`,
    );
  }
  const cells: Record<string, Cell> = {};
  for (const partyId of Object.keys(row.cells ?? {})) {
    if (indexById(matrix.parties, partyId) < 0) {
      return refuse('unknown_party', 'row.cells', `No party has the id "${partyId}".`);
    }
    const cell = normaliseCell((row.cells as Record<string, Cell>)[partyId] as Cell, 'row.cells');
    if (cell && 'code' in cell) return cell;
    if (cell) cells[partyId] = cell;
  }
  const { start, end } = categoryBlock(matrix, row.categoryId);
  const index = change.index ?? end - start;
  if (!isIndexWithin(index, end - start)) {
    return refuse(
      'index_out_of_range',
      'index',
      `The category has ${end - start} rows; index ${index} is outside it.`,
    );
  }
  return { ...matrix, rows: insertAt(matrix.rows, start + index, { ...row, cells }) };
}

/** Applies a `removeRow` change. */
export function applyRemoveRow(matrix: Matrix, change: RemoveRowChange): Matrix | ChangeRefusal {
  const index = locate(matrix.rows, change.rowId, 'row', 'rowId');
  if (typeof index !== 'number') return index;
  return { ...matrix, rows: removeAt(matrix.rows, index) };
}

/** Applies a `renameRow` change. */
export function applyRenameRow(matrix: Matrix, change: RenameRowChange): Matrix | ChangeRefusal {
  const index = locate(matrix.rows, change.rowId, 'row', 'rowId');
  if (typeof index !== 'number') return index;
  const problem = checkName(change.name, 'name', 'row');
  if (problem) return problem;
  const row = matrix.rows[index] as Row;
  return { ...matrix, rows: replaceItem(matrix.rows, index, { ...row, name: change.name }) };
}

/** Applies an `updateRow` change; `null` in the patch removes the field. */
export function applyUpdateRow(matrix: Matrix, change: UpdateRowChange): Matrix | ChangeRefusal {
  const index = locate(matrix.rows, change.rowId, 'row', 'rowId');
  if (typeof index !== 'number') return index;
  const { kind, description, tags } = change.patch;
  const problem = checkRowFields({
    ...(kind !== undefined ? { kind } : {}),
    ...(description != null ? { description } : {}),
    ...(tags != null ? { tags } : {}),
  });
  if (problem) return problem;
  const next = applyPatch(matrix.rows[index] as Row, change.patch);
  return { ...matrix, rows: replaceItem(matrix.rows, index, next) };
}

/** Applies a `moveRows` change (see {@link MoveRowsChange}). */
export function applyMoveRows(matrix: Matrix, change: MoveRowsChange): Matrix | ChangeRefusal {
  if (change.rowIds.length === 0) return matrix;
  if (new Set(change.rowIds).size !== change.rowIds.length) {
    return refuse('invalid_change', 'rowIds', 'A row is listed twice.');
  }
  const moving: Row[] = [];
  for (const rowId of change.rowIds) {
    const index = locate(matrix.rows, rowId, 'row', 'rowIds');
    if (typeof index !== 'number') return index;
    moving.push(matrix.rows[index] as Row);
  }
  const categoryId = change.categoryId ?? (moving[0] as Row).categoryId;
  if (indexById(matrix.categories, categoryId) < 0) {
    return refuse('unknown_category', 'categoryId', `No category has the id "${categoryId}".`);
  }
  if (change.categoryId === undefined && moving.some((row) => row.categoryId !== categoryId)) {
    return refuse(
      'invalid_change',
      'categoryId',
      'Rows from several categories need a target categoryId.',
    );
  }
  const ids = new Set(change.rowIds);
  const remaining: Matrix = { ...matrix, rows: matrix.rows.filter((row) => !ids.has(row.id)) };
  const { start, end } = categoryBlock(remaining, categoryId);
  const index = change.index ?? end - start;
  if (!isIndexWithin(index, end - start)) {
    return refuse(
      'index_out_of_range',
      'index',
      `The category has ${end - start} other rows; index ${index} is outside it.`,
    );
  }
  const placed = moving.map((row) =>
    row.categoryId === categoryId ? row : { ...row, categoryId },
  );
  return { ...matrix, rows: insertAt(remaining.rows, start + index, ...placed) };
}

/** Applies a `markRowsReviewed` change: sets (or, with `null`, clears) each row's `reviewedAt`. */
export function applyMarkRowsReviewed(
  matrix: Matrix,
  change: MarkRowsReviewedChange,
): Matrix | ChangeRefusal {
  if (change.at !== null && !Number.isFinite(change.at)) {
    return refuse('invalid_change', 'at', 'A review time is epoch milliseconds, or null.');
  }
  let rows = matrix.rows;
  for (const rowId of change.rowIds) {
    const index = locate(rows, rowId, 'row', 'rowIds');
    if (typeof index !== 'number') return index;
    const row = rows[index] as Row;
    rows = replaceItem(rows, index, applyPatch(row, { reviewedAt: change.at }));
  }
  return rows === matrix.rows ? matrix : { ...matrix, rows };
}
