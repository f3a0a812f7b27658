import {
  commitChanges,
  createHistory,
  getCell,
  canRedo as historyCanRedo,
  canUndo as historyCanUndo,
  laneOfRow,
  type Matrix,
  type MatrixChange,
  type MatrixHistory,
  type Party,
  type RoleLetter,
  type Row,
  redo as redoHistory,
  sortRoles,
  undo as undoHistory,
} from '@tandem/core';
import type { MatrixIssue, Severity, ValidateOptions } from '@tandem/core/validate';
import { type KeyboardEvent, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useControllableState } from '../hooks/use-controllable-state';
import {
  type MatrixEditorMessageOverrides,
  type MatrixEditorMessages,
  resolveMatrixEditorMessages,
} from './announcements';
import { cellKeyAction } from './cell-keys';
import { cellKey, useMatrixValidation } from './use-matrix-validation';

/**
 * Options of {@link useMatrixEditor}.
 *
 * @example
 * const options: UseMatrixEditorOptions = { value, onValueChange: (next) => save(next), readOnly: !canEdit };
 */
export interface UseMatrixEditorOptions {
  value?: Matrix | undefined;
  defaultValue?: Matrix | undefined;
  /** Every edit, undo and redo: the next matrix and the changes that produced it. */
  onValueChange?: ((next: Matrix, changes: readonly MatrixChange[]) => void) | undefined;
  readOnly?: boolean | undefined;
  messages?: MatrixEditorMessageOverrides | undefined;
  /** Options for the validator, read once; `false` turns validation off. */
  validate?: ValidateOptions | false | undefined;
}

/**
 * The focused cell, by ids.
 *
 * @example
 * editor.setActiveCell({ rowId: 'backup', partyId: 'msp' });
 */
export interface ActiveCell {
  readonly rowId: string;
  readonly partyId: string;
}

const EMPTY_MATRIX: Matrix = { variant: 'raci', parties: [], categories: [], rows: [] };
const EDITOR_META = () => ({ actor: 'matrix-editor', at: Date.now() });
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The most severe severity among issues, or `undefined` for none.
 *
 * @example
 * worstSeverity(editor.rowIssues('backup')); // 'error'
 */
export function worstSeverity(issues: readonly MatrixIssue[] | undefined): Severity | undefined {
  return SEVERITY_ORDER.find((severity) => issues?.some((issue) => issue.severity === severity));
}

/**
 * Headless state for a responsibility matrix editor: the matrix (controlled or not), undo
 * history, validation, a roving focus cell and attribute bags for a WAI-ARIA grid. The shipped
 * `<ResponsibilityMatrix>` is one way to render it; spread the bags onto your own markup for another.
 *
 * @example
 * const editor = useMatrixEditor({ defaultValue: templates['small-business-one-it'].matrix });
 * <table {...editor.getGridProps()}>… <td {...editor.getCellProps(row, party)} /> …</table>
 */
export function useMatrixEditor(options: UseMatrixEditorOptions) {
  const { value, defaultValue, onValueChange, readOnly = false, validate } = options;
  const messages: MatrixEditorMessages = useMemo(
    () => resolveMatrixEditorMessages(options.messages),
    [options.messages],
  );
  const [matrix, setMatrix] = useControllableState<Matrix, [readonly MatrixChange[]]>({
    value,
    defaultValue: defaultValue ?? EMPTY_MATRIX,
    onChange: onValueChange,
    name: 'ResponsibilityMatrix',
  });
  const { view: validation, afterEdit } = useMatrixValidation(matrix, validate);
  const [announcement, setAnnouncementState] = useState('');
  // A live region only speaks when its text changes, so a repeated message gets an invisible
  // no-break space to be heard again.
  const setAnnouncement = useCallback(
    (message: string) =>
      setAnnouncementState((previous) => (previous === message ? `${message}\u00a0` : message)),
    [],
  );
  const [activeCell, setActiveCell] = useState<ActiveCell | null>(null);
  const baseId = useId();

  // History belongs to the matrix the hook last produced; a matrix from anywhere else (a parent
  // loading another document, or refusing our edit) makes the old steps meaningless.
  const historyRef = useRef<MatrixHistory>(createHistory(matrix));
  if (historyRef.current.matrix !== matrix) historyRef.current = createHistory(matrix);
  const history = historyRef.current;

  const emit = useCallback(
    (next: MatrixHistory, changes: readonly MatrixChange[]) => {
      historyRef.current = next;
      afterEdit(next.matrix, changes);
      setMatrix(next.matrix, changes);
    },
    [afterEdit, setMatrix],
  );

  const dispatch = useCallback(
    (changes: readonly MatrixChange[], message?: string): boolean => {
      if (readOnly) {
        setAnnouncement(messages.readOnly);
        return false;
      }
      const result = commitChanges(historyRef.current, changes, EDITOR_META());
      if (!result.ok) {
        setAnnouncement(messages.refused(result.error.message));
        return false;
      }
      emit(result.history, changes);
      if (message !== undefined) setAnnouncement(message);
      return true;
    },
    [readOnly, messages, emit, setAnnouncement],
  );

  const names = useCallback((rowId: string, partyId: string) => {
    const latest = historyRef.current.matrix;
    const row = latest.rows.find((candidate) => candidate.id === rowId);
    const party = latest.parties.find((candidate) => candidate.id === partyId);
    return { row: row?.name ?? rowId, party: party?.name ?? partyId };
  }, []);

  const toggleLetter = useCallback(
    (rowId: string, partyId: string, letter: RoleLetter) => {
      // Read the latest matrix, not this render's, so two toggles in one tick both count.
      const latest = historyRef.current.matrix;
      const cell = getCell(latest, rowId, partyId);
      const held = cell.roles.includes(letter);
      const roles = sortRoles(
        held ? cell.roles.filter((candidate) => candidate !== letter) : [...cell.roles, letter],
      );
      const { roles: _old, ...rest } = cell;
      const edit = { ...names(rowId, partyId), role: messages.roleName(letter, latest.variant) };
      return dispatch(
        [{ type: 'setCell', rowId, partyId, cell: { ...rest, roles } }],
        held ? messages.tookRole(edit) : messages.gaveRole(edit),
      );
    },
    [names, messages, dispatch],
  );

  const clearCell = useCallback(
    (rowId: string, partyId: string) =>
      dispatch(
        [{ type: 'setCell', rowId, partyId, cell: null }],
        messages.clearedCell(names(rowId, partyId)),
      ),
    [dispatch, messages, names],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      if (readOnly) return setAnnouncement(messages.readOnly);
      const current = historyRef.current;
      const pending = direction === 'undo' ? current.past.at(-1) : current.future[0];
      if (!pending)
        return setAnnouncement(
          direction === 'undo' ? messages.nothingToUndo : messages.nothingToRedo,
        );
      const moved = (direction === 'undo' ? undoHistory : redoHistory)(current, EDITOR_META());
      emit(moved.history, direction === 'undo' ? pending.inverse : pending.changes);
      setAnnouncement(direction === 'undo' ? messages.undone : messages.redone);
    },
    [readOnly, messages, emit, setAnnouncement],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  // The roving tab stop falls back to the first cell when the active one no longer exists.
  const active = useMemo<ActiveCell | null>(() => {
    const exists =
      activeCell &&
      matrix.rows.some((row) => row.id === activeCell.rowId) &&
      matrix.parties.some((party) => party.id === activeCell.partyId);
    if (exists) return activeCell;
    const [row] = matrix.rows;
    const [party] = matrix.parties;
    return row && party ? { rowId: row.id, partyId: party.id } : null;
  }, [activeCell, matrix]);

  const cellId = (rowIndex: number, columnIndex: number) =>
    `${baseId}-cell-${rowIndex}-${columnIndex}`;

  const onCellKeyDown = (event: KeyboardEvent<HTMLElement>, row: Row, party: Party) => {
    const action = cellKeyAction(event, {
      at: { row: matrix.rows.indexOf(row), column: matrix.parties.indexOf(party) },
      rows: matrix.rows.length,
      columns: matrix.parties.length,
      variant: matrix.variant,
      rtl: getComputedStyle(event.currentTarget).direction === 'rtl',
    });
    if (!action) return;
    event.preventDefault();
    if (action.type === 'move') {
      const nextRow = matrix.rows[action.to.row];
      const nextParty = matrix.parties[action.to.column];
      if (!nextRow || !nextParty) return;
      setActiveCell({ rowId: nextRow.id, partyId: nextParty.id });
      document.getElementById(cellId(action.to.row, action.to.column))?.focus();
    } else if (action.type === 'toggle') toggleLetter(row.id, party.id, action.letter);
    else if (action.type === 'clear') clearCell(row.id, party.id);
    else if (action.type === 'undo') undo();
    else redo();
  };

  const rowIssues = (rowId: string) => validation.byRow.get(rowId);

  return {
    matrix,
    messages,
    readOnly,
    dispatch,
    toggleLetter,
    clearCell,
    undo,
    redo,
    canUndo: !readOnly && historyCanUndo(history),
    canRedo: !readOnly && historyCanRedo(history),
    announcement,
    activeCell: active,
    setActiveCell,
    issues: validation.issues,
    summary: validation.summary,
    rowIssues,
    cellIssues: (rowId: string, partyId: string) => validation.byCell.get(cellKey(rowId, partyId)),
    validation,
    validationEnabled: validate !== false,
    /** What a party holds in a row, for rendering. */
    cellOf: (row: Row, party: Party) => getCell(matrix, row.id, party.id),
    /** Props for the grid element. */
    getGridProps: () => ({
      role: 'grid' as const,
      'aria-label': messages.gridLabel(matrix.name),
      'aria-readonly': readOnly || undefined,
      'data-state': readOnly ? 'read-only' : 'editable',
    }),
    /** Props for a row's element. */
    getRowProps: (row: Row) => ({
      role: 'row' as const,
      'data-row-id': row.id,
      'data-lane': laneOfRow(matrix, row),
      'data-state': worstSeverity(rowIssues(row.id)) ?? 'valid',
    }),
    /** Props for one cell: roving tab stop, grid keyboard and state. */
    getCellProps: (row: Row, party: Party) => {
      const rowIndex = matrix.rows.indexOf(row);
      const columnIndex = matrix.parties.indexOf(party);
      const isActive = active?.rowId === row.id && active.partyId === party.id;
      const cell = getCell(matrix, row.id, party.id);
      return {
        role: 'gridcell' as const,
        id: cellId(rowIndex, columnIndex),
        tabIndex: isActive ? 0 : -1,
        'aria-readonly': readOnly || undefined,
        'data-party-id': party.id,
        'data-side': party.side,
        'data-active': isActive ? '' : undefined,
        'data-empty': cell.roles.length === 0 ? '' : undefined,
        'data-state': worstSeverity(validation.byCell.get(cellKey(row.id, party.id))) ?? 'valid',
        onFocus: () => setActiveCell({ rowId: row.id, partyId: party.id }),
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => onCellKeyDown(event, row, party),
      };
    },
  };
}

/**
 * What {@link useMatrixEditor} returns.
 *
 * @example
 * function Toolbar({ editor }: { editor: MatrixEditor }) { return <button onClick={editor.undo}>Undo</button>; }
 */
export type MatrixEditor = ReturnType<typeof useMatrixEditor>;
