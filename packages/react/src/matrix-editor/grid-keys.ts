import type { Party, RoleLetter, RoleVariant, Row } from '@tandem/core';
import type { KeyboardEvent } from 'react';
import { cellKeyAction } from './cell-keys';
import type { ActiveCell } from './use-matrix-editor.types';

/** What {@link onGridKey} reads and calls: the grid as shown, and the editor's actions. */
export interface GridKeyContext {
  rows: readonly Row[];
  parties: readonly Party[];
  variant: RoleVariant;
  readOnly: boolean;
  /** A drag is on: dnd-kit owns every key. */
  dragging: boolean;
  focusCell: (cell: ActiveCell) => void;
  toggleLetter: (rowId: string, partyId: string, letter: RoleLetter) => void;
  clearCell: (rowId: string, partyId: string) => void;
  openCellMenu: (cell: { rowId: string; partyId: string }) => void;
  openRow: (rowId: string) => void;
  toggleSelected: (rowId: string, range: boolean) => void;
  undo: () => void;
  redo: () => void;
}

/**
 * The grid's keyboard on a cell (`partyId`) or a row's header (`partyId: null`): works out the
 * key's action ({@link cellKeyAction}) and does it.
 *
 * @example
 * onKeyDown={(event) => onGridKey(event, row.id, party.id, context)}
 */
export function onGridKey(
  event: KeyboardEvent<HTMLElement>,
  rowId: string,
  partyId: string | null,
  context: GridKeyContext,
): void {
  const { rows, parties } = context;
  // dnd-kit's keyboard sensor has claimed Space on a drag handle, and owns every key while a
  // drag is on; keys on a widget inside a cell (a letter chip) are that widget's.
  if (event.defaultPrevented || context.dragging) return;
  const target = event.target as Element;
  if (partyId !== null && target.closest?.('[role="gridcell"]') !== target) return;
  const rowIndex = rows.findIndex((row) => row.id === rowId);
  const column = partyId === null ? 0 : parties.findIndex((p) => p.id === partyId) + 1;
  const action = cellKeyAction(event, {
    at: { row: rowIndex, column },
    rows: rows.length,
    columns: parties.length + 1,
    variant: context.variant,
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
    context.focusCell({ rowId: nextRow.id, partyId: nextParty?.id ?? null });
  } else if (action.type === 'toggle' && partyId)
    context.toggleLetter(rowId, partyId, action.letter);
  else if (action.type === 'clear' && partyId) context.clearCell(rowId, partyId);
  else if (action.type === 'menu' && partyId && !context.readOnly)
    context.openCellMenu({ rowId, partyId });
  else if (action.type === 'details') context.openRow(rowId);
  else if (action.type === 'select') context.toggleSelected(rowId, true);
  else if (action.type === 'undo') context.undo();
  else if (action.type === 'redo') context.redo();
}
