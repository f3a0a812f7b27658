import { findRow, laneOfRow, type Party, type Row } from '@tandem/core';
import { type KeyboardEvent, type MouseEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useStableHandlers } from '../../hooks/use-stable-handlers';
import { useStableObject } from '../../hooks/use-stable-object';
import { type MatrixEditorMessages, resolveMatrixEditorMessages } from '../messages';
import { matrixDisplay } from '../model/display-items';
import { cellProps, headerProps, rowProps } from '../model/grid-props';
import { type MatrixRowHandlers, withInternals } from './editor-internals';
import { onGridKey } from './grid-keys';
import type { MatrixCellProps, MatrixEditor, MatrixGridProps } from './matrix-editor-surface';
import type { MatrixDialog, UseMatrixEditorOptions } from './use-matrix-editor.types';
import { useMatrixEdits } from './use-matrix-edits';
import { useMatrixHistory } from './use-matrix-history';
import { cellKey, useMatrixValidation } from './use-matrix-validation';
import { useMatrixViewState } from './use-matrix-view-state';
import { useRovingFocus } from './use-roving-focus';
import { useRowSelection } from './use-row-selection';

export type {
  MatrixCellProps,
  MatrixEditor,
  MatrixEditorActions,
  MatrixEditorAnnouncements,
  MatrixEditorPropGetters,
  MatrixEditorState,
  MatrixGridProps,
} from './matrix-editor-surface';
export type {
  ActiveCell,
  MatrixDialog,
  MatrixView,
  UseMatrixEditorOptions,
} from './use-matrix-editor.types';

/**
 * Headless state for a responsibility matrix editor: the matrix (controlled or not), undo
 * history, validation, view, filter, perspective, selection, collapsed categories, dialogs and
 * a roving focus cell. It returns a {@link MatrixEditor}: state to read, actions, the live
 * announcement, and prop getters for a WAI-ARIA grid — the same ones `<ResponsibilityMatrix>`
 * spreads, so your own markup gets the same roles, states and keyboard.
 *
 * @example
 * function CompactMatrix({ matrix }: { matrix: Matrix }) {
 *   const editor = useMatrixEditor({ defaultValue: matrix });
 *   return (
 *     <table {...editor.getGridProps()}>
 *       <tbody>
 *         {editor.display.rows.map((row) => (
 *           <tr key={row.id} {...editor.getRowProps(row)}>
 *             <th scope="row">{row.name}</th>
 *             {editor.matrix.parties.map((party) => (
 *               <td key={party.id} {...editor.getCellProps(row, party)}>
 *                 {row.cells[party.id]?.roles.join('')}
 *               </td>
 *             ))}
 *           </tr>
 *         ))}
 *       </tbody>
 *     </table>
 *   );
 * }
 */
export function useMatrixEditor(options: UseMatrixEditorOptions): MatrixEditor {
  const { readOnly = false, validate } = options;
  const messages: MatrixEditorMessages = useMemo(
    () => resolveMatrixEditorMessages(options.messages),
    [options.messages],
  );
  const validation = useRef<ReturnType<typeof useMatrixValidation> | null>(null);
  const history = useMatrixHistory({
    value: options.value,
    defaultValue: options.defaultValue,
    onValueChange: options.onValueChange,
    readOnly,
    messages,
    afterEdit: useCallback((next, changes) => validation.current?.afterEdit(next, changes), []),
  });
  const { matrix, dispatch, announce, latest, undo, redo } = history;
  validation.current = useMatrixValidation(matrix, validate);
  const { view: issuesView } = validation.current;
  const look = useMatrixViewState(options);
  const { filter, collapsed } = look;

  const display = useMemo(
    () => matrixDisplay(matrix, filter, collapsed, (rowId) => issuesView.byRow.has(rowId)),
    [matrix, filter, collapsed, issuesView],
  );
  // The core's index by id, built on first use: a remote edit builds no set of 2,000 ids.
  const exists = useCallback((rowId: string) => findRow(matrix, rowId) !== undefined, [matrix]);
  const selection = useRowSelection({
    selection: options.selection,
    defaultSelection: options.defaultSelection,
    onSelectionChange: options.onSelectionChange,
    shown: display.rows,
    exists,
  });
  const [dialog, setDialog] = useState<MatrixDialog | null>(null);
  const [cellMenu, setCellMenu] = useState<{ rowId: string; partyId: string } | null>(null);
  const { toggleLetter, clearCell } = useMatrixEdits({ latest, dispatch, messages });
  const focus = useRovingFocus(display.rows, matrix.parties);
  const { active, setActiveCell, focusCell } = focus;
  const dragging = useRef(false);
  // The editor this render returns, for handlers that run later (keys act through its actions).
  const self = useRef<MatrixEditor | null>(null);

  // One identity for life: memoised rows keep these, and each call reaches this render's code.
  const rowHandlers: MatrixRowHandlers = useStableHandlers<MatrixRowHandlers>({
    onCellFocus: (rowId, partyId) => setActiveCell({ rowId, partyId }),
    onCellKeyDown: (event, rowId, partyId) =>
      self.current && onGridKey(event, rowId, partyId, self.current, dragging.current),
    onCellClick: (event, rowId, partyId) => {
      if (readOnly || event.defaultPrevented) return;
      setActiveCell({ rowId, partyId });
      setCellMenu({ rowId, partyId });
    },
    onSelect: (rowId, range) => selection.toggle(rowId, range),
    onOpenRow: (rowId) => setDialog({ type: 'row', rowId }),
  });

  const rowIssues = useCallback((rowId: string) => issuesView.byRow.get(rowId), [issuesView]);
  const cellIssues = useCallback(
    (rowId: string, partyId: string) => issuesView.byCell.get(cellKey(rowId, partyId)),
    [issuesView],
  );
  const perspective =
    look.perspective !== null && matrix.parties.some((p) => p.id === look.perspective)
      ? look.perspective
      : null;
  // Grid lines by row id: two header lines, then the category headers and rows shown. Built
  // when a host's markup first asks (the shipped grid knows its lines), not on every edit.
  const lines = useMemo(() => {
    let byRow: Map<string, number> | undefined;
    return (rowId: string) => {
      if (!byRow) {
        byRow = new Map();
        for (const [index, item] of display.items.entries())
          if (item.type === 'row') byRow.set(item.row.id, index + 3);
      }
      return byRow.get(rowId);
    };
  }, [display.items]);

  const closeDialog = useCallback(() => setDialog(null), []);
  const closeCellMenu = useCallback(() => setCellMenu(null), []);
  const { setGridNode } = focus;
  const getGridProps = useCallback(
    (): MatrixGridProps => ({
      ref: setGridNode,
      role: 'grid',
      'aria-label': messages.gridLabel(matrix.name),
      'aria-readonly': readOnly || undefined,
      'aria-multiselectable': readOnly ? undefined : true,
      'aria-rowcount': display.items.length + 2,
      'data-state': readOnly ? 'read-only' : 'editable',
    }),
    [setGridNode, messages, matrix.name, readOnly, display.items.length],
  );
  const getHeaderProps = useCallback(
    (party: Party) => headerProps(party, perspective),
    [perspective],
  );
  const getRowProps = useCallback(
    (row: Row) =>
      rowProps({
        row,
        lane: laneOfRow(matrix, row),
        selected: selection.selected.has(row.id),
        readOnly,
        issues: issuesView.byRow.get(row.id),
        perspective,
        ariaRowIndex: lines(row.id),
      }),
    [matrix, selection.selected, readOnly, issuesView, perspective, lines],
  );
  const getCellProps = useCallback(
    (row: Row, party: Party): MatrixCellProps => ({
      ...cellProps({
        row,
        party,
        active: active?.rowId === row.id && active.partyId === party.id,
        readOnly,
        issues: issuesView.byCell.get(cellKey(row.id, party.id)),
        perspective: perspective === party.id,
        unassignedLabel: messages.unassigned,
      }),
      onFocus: () => rowHandlers.onCellFocus(row.id, party.id),
      onKeyDown: (event: KeyboardEvent<HTMLElement>) =>
        rowHandlers.onCellKeyDown(event, row.id, party.id),
      onClick: (event: MouseEvent<HTMLElement>) => rowHandlers.onCellClick(event, row.id, party.id),
    }),
    [active, readOnly, issuesView, perspective, messages, rowHandlers],
  );

  const { revealRow } = focus;
  const { canUndo, canRedo, announcement } = history;
  const { view, setView, setPerspective, setFilter, toggleCategory } = look;
  const { selected, toggle: toggleSelected, set: setSelection, clear: clearSelection } = selection;
  const validationEnabled = validate !== false;
  // One object for as long as nothing in it changes (the memo policy in CONTRIBUTING).
  const editor: MatrixEditor = useStableObject({
    matrix,
    readOnly,
    messages,
    view,
    perspective,
    filter,
    display,
    collapsed,
    selected,
    activeCell: active,
    dialog,
    cellMenu,
    canUndo,
    canRedo,
    validationEnabled,
    issues: issuesView.issues,
    summary: issuesView.summary,
    rowIssues,
    cellIssues,
    dispatch,
    toggleLetter,
    clearCell,
    undo,
    redo,
    setView,
    setPerspective,
    setFilter,
    toggleCategory,
    toggleSelected,
    setSelection,
    clearSelection,
    focusCell,
    openDialog: setDialog,
    closeDialog,
    openCellMenu: setCellMenu,
    closeCellMenu,
    announcement,
    announce,
    getGridProps,
    getHeaderProps,
    getRowProps,
    getCellProps,
  });
  self.current = editor;
  return withInternals(editor, { latest, dragging, revealRow, rowHandlers });
}
