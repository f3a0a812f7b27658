import {
  commitChanges,
  createHistory,
  canRedo as historyCanRedo,
  canUndo as historyCanUndo,
  type Matrix,
  type MatrixChange,
  type MatrixHistory,
  redo as redoHistory,
  undo as undoHistory,
} from '@tandem/core';
import { useCallback, useRef } from 'react';
import { useAnnouncer } from '../hooks/use-announcer';
import { useControllableState } from '../hooks/use-controllable-state';
import type { MatrixEditorMessages } from './announcements';

const EMPTY_MATRIX: Matrix = { variant: 'raci', parties: [], categories: [], rows: [] };
const EDITOR_META = () => ({ actor: 'matrix-editor', at: Date.now() });

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
 * The matrix (controlled or not), its undo history through the core's `commitChanges`, and a
 * live announcement. Every edit, undo and redo reaches the host as `onValueChange(next, changes)`.
 *
 * @example
 * const history = useMatrixHistory({ value, defaultValue, onValueChange, readOnly, messages, afterEdit });
 * history.dispatch([{ type: 'renameRow', rowId: 'backup', name: 'Backups' }], 'Renamed.');
 */
export function useMatrixHistory(options: UseMatrixHistoryOptions) {
  const { value, defaultValue, onValueChange, readOnly, messages, afterEdit } = options;
  const [matrix, setMatrix] = useControllableState<Matrix, [readonly MatrixChange[]]>({
    value,
    defaultValue: defaultValue ?? EMPTY_MATRIX,
    onChange: onValueChange,
    name: 'ResponsibilityMatrix',
  });
  const { announcement, announce } = useAnnouncer();

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
        announce(messages.readOnly);
        return false;
      }
      if (changes.length === 0) return true;
      const result = commitChanges(historyRef.current, changes, EDITOR_META());
      if (!result.ok) {
        announce(messages.refused(result.error.message));
        return false;
      }
      emit(result.history, changes);
      if (message !== undefined) announce(message);
      return true;
    },
    [readOnly, messages, emit, announce],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      if (readOnly) return announce(messages.readOnly);
      const current = historyRef.current;
      const pending = direction === 'undo' ? current.past.at(-1) : current.future[0];
      if (!pending)
        return announce(direction === 'undo' ? messages.nothingToUndo : messages.nothingToRedo);
      const moved = (direction === 'undo' ? undoHistory : redoHistory)(current, EDITOR_META());
      emit(moved.history, direction === 'undo' ? pending.inverse : pending.changes);
      announce(direction === 'undo' ? messages.undone : messages.redone);
    },
    [readOnly, messages, emit, announce],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  /** The newest matrix, even between a dispatch and the render it causes. */
  const latest = useCallback(() => historyRef.current.matrix, []);

  return {
    matrix,
    latest,
    dispatch,
    undo,
    redo,
    canUndo: !readOnly && historyCanUndo(history),
    canRedo: !readOnly && historyCanRedo(history),
    announcement,
    announce,
  };
}
