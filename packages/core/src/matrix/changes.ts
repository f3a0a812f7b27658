import type { Category, Cell, Party, Row } from './model';
import type { RoleLetter, RoleVariant } from './roles';

/**
 * One edit of a matrix, as plain data. A list of applied changes is at once the undo stack, the
 * audit trail and a diff. Apply with `applyMatrixChanges`; undo with `invertChange`.
 *
 * Indexes are positions in the list after the edit (`toIndex`) or where to insert (`index`);
 * an omitted index means "at the end". Row indexes count within the row's category.
 *
 * @example
 * const change: MatrixChange = { type: 'setCell', rowId: 'backup', partyId: 'msp', cell: { roles: ['R', 'A'] } };
 */
export type MatrixChange =
  | AddRowChange
  | RemoveRowChange
  | RenameRowChange
  | UpdateRowChange
  | MoveRowsChange
  | AddCategoryChange
  | RemoveCategoryChange
  | RenameCategoryChange
  | MoveCategoryChange
  | AddPartyChange
  | RemovePartyChange
  | UpdatePartyChange
  | MovePartyChange
  | SetCellChange
  | MoveRoleChange
  | BulkAssignChange
  | SetVariantChange
  | MarkRowsReviewedChange;

/** Adds a row (with its cells) to its category, at `index` within the category or at its end. */
export interface AddRowChange {
  readonly type: 'addRow';
  readonly row: Row;
  readonly index?: number;
}

/** Removes a row and its cells. */
export interface RemoveRowChange {
  readonly type: 'removeRow';
  readonly rowId: string;
}

/** Renames a row. */
export interface RenameRowChange {
  readonly type: 'renameRow';
  readonly rowId: string;
  readonly name: string;
}

/**
 * Changes a row's kind, description or tags. `null` removes an optional field. Use
 * `renameRow` for the name and `moveRows` for the category, so each is audited as itself.
 */
export interface UpdateRowChange {
  readonly type: 'updateRow';
  readonly rowId: string;
  readonly patch: {
    readonly kind?: Row['kind'];
    readonly description?: string | null;
    readonly tags?: readonly string[] | null;
  };
}

/**
 * Moves rows, in the order given, to `categoryId` (or each row's own category when omitted),
 * placing the first at `index` within that category and the rest right after it.
 */
export interface MoveRowsChange {
  readonly type: 'moveRows';
  readonly rowIds: readonly string[];
  readonly categoryId?: string;
  readonly index?: number;
}

/** Adds an empty category at `index` (or at the end). */
export interface AddCategoryChange {
  readonly type: 'addCategory';
  readonly category: Category;
  readonly index?: number;
}

/** Removes an empty category. Remove or move its rows first, in the same batch. */
export interface RemoveCategoryChange {
  readonly type: 'removeCategory';
  readonly categoryId: string;
}

/** Renames a category. */
export interface RenameCategoryChange {
  readonly type: 'renameCategory';
  readonly categoryId: string;
  readonly name: string;
}

/** Moves a category, with all its rows, to `toIndex` among the categories. */
export interface MoveCategoryChange {
  readonly type: 'moveCategory';
  readonly categoryId: string;
  readonly toIndex: number;
}

/** Adds a party at `index` (or at the end), with its cells by row id. */
export interface AddPartyChange {
  readonly type: 'addParty';
  readonly party: Party;
  readonly index?: number;
  readonly cells?: Readonly<Record<string, Cell>>;
}

/** Removes a party and every cell it holds. */
export interface RemovePartyChange {
  readonly type: 'removeParty';
  readonly partyId: string;
}

/** Changes a party's name, side, calendar or colour; `null` removes an optional field. */
export interface UpdatePartyChange {
  readonly type: 'updateParty';
  readonly partyId: string;
  readonly patch: {
    readonly name?: string;
    readonly side?: Party['side'];
    readonly calendarId?: string | null;
    readonly color?: string | null;
  };
}

/** Moves a party to `toIndex` among the parties. */
export interface MovePartyChange {
  readonly type: 'moveParty';
  readonly partyId: string;
  readonly toIndex: number;
}

/** Replaces one cell; `null` (or a cell with nothing in it) clears it. */
export interface SetCellChange {
  readonly type: 'setCell';
  readonly rowId: string;
  readonly partyId: string;
  readonly cell: Cell | null;
}

/**
 * Moves one letter from one party to another in the same row (drag a chip to reassign).
 * Fails if the source does not hold the letter or the target already does.
 */
export interface MoveRoleChange {
  readonly type: 'moveRole';
  readonly rowId: string;
  readonly letter: RoleLetter;
  readonly fromPartyId: string;
  readonly toPartyId: string;
}

/**
 * Gives (`add`), takes away (`remove`) or sets exactly (`replace`) letters for one party
 * across many rows.
 */
export interface BulkAssignChange {
  readonly type: 'bulkAssign';
  readonly rowIds: readonly string[];
  readonly partyId: string;
  readonly roles: readonly RoleLetter[];
  readonly mode: 'add' | 'remove' | 'replace';
}

/** Switches between RACI, RASCI and DACI. Letters the new variant lacks stay and are reported. */
export interface SetVariantChange {
  readonly type: 'setVariant';
  readonly variant: RoleVariant;
}

/**
 * Records that rows were reviewed at `at` (epoch ms) — the quarterly review going over them —
 * or, with `null`, clears the record. Undone row by row, each back to what it was.
 */
export interface MarkRowsReviewedChange {
  readonly type: 'markRowsReviewed';
  readonly rowIds: readonly string[];
  readonly at: number | null;
}

/** The kinds of change, for exhaustive switches and UI menus. */
export type MatrixChangeType = MatrixChange['type'];
