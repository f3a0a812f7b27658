import { applyMatrixChanges, type Matrix, type MatrixChange, type ParseResult } from '@tandem/core';
import {
  applyFlowChanges,
  type EscalationFlowValue,
  type PolicyChange,
} from '@tandem/react/escalation-flow';
import { loadEscalation, loadMatrix, saveEscalation, saveMatrix } from '../api/psa-client';
import type { SavedEscalation, SavedMatrix } from '../api/types';
import { readSavedEscalation, readSavedMatrix } from '../api/wire';
import type { DraftResource } from './use-saved-draft';

/** Replays changes with one of the core's appliers; a change that no longer fits is an issue. */
function replayWith<V, C>(
  apply: (
    value: V,
    changes: readonly C[],
  ) => { ok: true; value: V } | { ok: false; error: { message: string; changeIndex: number } },
) {
  return (value: V, changes: readonly C[]): ParseResult<V> => {
    try {
      const result = apply(value, changes);
      return result.ok
        ? result
        : {
            ok: false,
            issues: [
              {
                path: ['changes', result.error.changeIndex],
                code: 'replay',
                message: result.error.message,
              },
            ],
          };
    } catch (error) {
      // Changes from storage are untrusted: one of a shape no applier expects is refused here.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, issues: [{ path: [], code: 'replay', message }] };
    }
  };
}

/** The responsibility matrix as the portal edits and saves it. */
export const matrixResource: DraftResource<SavedMatrix, Matrix, MatrixChange> = {
  key: 'matrix',
  load: loadMatrix,
  read: readSavedMatrix,
  save: saveMatrix,
  valueOf: (saved) => saved.matrix,
  replay: replayWith(applyMatrixChanges),
};

/** The escalation policy and routing table as the portal edits and saves them. */
export const escalationResource: DraftResource<SavedEscalation, EscalationFlowValue, PolicyChange> =
  {
    key: 'escalation',
    load: loadEscalation,
    read: (body) => readSavedEscalation(body),
    save: saveEscalation,
    valueOf: (saved) => saved.value,
    replay: replayWith(applyFlowChanges),
  };
