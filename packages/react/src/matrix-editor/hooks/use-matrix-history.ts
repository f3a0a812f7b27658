import { type Matrix, type MatrixChange, matrixHistory } from '@tandem/core';
import { useChangeHistory } from '../../hooks/use-change-history';
import type { MatrixEditorMessages } from '../messages';

const EMPTY_MATRIX: Matrix = { variant: 'raci', parties: [], categories: [], rows: [] };

/** What {@link useMatrixHistory} needs. */
export interface UseMatrixHistoryOptions {
  value: Matrix | undefined;
  defaultValue: Matrix | undefined;
  onValueChange: ((next: Matrix, changes: readonly MatrixChange[]) => void) | undefined;
  readOnly: boolean;
  messages: MatrixEditorMessages;
  /** Runs before the new matrix renders, e.g. to revalidate incrementally. */
  afterEdit: (next: Matrix, changes: readonly MatrixChange[]) => void;
}

/**
 * The matrix (controlled or not), its undo history through the core's `matrixHistory`, and a
 * live announcement: the shared {@link useChangeHistory} with the matrix's words. Every edit,
 * undo and redo reaches the host as `onValueChange(next, changes)`.
 *
 * @example
 * const history = useMatrixHistory({ value, defaultValue, onValueChange, readOnly, messages, afterEdit });
 * history.dispatch([{ type: 'renameRow', rowId: 'backup', name: 'Backups' }], 'Renamed.');
 */
export function useMatrixHistory(options: UseMatrixHistoryOptions) {
  const { value, ...history } = useChangeHistory({
    history: matrixHistory,
    value: options.value,
    defaultValue: options.defaultValue ?? EMPTY_MATRIX,
    onValueChange: options.onValueChange,
    name: 'ResponsibilityMatrix',
    actor: 'matrix-editor',
    readOnly: options.readOnly,
    messages: options.messages,
    afterEdit: options.afterEdit,
  });
  return { matrix: value, ...history };
}
