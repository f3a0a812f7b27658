// What useMatrixEditor gives a host, written out and grouped: state, actions, announcements and
// prop getters. Written out (not `ReturnType<…>`) so the public surface is a decision, not a
// side effect of the hook's body.
import type { Matrix, MatrixChange, Party, RoleLetter, Row } from '@tandem/core';
import type { MatrixIssue, ValidationSummary } from '@tandem/core/validate';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { Updater } from '../../hooks/use-controllable-state';
import type { MatrixEditorMessages } from '../messages';
import type { MatrixDisplay, MatrixFilter } from '../model/display-items';
import type {
  MatrixCellAttributes,
  MatrixHeaderAttributes,
  MatrixRowAttributes,
} from '../model/grid-props';
import type { ActiveCell, MatrixDialog, MatrixView } from './use-matrix-editor.types';

/**
 * What the editor shows now. Read it; change it through {@link MatrixEditorActions}.
 *
 * @example
 * const { matrix, view, selected } = editor;
 */
export interface MatrixEditorState {
  /** The matrix shown: the controlled `value`, or the editor's own. */
  readonly matrix: Matrix;
  readonly readOnly: boolean;
  /** The editor's words, with the host's overrides merged in. */
  readonly messages: MatrixEditorMessages;
  readonly view: MatrixView;
  /** A party id whose letters stand out, or `null` (also when that party is gone). */
  readonly perspective: string | null;
  readonly filter: MatrixFilter;
  /** The rows and category headers shown, in order, after filter and collapsed categories. */
  readonly display: MatrixDisplay;
  /** Ids of collapsed categories. */
  readonly collapsed: ReadonlySet<string>;
  /** Ids of selected rows that still exist. */
  readonly selected: ReadonlySet<string>;
  /** The grid's tab stop: the first shown row's first cell when nothing else is. */
  readonly activeCell: ActiveCell | null;
  readonly dialog: MatrixDialog | null;
  /** The cell whose menu is open. */
  readonly cellMenu: { readonly rowId: string; readonly partyId: string } | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** `false` when the `validate` option turned validation off. */
  readonly validationEnabled: boolean;
  /** Every validation issue of the matrix shown. */
  readonly issues: readonly MatrixIssue[];
  readonly summary: ValidationSummary;
  /** Issues naming a row (notes spanning several rows are left to the summary). */
  readonly rowIssues: (rowId: string) => readonly MatrixIssue[] | undefined;
  /** Issues naming a row and a party. */
  readonly cellIssues: (rowId: string, partyId: string) => readonly MatrixIssue[] | undefined;
}

/**
 * What a host can do to the editor. Edits go through the core's changes, so each is one undo
 * step and reaches `onValueChange`; a refused change is announced and changes nothing.
 *
 * @example
 * editor.dispatch([{ type: 'renameRow', rowId: 'backup', name: 'Backups' }], 'Renamed.');
 */
export interface MatrixEditorActions {
  /** Applies changes as one undo step; `false` (and an announcement) when refused. */
  readonly dispatch: (changes: readonly MatrixChange[], message?: string) => boolean;
  readonly toggleLetter: (rowId: string, partyId: string, letter: RoleLetter) => boolean;
  readonly clearCell: (rowId: string, partyId: string) => boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly setView: (next: Updater<MatrixView>) => void;
  readonly setPerspective: (next: Updater<string | null>) => void;
  readonly setFilter: (next: Updater<MatrixFilter>) => void;
  readonly toggleCategory: (categoryId: string) => void;
  /** Toggles a row; `range` extends from the last row toggled over the rows shown. */
  readonly toggleSelected: (rowId: string, range: boolean) => void;
  readonly setSelection: (rowIds: readonly string[]) => void;
  readonly clearSelection: () => void;
  /** Makes a cell (or, with `partyId: null`, a row's header) the tab stop and focuses it. */
  readonly focusCell: (cell: ActiveCell) => void;
  readonly openDialog: (next: Updater<MatrixDialog | null>) => void;
  readonly closeDialog: () => void;
  readonly openCellMenu: (
    next: Updater<{ readonly rowId: string; readonly partyId: string } | null>,
  ) => void;
  readonly closeCellMenu: () => void;
}

/**
 * The live region's text. Render it in a polite `role="status"` element; the editor changes it
 * even when the same words repeat, so they are heard again.
 *
 * @example
 * <div role="status" aria-live="polite">{editor.announcement}</div>
 */
export interface MatrixEditorAnnouncements {
  readonly announcement: string;
  /** Says something through the same live region. */
  readonly announce: (message: string) => void;
}

/**
 * Attribute bags for a WAI-ARIA grid, the same ones the shipped grid spreads: roles, ARIA
 * states, the roving tab stop, `data-*` states for styling and the grid's keyboard.
 *
 * @example
 * <table {...editor.getGridProps()}><tbody><tr {...editor.getRowProps(row)}>
 *   {matrix.parties.map((party) => <td key={party.id} {...editor.getCellProps(row, party)} />)}
 * </tr></tbody></table>
 */
export interface MatrixEditorPropGetters {
  /** The grid element's: role, label, row count, and the ref that lets the editor move focus. */
  readonly getGridProps: () => MatrixGridProps;
  /** A party's column header: scope, ids, side and the perspective. */
  readonly getHeaderProps: (party: Party) => MatrixHeaderAttributes;
  /** A row's element: role, line, selection, lane and the worst issue. */
  readonly getRowProps: (row: Row) => MatrixRowAttributes;
  /** One cell: the roving tab stop, the grid keyboard (arrows, letters, Delete, …) and states. */
  readonly getCellProps: (row: Row, party: Party) => MatrixCellProps;
}

/**
 * What `getGridProps` returns.
 *
 * @example
 * <table {...editor.getGridProps()} />
 */
export interface MatrixGridProps {
  readonly ref: (node: HTMLElement | null) => void;
  readonly role: 'grid';
  readonly 'aria-label': string;
  readonly 'aria-readonly': true | undefined;
  readonly 'aria-multiselectable': true | undefined;
  /** Every line: the two header lines, category headers and rows shown. */
  readonly 'aria-rowcount': number;
  readonly 'data-state': 'read-only' | 'editable';
}

/**
 * What `getCellProps` returns: the cell's attributes and its handlers.
 *
 * @example
 * <td {...editor.getCellProps(row, party)} />
 */
export interface MatrixCellProps extends MatrixCellAttributes {
  readonly onFocus: () => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onClick: (event: MouseEvent<HTMLElement>) => void;
}

/**
 * What {@link useMatrixEditor} returns: state, actions, announcements and prop getters. The
 * object keeps its identity while nothing in it changes, and so does every function in it while
 * what it reads stays the same.
 *
 * @example
 * function Toolbar({ editor }: { editor: MatrixEditor }) {
 *   return <button type="button" disabled={!editor.canUndo} onClick={editor.undo}>Undo</button>;
 * }
 */
export interface MatrixEditor
  extends MatrixEditorState,
    MatrixEditorActions,
    MatrixEditorAnnouncements,
    MatrixEditorPropGetters {}
