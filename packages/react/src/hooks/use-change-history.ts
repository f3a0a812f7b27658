import type { ChangeAuditEntry, ChangeHistory, HistoryOps } from '@tandem/core';
import { useCallback, useRef } from 'react';
import { useAnnouncer } from './use-announcer';
import { useControllableState } from './use-controllable-state';

// The one undo/redo backbone of the editors: the document (controlled or not), the core's
// history of it, and what is announced. Each editor gives it the core's history functions for
// its document and its own words.

/**
 * The words {@link useChangeHistory} announces; every editor's message set has them.
 *
 * @example
 * const words: ChangeHistoryMessages = { undone: 'Undone.', redone: 'Redone.', nothingToUndo: 'Nothing to undo.', nothingToRedo: 'Nothing to redo.', readOnly: 'Read-only.', refused: (reason) => `Not changed: ${reason}` };
 */
export interface ChangeHistoryMessages {
  readonly undone: string;
  readonly redone: string;
  readonly nothingToUndo: string;
  readonly nothingToRedo: string;
  readonly readOnly: string;
  /** A change the core refused; `reason` is the core's message. */
  readonly refused: (reason: string) => string;
}

/**
 * Options of {@link useChangeHistory}.
 *
 * @example
 * const options: UseChangeHistoryOptions<Matrix, MatrixChange, MatrixChangeError> = { history: matrixHistory, value, defaultValue, onValueChange, name: 'ResponsibilityMatrix', actor: 'matrix-editor', readOnly, messages };
 */
export interface UseChangeHistoryOptions<D, C, E extends { readonly message: string }> {
  /** The core's history functions for the document (`matrixHistory`, `escalationHistory`). */
  readonly history: HistoryOps<D, C, E>;
  readonly value: D | undefined;
  readonly defaultValue: D;
  /** Every edit, undo and redo: the next document and the changes that produced it. */
  readonly onValueChange: ((next: D, changes: readonly C[]) => void) | undefined;
  /** Names the component in the controlled/uncontrolled warning. */
  readonly name: string;
  /** Who the audit entries name. */
  readonly actor: string;
  readonly readOnly: boolean;
  readonly messages: ChangeHistoryMessages;
  /** Runs before the new document renders, e.g. to revalidate incrementally. */
  readonly afterEdit?: ((next: D, changes: readonly C[]) => void) | undefined;
  /** The audit entries of every edit, undo and redo: who, when, which change. */
  readonly onAudit?: ((entries: readonly ChangeAuditEntry<C>[]) => void) | undefined;
}

/**
 * A document with undo and redo through the core's history, announced in a live region. An
 * empty batch is no step: nothing changes, nothing is announced, and it counts as done.
 *
 * @example
 * const history = useChangeHistory({ history: escalationHistory, value, defaultValue, onValueChange, name: 'EscalationFlow', actor: 'escalation-flow', readOnly, messages });
 * history.dispatch([{ type: 'setStart', stepId: 'eng' }], 'Start moved.');
 */
export function useChangeHistory<D, C, E extends { readonly message: string }>(
  options: UseChangeHistoryOptions<D, C, E>,
) {
  const { history: ops, readOnly, messages, actor, afterEdit, onAudit } = options;
  const [value, setValue] = useControllableState<D, [readonly C[]]>({
    value: options.value,
    defaultValue: options.defaultValue,
    onChange: options.onValueChange,
    name: options.name,
  });
  const { announcement, announce } = useAnnouncer();

  // History belongs to the document the hook last produced; a document from anywhere else (a
  // parent loading another one, or refusing our edit) makes the old steps meaningless.
  const historyRef = useRef<ChangeHistory<D, C>>(ops.create(value));
  if (historyRef.current.value !== value) historyRef.current = ops.create(value);
  const history = historyRef.current;

  const emit = useCallback(
    (next: ChangeHistory<D, C>, changes: readonly C[], entries: readonly ChangeAuditEntry<C>[]) => {
      historyRef.current = next;
      afterEdit?.(next.value, changes);
      setValue(next.value, changes);
      onAudit?.(entries);
    },
    [afterEdit, onAudit, setValue],
  );

  const dispatch = useCallback(
    (changes: readonly C[], message?: string): boolean => {
      if (readOnly) {
        announce(messages.readOnly);
        return false;
      }
      if (changes.length === 0) return true;
      const result = ops.commit(historyRef.current, changes, { actor, at: Date.now() });
      if (!result.ok) {
        announce(messages.refused(result.error.message));
        return false;
      }
      emit(result.history, changes, result.entries);
      if (message !== undefined) announce(message);
      return true;
    },
    [ops, readOnly, messages, actor, emit, announce],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      if (readOnly) return announce(messages.readOnly);
      const current = historyRef.current;
      const moved = ops[direction](current, { actor, at: Date.now() });
      if (moved.history === current)
        return announce(direction === 'undo' ? messages.nothingToUndo : messages.nothingToRedo);
      emit(moved.history, moved.changes, moved.entries);
      announce(direction === 'undo' ? messages.undone : messages.redone);
    },
    [ops, readOnly, messages, actor, emit, announce],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  /** The newest document, even between a dispatch and the render it causes. */
  const latest = useCallback(() => historyRef.current.value, []);

  return {
    value,
    latest,
    dispatch,
    undo,
    redo,
    canUndo: !readOnly && ops.canUndo(history),
    canRedo: !readOnly && ops.canRedo(history),
    announcement,
    announce,
  };
}
