import type { SetCellChange } from '../matrix/changes';
import type { Cell, Qualifier } from '../matrix/model';
import { type RoleLetter, sortRoles } from '../matrix/roles';

// Small builders for the cells that suggested fixes write. They keep a cell's note and
// qualifier unless told otherwise, and never store an empty cell.

/**
 * The cell with `letters` added, optionally under a new qualifier.
 *
 * @example
 * withLetters({ roles: ['C'] }, ['A']); // { roles: ['A', 'C'] }
 */
export function withLetters(
  cell: Cell | undefined,
  letters: readonly RoleLetter[],
  qualifier?: Qualifier,
): Cell {
  const roles = sortRoles([...(cell?.roles ?? []), ...letters]);
  const kept = qualifier ?? cell?.qualifier;
  const note = cell?.note;
  if (kept === undefined) return note === undefined ? { roles } : { roles, note };
  return note === undefined ? { roles, qualifier: kept } : { roles, qualifier: kept, note };
}

/**
 * The cell without the letters `drop` selects, or `null` when nothing worth storing is left.
 * A qualifier only qualifies letters, so it goes when the last letter does; a note stays.
 *
 * @example
 * withoutLetters({ roles: ['R', 'A'] }, (letter) => letter === 'A'); // { roles: ['R'] }
 */
export function withoutLetters(
  cell: Cell | undefined,
  drop: (letter: RoleLetter) => boolean,
): Cell | null {
  const roles = (cell?.roles ?? []).filter((letter) => !drop(letter));
  const note = cell?.note;
  if (roles.length === 0) return note === undefined ? null : { roles, note };
  const qualifier = cell?.qualifier;
  if (qualifier === undefined) return note === undefined ? { roles } : { roles, note };
  return note === undefined ? { roles, qualifier } : { roles, qualifier, note };
}

/**
 * A `setCell` change.
 *
 * @example
 * setCell('backup', 'msp', null); // clears the cell
 */
export function setCell(rowId: string, partyId: string, cell: Cell | null): SetCellChange {
  return { type: 'setCell', rowId, partyId, cell };
}
