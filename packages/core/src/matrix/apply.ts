import { applyBulkAssign, applyMoveRole, applySetCell } from './apply-cell-changes';
import {
  applyAddCategory,
  applyAddParty,
  applyMoveCategory,
  applyMoveParty,
  applyRemoveCategory,
  applyRemoveParty,
  applyRenameCategory,
  applyUpdateParty,
} from './apply-column-changes';
import {
  applyAddRow,
  applyMarkRowsReviewed,
  applyMoveRows,
  applyRemoveRow,
  applyRenameRow,
  applyUpdateRow,
} from './apply-row-changes';
import { type ChangeRefusal, type MatrixChangeError, refuse } from './change-error';
import type { MatrixChange } from './changes';
import type { Matrix } from './model';
import { ROLE_VARIANTS } from './roles';

/** What applying changes gives: the new matrix, or why a change was refused. */
export type ApplyResult =
  | { readonly ok: true; readonly value: Matrix }
  | { readonly ok: false; readonly error: MatrixChangeError };

function applyOne(matrix: Matrix, change: MatrixChange): Matrix | ChangeRefusal {
  switch (change?.type) {
    case 'addRow':
      return applyAddRow(matrix, change);
    case 'removeRow':
      return applyRemoveRow(matrix, change);
    case 'renameRow':
      return applyRenameRow(matrix, change);
    case 'updateRow':
      return applyUpdateRow(matrix, change);
    case 'moveRows':
      return applyMoveRows(matrix, change);
    case 'addCategory':
      return applyAddCategory(matrix, change);
    case 'removeCategory':
      return applyRemoveCategory(matrix, change);
    case 'renameCategory':
      return applyRenameCategory(matrix, change);
    case 'moveCategory':
      return applyMoveCategory(matrix, change);
    case 'addParty':
      return applyAddParty(matrix, change);
    case 'removeParty':
      return applyRemoveParty(matrix, change);
    case 'updateParty':
      return applyUpdateParty(matrix, change);
    case 'moveParty':
      return applyMoveParty(matrix, change);
    case 'setCell':
      return applySetCell(matrix, change);
    case 'moveRole':
      return applyMoveRole(matrix, change);
    case 'bulkAssign':
      return applyBulkAssign(matrix, change);
    case 'markRowsReviewed':
      return applyMarkRowsReviewed(matrix, change);
    case 'setVariant':
      return Object.hasOwn(ROLE_VARIANTS, change.variant)
        ? { ...matrix, variant: change.variant }
        : refuse('invalid_change', 'variant', 'The variant is raci, rasci or daci.');
    default:
      return refuse(
        'invalid_change',
        'type',
        `"${String((change as { type?: unknown })?.type)}" is not a kind of change.`,
      );
  }
}

/**
 * Applies changes in order and returns the new matrix; the input is never modified. If any
 * change is refused (an unknown id, a duplicate id, a letter the source does not hold …) the
 * whole batch is refused with a typed error naming the change, and nothing is applied.
 *
 * @example
 * const result = applyMatrixChanges(matrix, [
 *   { type: 'moveRole', rowId: 'backup', letter: 'A', fromPartyId: 'msp', toPartyId: 'internal-it' },
 * ]);
 * if (result.ok) save(result.value);
 * else toast(result.error.message);
 */
export function applyMatrixChanges(matrix: Matrix, changes: readonly MatrixChange[]): ApplyResult {
  let current = matrix;
  for (let changeIndex = 0; changeIndex < changes.length; changeIndex++) {
    const next = applyOne(current, changes[changeIndex] as MatrixChange);
    if ('field' in next) {
      const path = next.field.split('.');
      return {
        ok: false,
        error: {
          code: next.code,
          message: next.message,
          changeIndex,
          path: [changeIndex, ...path],
        },
      };
    }
    current = next;
  }
  return { ok: true, value: current };
}
