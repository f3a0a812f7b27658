import type { MatrixChange } from '../matrix/changes';

/**
 * What a batch of changes means for cached validation: `full` when the parties or the variant
 * changed (every row's facts and messages depend on them); otherwise the rows whose content
 * changed, and whether the set or order of rows changed.
 *
 * @example
 * const impact: ChangeImpact = { kind: 'full' };
 */
export type ChangeImpact =
  | { readonly kind: 'full' }
  | {
      readonly kind: 'rows';
      /** Rows whose content changed, or that were added, removed or moved. */
      readonly rowIds: ReadonlySet<string>;
      /** Whether rows were added, removed or moved. */
      readonly reordered: boolean;
      /** Whether whole categories moved, changing the order of rows no change names. */
      readonly categoriesMoved: boolean;
    };

/**
 * Sorts a batch of changes by what they invalidate.
 *
 * @example
 * changeImpact([{ type: 'renameRow', rowId: 'backup', name: 'Backups' }]);
 * // { kind: 'rows', rowIds: Set { 'backup' }, reordered: false, categoriesMoved: false }
 */
export function changeImpact(changes: readonly MatrixChange[]): ChangeImpact {
  const rowIds = new Set<string>();
  let reordered = false;
  let categoriesMoved = false;
  for (const change of changes) {
    switch (change.type) {
      case 'setCell':
      case 'moveRole':
      case 'renameRow':
      case 'updateRow':
        rowIds.add(change.rowId);
        break;
      case 'bulkAssign':
        for (const id of change.rowIds) rowIds.add(id);
        break;
      case 'addRow':
        rowIds.add(change.row.id);
        reordered = true;
        break;
      case 'removeRow':
        rowIds.add(change.rowId);
        reordered = true;
        break;
      case 'moveRows':
        // A row moved to another category may change category-dependent rules.
        for (const id of change.rowIds) rowIds.add(id);
        reordered = true;
        break;
      case 'moveCategory':
        reordered = true;
        categoriesMoved = true;
        break;
      // Categories are read only by matrix-wide rules, which rerun on every update.
      case 'addCategory':
      case 'removeCategory':
      case 'renameCategory':
      // No rule reads when a row was last reviewed.
      case 'markRowsReviewed':
        break;
      case 'addParty':
      case 'removeParty':
      case 'updateParty':
      case 'moveParty':
      case 'setVariant':
        return { kind: 'full' };
      default:
        // An unknown change (from a newer version) may touch anything.
        return { kind: 'full' };
    }
  }
  return { kind: 'rows', rowIds, reordered, categoriesMoved };
}
