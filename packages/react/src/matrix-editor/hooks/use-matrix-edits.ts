import { getCell, type Matrix, type MatrixChange, type RoleLetter, sortRoles } from '@tandem/core';
import { useCallback } from 'react';
import type { MatrixEditorMessages } from '../messages';

/** What {@link useMatrixEdits} builds on. */
export interface UseMatrixEditsOptions {
  /** The newest matrix, even before the render an edit causes. */
  latest: () => Matrix;
  dispatch: (changes: readonly MatrixChange[], message?: string) => boolean;
  messages: MatrixEditorMessages;
}

/**
 * The cell edits the grid's keys and menu make, each one undo step announced with the row's
 * and party's names (never their ids).
 *
 * @example
 * const { toggleLetter } = useMatrixEdits({ latest, dispatch, messages });
 * toggleLetter('backup', 'msp', 'R'); // "Gave Responsible to Northwind MSP for Backup management."
 */
export function useMatrixEdits({ latest, dispatch, messages }: UseMatrixEditsOptions) {
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

  return { toggleLetter, clearCell };
}
