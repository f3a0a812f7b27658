import { applyMatrixChanges } from './apply';
import { categoryBlock } from './category-block';
import type { MatrixChange, MoveRowsChange } from './changes';
import { cellOf } from './get-cell';
import type { Cell, Matrix, Row } from './model';
import { invertPatch } from './patch';
import { indexById } from './row-index';

/** Position of a row within its category. */
function indexInCategory(matrix: Matrix, row: Row): number {
  return indexById(matrix.rows, row.id) - categoryBlock(matrix, row.categoryId).start;
}

/**
 * The changes that undo `change`, given the matrix it was applied to. Applying `change` and
 * then its inverse gives back a matrix equal to `before`.
 *
 * Returns `[]` when `change` would be refused on `before` (there is nothing to undo).
 *
 * @example
 * const inverse = invertChange(before, change);
 * const after = applyMatrixChanges(before, [change]);
 * applyMatrixChanges(after.value, inverse); // equals `before`
 */
export function invertChange(before: Matrix, change: MatrixChange): MatrixChange[] {
  if (!applyMatrixChanges(before, [change]).ok) return [];
  switch (change.type) {
    case 'addRow':
      return [{ type: 'removeRow', rowId: change.row.id }];
    case 'removeRow': {
      const row = before.rows[indexById(before.rows, change.rowId)] as Row;
      return [{ type: 'addRow', row, index: indexInCategory(before, row) }];
    }
    case 'renameRow': {
      const row = before.rows[indexById(before.rows, change.rowId)] as Row;
      return [{ type: 'renameRow', rowId: row.id, name: row.name }];
    }
    case 'updateRow': {
      const row = before.rows[indexById(before.rows, change.rowId)] as Row;
      return [{ type: 'updateRow', rowId: row.id, patch: invertPatch(row, change.patch) }];
    }
    case 'moveRows':
      return invertMoveRows(before, change);
    case 'addCategory':
      return [{ type: 'removeCategory', categoryId: change.category.id }];
    case 'removeCategory': {
      const index = indexById(before.categories, change.categoryId);
      return [
        {
          type: 'addCategory',
          category: before.categories[index] as Matrix['categories'][number],
          index,
        },
      ];
    }
    case 'renameCategory': {
      const category = before.categories[indexById(before.categories, change.categoryId)];
      return [
        { type: 'renameCategory', categoryId: change.categoryId, name: category?.name ?? '' },
      ];
    }
    case 'moveCategory':
      return [
        {
          type: 'moveCategory',
          categoryId: change.categoryId,
          toIndex: indexById(before.categories, change.categoryId),
        },
      ];
    case 'addParty':
      return [{ type: 'removeParty', partyId: change.party.id }];
    case 'removeParty': {
      const index = indexById(before.parties, change.partyId);
      const cells: Record<string, Cell> = {};
      for (const row of before.rows) {
        const cell = cellOf(row, change.partyId);
        if (cell) cells[row.id] = cell;
      }
      return [
        {
          type: 'addParty',
          party: before.parties[index] as Matrix['parties'][number],
          index,
          cells,
        },
      ];
    }
    case 'updateParty': {
      const party = before.parties[indexById(before.parties, change.partyId)] as object;
      return [
        { type: 'updateParty', partyId: change.partyId, patch: invertPatch(party, change.patch) },
      ];
    }
    case 'moveParty':
      return [
        {
          type: 'moveParty',
          partyId: change.partyId,
          toIndex: indexById(before.parties, change.partyId),
        },
      ];
    case 'setCell': {
      const row = before.rows[indexById(before.rows, change.rowId)] as Row;
      return [
        {
          type: 'setCell',
          rowId: row.id,
          partyId: change.partyId,
          cell: cellOf(row, change.partyId) ?? null,
        },
      ];
    }
    case 'moveRole':
      return [{ ...change, fromPartyId: change.toPartyId, toPartyId: change.fromPartyId }];
    case 'bulkAssign':
      return change.rowIds.map((rowId) => {
        const row = before.rows[indexById(before.rows, rowId)] as Row;
        return {
          type: 'setCell',
          rowId,
          partyId: change.partyId,
          cell: cellOf(row, change.partyId) ?? null,
        };
      });
    case 'setVariant':
      return [{ type: 'setVariant', variant: before.variant }];
    case 'markRowsReviewed':
      // Reversed, so a row listed twice ends at its first value.
      return change.rowIds
        .map((rowId): MatrixChange => {
          const row = before.rows[indexById(before.rows, rowId)] as Row;
          return { type: 'markRowsReviewed', rowIds: [rowId], at: row.reviewedAt ?? null };
        })
        .reverse();
  }
}

/**
 * Undoing a multi-row move: put each moved row back, in its original order, right after the
 * nearest row that preceded it originally and is already where it belongs. Worked out by
 * replaying single-row moves, so each step is computed on the matrix it will meet.
 */
function invertMoveRows(before: Matrix, change: MoveRowsChange): MatrixChange[] {
  const after = applyMatrixChanges(before, [change]);
  if (!after.ok) return [];
  const moved = new Set(change.rowIds);
  const settled = new Set(before.rows.filter((row) => !moved.has(row.id)).map((row) => row.id));
  const steps: MatrixChange[] = [];
  let current = after.value;
  for (let original = 0; original < before.rows.length; original++) {
    const row = before.rows[original] as Row;
    if (!moved.has(row.id)) continue;
    // The nearest earlier row of the same category that is already in place.
    let anchor: Row | undefined;
    for (let k = original - 1; k >= 0; k--) {
      const candidate = before.rows[k] as Row;
      if (candidate.categoryId !== row.categoryId) break;
      if (settled.has(candidate.id)) {
        anchor = candidate;
        break;
      }
    }
    const block = categoryBlock(current, row.categoryId);
    const withoutRow = indexById(current.rows, row.id);
    let index = 0;
    if (anchor) {
      const anchorAt = indexById(current.rows, anchor.id);
      // Positions count rows of the category other than the one being moved.
      index =
        anchorAt - block.start + 1 - (withoutRow >= block.start && withoutRow < anchorAt ? 1 : 0);
    }
    const step: MoveRowsChange = {
      type: 'moveRows',
      rowIds: [row.id],
      categoryId: row.categoryId,
      index,
    };
    steps.push(step);
    const next = applyMatrixChanges(current, [step]);
    if (next.ok) current = next.value;
    settled.add(row.id);
  }
  return steps;
}
