import type { KeyboardEvent } from 'react';
import { cellKeyAction } from '../model/cell-keys';
import type { MatrixEditor } from './matrix-editor-surface';

/** What {@link onGridKey} reads and calls: the editor's own state and actions. */
export type GridKeyEditor = Pick<
  MatrixEditor,
  | 'display'
  | 'matrix'
  | 'readOnly'
  | 'focusCell'
  | 'toggleLetter'
  | 'clearCell'
  | 'openCellMenu'
  | 'openDialog'
  | 'toggleSelected'
  | 'undo'
  | 'redo'
>;

/**
 * The grid's keyboard on a cell (`partyId`) or a row's header (`partyId: null`): works out the
 * key's action ({@link cellKeyAction}) and does it through the editor's public actions.
 * Nothing happens while `dragging`: dnd-kit owns every key then.
 *
 * @example
 * onKeyDown={(event) => onGridKey(event, row.id, party.id, editor, false)}
 */
export function onGridKey(
  event: KeyboardEvent<HTMLElement>,
  rowId: string,
  partyId: string | null,
  editor: GridKeyEditor,
  dragging: boolean,
): void {
  const { rows } = editor.display;
  const { parties } = editor.matrix;
  // dnd-kit's keyboard sensor has claimed Space on a drag handle, and owns every key while a
  // drag is on; keys on a widget inside a cell (a letter chip) are that widget's.
  if (event.defaultPrevented || dragging) return;
  const target = event.target as Element;
  if (partyId !== null && target.closest?.('[role="gridcell"]') !== target) return;
  const rowIndex = rows.findIndex((row) => row.id === rowId);
  const column = partyId === null ? 0 : parties.findIndex((p) => p.id === partyId) + 1;
  const action = cellKeyAction(event, {
    at: { row: rowIndex, column },
    rows: rows.length,
    columns: parties.length + 1,
    variant: editor.matrix.variant,
    rtl: getComputedStyle(event.currentTarget).direction === 'rtl',
  });
  if (!action) return;
  const onHeader = partyId === null;
  if (onHeader && (action.type === 'toggle' || action.type === 'clear' || action.type === 'menu'))
    return;
  event.preventDefault();
  if (action.type === 'move') {
    const nextRow = rows[action.to.row];
    const nextParty = action.to.column === 0 ? null : parties[action.to.column - 1];
    if (!nextRow || nextParty === undefined) return;
    editor.focusCell({ rowId: nextRow.id, partyId: nextParty?.id ?? null });
  } else if (action.type === 'toggle' && partyId)
    editor.toggleLetter(rowId, partyId, action.letter);
  else if (action.type === 'clear' && partyId) editor.clearCell(rowId, partyId);
  else if (action.type === 'menu' && partyId && !editor.readOnly)
    editor.openCellMenu({ rowId, partyId });
  else if (action.type === 'details') editor.openDialog({ type: 'row', rowId });
  else if (action.type === 'select') editor.toggleSelected(rowId, true);
  else if (action.type === 'undo') editor.undo();
  else if (action.type === 'redo') editor.redo();
}
