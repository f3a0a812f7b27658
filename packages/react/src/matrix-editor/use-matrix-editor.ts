import {
  type Cell,
  getCell,
  laneOfRow,
  type Matrix,
  type MatrixChange,
  type Party,
  type RoleLetter,
  type Row,
  sortRoles,
} from '@tandem/core';
import { type MatrixIssue, worstSeverity } from '@tandem/core/validate';
import { type KeyboardEvent, type MouseEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useControllableState } from '../hooks/use-controllable-state';
import { type MatrixEditorMessages, resolveMatrixEditorMessages } from './announcements';
import { cellKeyAction } from './cell-keys';
import { type MatrixFilter, matrixDisplay } from './display-items';
import { focusTarget } from './focus-target';
import type {
  ActiveCell,
  MatrixDialog,
  MatrixRowHandlers,
  MatrixView,
  UseMatrixEditorOptions,
} from './use-matrix-editor.types';
import { useMatrixHistory } from './use-matrix-history';
import { cellKey, useMatrixValidation } from './use-matrix-validation';
import { useRowSelection } from './use-row-selection';

export type {
  ActiveCell,
  MatrixDialog,
  MatrixRowHandlers,
  MatrixView,
  UseMatrixEditorOptions,
} from './use-matrix-editor.types';

import { useIsomorphicLayoutEffect } from '../hooks/use-isomorphic-layout-effect';

const NO_FILTER: MatrixFilter = {};

/**
 * How a party relates to a row under a perspective: it owns it (R/A/D), takes part (C, I, S)
 * or has nothing there.
 *
 * @example
 * perspectiveOf(getCell(matrix, 'backup', 'msp')); // 'owner'
 */
export function perspectiveOf(cell: Cell | undefined): 'owner' | 'involved' | 'none' {
  if (!cell || cell.roles.length === 0) return 'none';
  return cell.roles.some((l) => l === 'R' || l === 'A' || l === 'D') ? 'owner' : 'involved';
}

/**
 * Headless state for a responsibility matrix editor: the matrix (controlled or not), undo
 * history, validation, filter, perspective, selection, collapsed categories, dialogs, a roving
 * focus cell and attribute bags for a WAI-ARIA grid. The shipped `<ResponsibilityMatrix>` is
 * one way to render it; spread the bags onto your own markup for another.
 *
 * @example
 * const editor = useMatrixEditor({ defaultValue: templates['small-business-one-it'].matrix });
 * <table {...editor.getGridProps()}>… <td {...editor.getCellProps(row, party)} /> …</table>
 */
export function useMatrixEditor(options: UseMatrixEditorOptions) {
  const { readOnly = false, validate } = options;
  const messages: MatrixEditorMessages = useMemo(
    () => resolveMatrixEditorMessages(options.messages),
    [options.messages],
  );
  const validation = useRef<ReturnType<typeof useMatrixValidation> | null>(null);
  const afterEdit = useCallback(
    (next: Matrix, changes: readonly MatrixChange[]) =>
      validation.current?.afterEdit(next, changes),
    [],
  );
  const history = useMatrixHistory({
    value: options.value,
    defaultValue: options.defaultValue,
    onValueChange: options.onValueChange,
    readOnly,
    messages,
    afterEdit,
  });
  const { matrix, dispatch, announce, latest } = history;
  validation.current = useMatrixValidation(matrix, validate);
  const { view: issuesView } = validation.current;

  const [view, setView] = useControllableState<MatrixView>({
    value: options.view,
    defaultValue: options.defaultView ?? 'grid',
    onChange: options.onViewChange,
    name: 'ResponsibilityMatrix view',
  });
  const [perspective, setPerspective] = useControllableState<string | null>({
    value: options.perspective,
    defaultValue: options.defaultPerspective ?? null,
    onChange: options.onPerspectiveChange,
    name: 'ResponsibilityMatrix perspective',
  });
  const [filter, setFilter] = useControllableState<MatrixFilter>({
    value: options.filter,
    defaultValue: options.defaultFilter ?? NO_FILTER,
    onChange: options.onFilterChange,
    name: 'ResponsibilityMatrix filter',
  });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const display = useMemo(
    () => matrixDisplay(matrix, filter, collapsed, (rowId) => issuesView.byRow.has(rowId)),
    [matrix, filter, collapsed, issuesView],
  );
  const rowIds = useMemo(() => new Set(matrix.rows.map((row) => row.id)), [matrix.rows]);
  const exists = useCallback((rowId: string) => rowIds.has(rowId), [rowIds]);
  const selection = useRowSelection({
    selection: options.selection,
    defaultSelection: options.defaultSelection,
    onSelectionChange: options.onSelectionChange,
    shown: display.rows,
    exists,
  });
  const [dialog, setDialog] = useState<MatrixDialog | null>(null);
  const [cellMenu, setCellMenu] = useState<{ rowId: string; partyId: string } | null>(null);

  const names = useCallback(
    (rowId: string, partyId: string) => {
      const current = latest();
      const row = current.rows.find((candidate) => candidate.id === rowId);
      const party = current.parties.find((candidate) => candidate.id === partyId);
      return { row: row?.name ?? rowId, party: party?.name ?? partyId };
    },
    [latest],
  );

  const toggleLetter = useCallback(
    (rowId: string, partyId: string, letter: RoleLetter) => {
      // Read the latest matrix, not this render's, so two toggles in one tick both count.
      const current = latest();
      const cell = getCell(current, rowId, partyId);
      const held = cell.roles.includes(letter);
      const roles = sortRoles(
        held ? cell.roles.filter((candidate) => candidate !== letter) : [...cell.roles, letter],
      );
      const { roles: _old, ...rest } = cell;
      const edit = { ...names(rowId, partyId), role: messages.roleName(letter, current.variant) };
      return dispatch(
        [{ type: 'setCell', rowId, partyId, cell: { ...rest, roles } }],
        held ? messages.tookRole(edit) : messages.gaveRole(edit),
      );
    },
    [latest, names, messages, dispatch],
  );

  const clearCell = useCallback(
    (rowId: string, partyId: string) =>
      dispatch(
        [{ type: 'setCell', rowId, partyId, cell: null }],
        messages.clearedCell(names(rowId, partyId)),
      ),
    [dispatch, messages, names],
  );

  // Roving focus. The tab stop falls back to the first shown row's first cell when the active
  // one is gone or filtered out.
  const [activeCell, setActiveCell] = useState<ActiveCell | null>(null);
  const active = useMemo<ActiveCell | null>(() => {
    const shown = activeCell && display.rows.some((row) => row.id === activeCell.rowId);
    const partyOk =
      activeCell?.partyId === null ||
      matrix.parties.some((party) => party.id === activeCell?.partyId);
    if (activeCell && shown && partyOk) return activeCell;
    const [row] = display.rows;
    return row ? { rowId: row.id, partyId: matrix.parties[0]?.id ?? null } : null;
  }, [activeCell, display.rows, matrix.parties]);

  const gridRef = useRef<HTMLElement | null>(null);
  const dragging = useRef(false);
  const pendingFocus = useRef<ActiveCell | null>(null);
  const revealRow = useRef<((rowId: string) => void) | null>(null);
  const setGridNode = useCallback((node: HTMLElement | null) => {
    gridRef.current = node;
  }, []);
  const focusCell = useCallback((cell: ActiveCell) => {
    setActiveCell(cell);
    pendingFocus.current = cell;
  }, []);
  // After each render: focus the cell asked for, or ask a virtualised grid to render its row.
  useIsomorphicLayoutEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted || !gridRef.current) return;
    const index = matrix.parties.findIndex((party) => party.id === wanted.partyId);
    const element = focusTarget(gridRef.current, wanted.rowId, wanted.partyId, index);
    if (element) {
      pendingFocus.current = null;
      element.focus();
      // focus() leaves a cell half in view; wholly in view, and beside a sticky first column
      // (the narrow layout's scroll-padding), the cell reached is always readable.
      element.scrollIntoView?.({ block: 'nearest' }); // inline: 'nearest' is the default
    } else revealRow.current?.(wanted.rowId);
  });

  const onCellKeyDown = (
    event: KeyboardEvent<HTMLElement>,
    rowId: string,
    partyId: string | null,
  ) => {
    // dnd-kit's keyboard sensor has claimed Space on a drag handle, and owns every key while a
    // drag is on; keys on a widget inside a cell (a letter chip) are that widget's.
    if (event.defaultPrevented || dragging.current) return;
    const target = event.target as Element;
    if (partyId !== null && target.closest?.('[role="gridcell"]') !== target) return;
    const rowIndex = display.rows.findIndex((row) => row.id === rowId);
    const column = partyId === null ? 0 : matrix.parties.findIndex((p) => p.id === partyId) + 1;
    const action = cellKeyAction(event, {
      at: { row: rowIndex, column },
      rows: display.rows.length,
      columns: matrix.parties.length + 1,
      variant: matrix.variant,
      rtl: getComputedStyle(event.currentTarget).direction === 'rtl',
    });
    if (!action) return;
    const onHeader = partyId === null;
    if (onHeader && (action.type === 'toggle' || action.type === 'clear' || action.type === 'menu'))
      return;
    event.preventDefault();
    if (action.type === 'move') {
      const nextRow = display.rows[action.to.row];
      const nextParty = action.to.column === 0 ? null : matrix.parties[action.to.column - 1];
      if (!nextRow || nextParty === undefined) return;
      focusCell({ rowId: nextRow.id, partyId: nextParty?.id ?? null });
    } else if (action.type === 'toggle' && partyId) toggleLetter(rowId, partyId, action.letter);
    else if (action.type === 'clear' && partyId) clearCell(rowId, partyId);
    else if (action.type === 'menu' && partyId && !readOnly) setCellMenu({ rowId, partyId });
    else if (action.type === 'details') setDialog({ type: 'row', rowId });
    else if (action.type === 'select') selection.toggle(rowId, true);
    else if (action.type === 'undo') history.undo();
    else if (action.type === 'redo') history.redo();
  };

  // One identity for life: memoised rows keep these, and each call reaches this render's code.
  const handlersRef = useRef<MatrixRowHandlers | null>(null);
  handlersRef.current = {
    onCellFocus: (rowId, partyId) => setActiveCell({ rowId, partyId }),
    onCellKeyDown,
    onCellClick: (event, rowId, partyId) => {
      if (readOnly || event.defaultPrevented) return;
      setActiveCell({ rowId, partyId });
      setCellMenu({ rowId, partyId });
    },
    onSelect: selection.toggle,
    onOpenRow: (rowId) => setDialog({ type: 'row', rowId }),
  };
  const rowHandlers = useMemo<MatrixRowHandlers>(
    () => ({
      onCellFocus: (...args) => handlersRef.current?.onCellFocus(...args),
      onCellKeyDown: (...args) => handlersRef.current?.onCellKeyDown(...args),
      onCellClick: (...args) => handlersRef.current?.onCellClick(...args),
      onSelect: (...args) => handlersRef.current?.onSelect(...args),
      onOpenRow: (...args) => handlersRef.current?.onOpenRow(...args),
    }),
    [],
  );

  const rowIssues = (rowId: string) => issuesView.byRow.get(rowId);
  const closeDialog = useCallback(() => setDialog(null), []);
  const closeCellMenu = useCallback(() => setCellMenu(null), []);
  const toggleCategory = useCallback(
    (categoryId: string) =>
      setCollapsed((previous) => {
        const next = new Set(previous);
        if (!next.delete(categoryId)) next.add(categoryId);
        return next;
      }),
    [],
  );

  return {
    matrix,
    messages,
    readOnly,
    dispatch,
    toggleLetter,
    clearCell,
    undo: history.undo,
    redo: history.redo,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    announcement: history.announcement,
    announce,
    /** The newest matrix, even before the render an edit causes. */
    latest,
    activeCell: active,
    setActiveCell,
    focusCell,
    /** Set while a drag is on, so the grid's keys leave the arrows to the drag. */
    dragging,
    /** A virtualised grid registers how to bring a row into view before it is focused. */
    revealRow,
    issues: issuesView.issues,
    summary: issuesView.summary,
    rowIssues,
    cellIssues: (rowId: string, partyId: string) => issuesView.byCell.get(cellKey(rowId, partyId)),
    validation: issuesView,
    validationEnabled: validate !== false,
    view,
    setView,
    perspective:
      perspective !== null && matrix.parties.some((p) => p.id === perspective) ? perspective : null,
    setPerspective,
    filter,
    setFilter,
    display,
    collapsed,
    toggleCategory,
    selected: selection.selected,
    toggleSelected: selection.toggle,
    setSelection: selection.set,
    clearSelection: selection.clear,
    dialog,
    openDialog: setDialog,
    closeDialog,
    cellMenu,
    openCellMenu: setCellMenu,
    closeCellMenu,
    rowHandlers,
    /** The ownership lane of a row in the current matrix. */
    laneOf: (row: Row) => laneOfRow(matrix, row),
    /** What a party holds in a row, for rendering. */
    cellOf: (row: Row, party: Party) => getCell(matrix, row.id, party.id),
    /** Props for the grid element. */
    getGridProps: () => ({
      ref: setGridNode,
      role: 'grid' as const,
      'aria-label': messages.gridLabel(matrix.name),
      'aria-readonly': readOnly || undefined,
      'aria-multiselectable': readOnly ? undefined : true,
      'aria-rowcount': display.items.length + 2,
      'data-state': readOnly ? 'read-only' : 'editable',
    }),
    /** Props for a row's element. */
    getRowProps: (row: Row) => ({
      role: 'row' as const,
      'aria-selected': readOnly ? undefined : selection.selected.has(row.id),
      'data-row-id': row.id,
      'data-lane': laneOfRow(matrix, row),
      'data-state': worstSeverity(rowIssues(row.id)) ?? 'valid',
    }),
    /** Props for one cell: roving tab stop, grid keyboard and state. */
    getCellProps: (row: Row, party: Party) => {
      const isActive = active?.rowId === row.id && active.partyId === party.id;
      return {
        ...cellAttributes({
          row,
          party,
          active: isActive,
          readOnly,
          issues: issuesView.byCell.get(cellKey(row.id, party.id)),
          perspective: perspective === party.id,
        }),
        'data-party-id': party.id,
        onFocus: () => rowHandlers.onCellFocus(row.id, party.id),
        onKeyDown: (event: KeyboardEvent<HTMLElement>) =>
          rowHandlers.onCellKeyDown(event, row.id, party.id),
        onClick: (event: MouseEvent<HTMLElement>) =>
          rowHandlers.onCellClick(event, row.id, party.id),
      };
    },
  };
}

/** What {@link cellAttributes} needs to describe one cell. */
export interface CellAttributesInput {
  row: Row;
  party: Party;
  active: boolean;
  readOnly: boolean;
  issues: readonly MatrixIssue[] | undefined;
  /** Whether the cell's party is the perspective. */
  perspective: boolean;
}

/**
 * The attributes of one matrix cell, without handlers; shared by `getCellProps` and the
 * shipped row, which handles its cells' events once per row. Only the active cell is in the
 * tab order (the others take focus from a click or from code); states are `data-*` strings, and `data-state` appears only on cells with issues.
 *
 * @example
 * <td {...cellAttributes({ row, party, active: true, readOnly: false, issues: undefined, perspective: false })} />
 */
export function cellAttributes({
  row,
  party,
  active,
  readOnly,
  issues,
  perspective,
}: CellAttributesInput) {
  const cell = Object.hasOwn(row.cells, party.id) ? row.cells[party.id] : undefined;
  return {
    role: 'gridcell' as const,
    tabIndex: active ? 0 : -1,
    'aria-readonly': readOnly || undefined,
    'data-active': active ? '' : undefined,
    'data-empty': !cell || cell.roles.length === 0 ? '' : undefined,
    'data-perspective': perspective ? perspectiveOf(cell) : undefined,
    'data-state': worstSeverity(issues),
  };
}

/**
 * What {@link useMatrixEditor} returns.
 *
 * @example
 * function Toolbar({ editor }: { editor: MatrixEditor }) { return <button onClick={editor.undo}>Undo</button>; }
 */
export type MatrixEditor = ReturnType<typeof useMatrixEditor>;
