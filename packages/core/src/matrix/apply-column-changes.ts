import { withCell } from './apply-cell-changes';
import { categoryBlock, groupRowsByCategory } from './category-block';
import { type ChangeRefusal, refuse } from './change-error';
import type {
  AddCategoryChange,
  AddPartyChange,
  MoveCategoryChange,
  MovePartyChange,
  RemoveCategoryChange,
  RemovePartyChange,
  RenameCategoryChange,
  UpdatePartyChange,
} from './changes';
import { checkName, checkNewId } from './check-fields';
import { idProblem } from './ids';
import { insertAt, isIndexWithin, moveWithin, removeAt } from './list';
import { locate } from './locate';
import type { Category, Cell, Matrix, Party } from './model';
import { normaliseCell } from './normalise-cell';
import { applyPatch } from './patch';
import { replaceItem, shareIndex } from './row-index';

const SIDES = new Set(['internal', 'provider', 'vendor', 'business']);

function checkPartyFields(party: Partial<Party>, field: string): ChangeRefusal | undefined {
  if (party.side !== undefined && !SIDES.has(party.side)) {
    return refuse(
      'invalid_change',
      `${field}.side`,
      'A side is internal, provider, vendor or business.',
    );
  }
  if (party.calendarId !== undefined && idProblem(party.calendarId)) {
    return refuse(
      'invalid_change',
      `${field}.calendarId`,
      `A calendar id ${idProblem(party.calendarId)}.`,
    );
  }
  if (party.color !== undefined && (typeof party.color !== 'string' || party.color.length > 100)) {
    return refuse('invalid_change', `${field}.color`, 'A colour must be a short CSS colour.');
  }
  return undefined;
}

/** Applies an `addParty` change, with the party's cells by row id. */
export function applyAddParty(matrix: Matrix, change: AddPartyChange): Matrix | ChangeRefusal {
  const { party } = change;
  const problem =
    checkNewId(matrix.parties, party.id, 'party.id', 'party') ??
    checkName(party.name, 'party.name', 'party') ??
    (party.side === undefined
      ? refuse('invalid_change', 'party.side', 'A party needs a side.')
      : undefined) ??
    checkPartyFields(party, 'party');
  if (problem) return problem;
  const index = change.index ?? matrix.parties.length;
  if (!isIndexWithin(index, matrix.parties.length)) {
    return refuse(
      'index_out_of_range',
      'index',
      `There are ${matrix.parties.length} parties; index ${index} is outside them.`,
    );
  }
  const rows = matrix.rows.slice();
  for (const rowId of Object.keys(change.cells ?? {})) {
    const rowIndex = locate(matrix.rows, rowId, 'row', 'cells');
    if (typeof rowIndex !== 'number') return rowIndex;
    const cell = normaliseCell((change.cells as Record<string, Cell>)[rowId] as Cell, 'cells');
    if (cell && 'code' in cell) return cell;
    const row = rows[rowIndex] as (typeof rows)[number];
    if (cell) rows[rowIndex] = { ...row, cells: withCell(row.cells, party.id, cell) };
  }
  shareIndex(matrix.rows, rows);
  return { ...matrix, parties: insertAt(matrix.parties, index, party), rows };
}

/** Applies a `removeParty` change: the party goes, and every cell it held. */
export function applyRemoveParty(
  matrix: Matrix,
  change: RemovePartyChange,
): Matrix | ChangeRefusal {
  const index = locate(matrix.parties, change.partyId, 'party', 'partyId');
  if (typeof index !== 'number') return index;
  const rows = matrix.rows.map((row) =>
    Object.hasOwn(row.cells, change.partyId)
      ? { ...row, cells: withCell(row.cells, change.partyId, null) }
      : row,
  );
  shareIndex(matrix.rows, rows);
  return { ...matrix, parties: removeAt(matrix.parties, index), rows };
}

/** Applies an `updateParty` change; `null` in the patch removes the field. */
export function applyUpdateParty(
  matrix: Matrix,
  change: UpdatePartyChange,
): Matrix | ChangeRefusal {
  const index = locate(matrix.parties, change.partyId, 'party', 'partyId');
  if (typeof index !== 'number') return index;
  const { name, side, calendarId, color } = change.patch;
  const problem =
    (name !== undefined ? checkName(name, 'patch.name', 'party') : undefined) ??
    checkPartyFields(
      {
        ...(side !== undefined ? { side } : {}),
        ...(calendarId != null ? { calendarId } : {}),
        ...(color != null ? { color } : {}),
      },
      'patch',
    );
  if (problem) return problem;
  const party = applyPatch(matrix.parties[index] as Party, change.patch);
  return { ...matrix, parties: replaceItem(matrix.parties, index, party) };
}

/** Applies a `moveParty` change. */
export function applyMoveParty(matrix: Matrix, change: MovePartyChange): Matrix | ChangeRefusal {
  const from = locate(matrix.parties, change.partyId, 'party', 'partyId');
  if (typeof from !== 'number') return from;
  if (!isIndexWithin(change.toIndex, matrix.parties.length - 1)) {
    return refuse(
      'index_out_of_range',
      'toIndex',
      `There are ${matrix.parties.length} parties; index ${change.toIndex} is outside them.`,
    );
  }
  return { ...matrix, parties: moveWithin(matrix.parties, from, change.toIndex) };
}

/** Applies an `addCategory` change. */
export function applyAddCategory(
  matrix: Matrix,
  change: AddCategoryChange,
): Matrix | ChangeRefusal {
  const { category } = change;
  const problem =
    checkNewId(matrix.categories, category.id, 'category.id', 'category') ??
    checkName(category.name, 'category.name', 'category');
  if (problem) return problem;
  const index = change.index ?? matrix.categories.length;
  if (!isIndexWithin(index, matrix.categories.length)) {
    return refuse(
      'index_out_of_range',
      'index',
      `There are ${matrix.categories.length} categories; index ${index} is outside them.`,
    );
  }
  // An empty category moves no rows, so the rows stay grouped as they are.
  return { ...matrix, categories: insertAt(matrix.categories, index, category) };
}

/** Applies a `removeCategory` change; only an empty category can go. */
export function applyRemoveCategory(
  matrix: Matrix,
  change: RemoveCategoryChange,
): Matrix | ChangeRefusal {
  const index = locate(matrix.categories, change.categoryId, 'category', 'categoryId');
  if (typeof index !== 'number') return index;
  const { start, end } = categoryBlock(matrix, change.categoryId);
  if (end > start) {
    return refuse(
      'category_not_empty',
      'categoryId',
      `The category still has ${end - start} rows; remove or move them first.`,
    );
  }
  return { ...matrix, categories: removeAt(matrix.categories, index) };
}

/** Applies a `renameCategory` change. */
export function applyRenameCategory(
  matrix: Matrix,
  change: RenameCategoryChange,
): Matrix | ChangeRefusal {
  const index = locate(matrix.categories, change.categoryId, 'category', 'categoryId');
  if (typeof index !== 'number') return index;
  const problem = checkName(change.name, 'name', 'category');
  if (problem) return problem;
  const category: Category = { ...(matrix.categories[index] as Category), name: change.name };
  return { ...matrix, categories: replaceItem(matrix.categories, index, category) };
}

/** Applies a `moveCategory` change; the category's rows move with it. */
export function applyMoveCategory(
  matrix: Matrix,
  change: MoveCategoryChange,
): Matrix | ChangeRefusal {
  const from = locate(matrix.categories, change.categoryId, 'category', 'categoryId');
  if (typeof from !== 'number') return from;
  if (!isIndexWithin(change.toIndex, matrix.categories.length - 1)) {
    return refuse(
      'index_out_of_range',
      'toIndex',
      `There are ${matrix.categories.length} categories; index ${change.toIndex} is outside them.`,
    );
  }
  const categories = moveWithin(matrix.categories, from, change.toIndex);
  return { ...matrix, categories, rows: groupRowsByCategory(matrix.rows, categories) };
}
