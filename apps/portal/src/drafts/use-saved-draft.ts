import { type Issue, type ParseResult, sameJson } from '@tandem/core';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { PsaResponse } from '../api/fetch-psa';
import type { SaveOutcome } from '../api/psa-client';
import type { SavedMeta } from '../api/types';
import type { PsaResource } from '../use-psa-resource';
import { type DraftAction, type DraftState, draftReducer, type PendingChange } from './draft-state';
import { readStoredDraft, storeDraft } from './stored-draft';

/** What the portal needs to know of an editable PSA resource. */
export interface DraftResource<S extends SavedMeta, V, C> {
  /** Names the draft in this browser's storage. */
  readonly key: string;
  readonly load: (init: RequestInit) => Promise<PsaResponse<S>>;
  /** Reads a saved resource kept in storage (untrusted: a parse function that never throws). */
  readonly read: (body: unknown) => ParseResult<S>;
  readonly save: (
    baseVersion: number,
    draft: V,
    pending: readonly PendingChange<C>[],
  ) => Promise<SaveOutcome<S>>;
  readonly valueOf: (saved: S) => V;
  /** Applies changes to a value, or says why they no longer apply. */
  readonly replay: (value: V, changes: readonly C[]) => ParseResult<V>;
}

/** The draft of one resource as a page uses it. */
export type DraftHandle<S extends SavedMeta, V, C> =
  | { readonly phase: 'loading' }
  | { readonly phase: 'error'; readonly issues: readonly Issue[]; readonly retry: () => void }
  | {
      readonly phase: 'ready';
      readonly state: DraftState<S, V, C>;
      /**
       * Records an edit: the next value and the changes that produced it, made by the user
       * unless `by` names someone else (a colleague's edit arriving in a live session).
       */
      readonly edit: (next: V, changes: readonly C[], by?: string) => void;
      /** Sends the pending changes; does nothing while a save runs or nothing is pending. */
      readonly save: () => Promise<void>;
      /** After a conflict: replay the pending changes on the PSA's version, then save. */
      readonly reapply: () => Promise<void>;
      /** Drops the pending changes and shows the PSA's latest version. */
      readonly discard: () => void;
      readonly dismiss: () => void;
      /** Why a draft kept in this browser could not be restored, if it could not. */
      readonly lostDraft: string | undefined;
    };

/**
 * Loads a PSA resource and keeps the user's draft of it: edits are recorded as change objects
 * (the audit trail the PSA stores), saved with `If-Match` so nobody overwrites a colleague,
 * and kept in this browser's storage until saved, so neither a failed save nor a reload loses
 * them.
 *
 * @example
 * const matrix = useSavedDraft(matrixResource, 'Dana Whitfield (Contoso IT)');
 * if (matrix.phase === 'ready') matrix.edit(next, changes);
 */
export function useSavedDraft<S extends SavedMeta, V, C>(
  resource: DraftResource<S, V, C>,
  actor: string,
  storage: Storage | undefined = globalThis.localStorage,
): DraftHandle<S, V, C> {
  type State = DraftState<S, V, C>;
  const [load, setLoad] = useState<
    | { phase: 'loading' }
    | { phase: 'error'; issues: readonly Issue[] }
    | { phase: 'ready'; lostDraft: string | undefined }
  >({ phase: 'loading' });
  const [state, dispatch] = useReducer(
    (current: State | null, action: DraftAction<S, V, C> | { type: 'init'; state: State }) =>
      action.type === 'init' ? action.state : current && draftReducer(current, action),
    null,
  );
  const [attempt, setAttempt] = useState(0);
  // Saves read the latest state, not the one of the render that created the callback.
  const latest = useRef(state);
  latest.current = state;
  const saving = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the reload trigger.
  useEffect(() => {
    const controller = new AbortController();
    setLoad({ phase: 'loading' });
    resource.load({ signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok) {
        setLoad({ phase: 'error', issues: result.issues });
        return;
      }
      const stored = readStoredDraft(storage, resource);
      dispatch({
        type: 'init',
        state: stored.draft ?? {
          saved: result.value,
          draft: resource.valueOf(result.value),
          pending: [],
          status: { kind: 'idle' },
          restored: false,
        },
      });
      setLoad({ phase: 'ready', lostDraft: stored.lost });
    });
    return () => controller.abort();
  }, [resource, storage, attempt]);

  // Until it is saved, the draft lives in this browser too: a reload or a closed tab keeps it.
  useEffect(() => {
    if (state) storeDraft(storage, resource.key, state);
  }, [state, storage, resource.key]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const edit = useCallback(
    (next: V, changes: readonly C[], by: string = actor) => {
      const at = new Date().toISOString();
      const current = latest.current;
      const clean = !!current && sameJson(next, resource.valueOf(current.saved));
      dispatch({
        type: 'edit',
        draft: next,
        changes: changes.map((change) => ({ actor: by, at, change })),
        clean,
      });
    },
    [actor, resource],
  );

  const save = useCallback(async () => {
    const current = latest.current;
    if (!current || saving.current || current.pending.length === 0) return;
    saving.current = true;
    const count = current.pending.length;
    dispatch({ type: 'saving', count });
    try {
      const outcome = await resource.save(current.saved.version, current.draft, current.pending);
      if (outcome.kind === 'saved') dispatch({ type: 'saved', saved: outcome.saved, count });
      else if (outcome.kind === 'conflict') dispatch({ type: 'conflict', status: outcome });
      else dispatch({ type: 'failed', status: { ...outcome, kind: 'failed' } });
    } finally {
      saving.current = false;
    }
  }, [resource]);

  const reapply = useCallback(async () => {
    const current = latest.current;
    if (current?.status.kind !== 'conflict') return;
    const theirs = current.status.current;
    const replayed = resource.replay(
      resource.valueOf(theirs),
      current.pending.map((pending) => pending.change),
    );
    if (!replayed.ok) {
      const reason = replayed.issues.map((issue) => issue.message).join(' ');
      dispatch({ type: 'stale', message: reason, current: theirs });
      return;
    }
    const rebased = { type: 'rebased', saved: theirs, draft: replayed.value } as const;
    dispatch(rebased);
    // The save below runs before React renders the rebased state, so it reads it from here.
    latest.current = draftReducer(current, rebased);
    await save();
  }, [resource, save]);

  const discard = useCallback(() => {
    const current = latest.current;
    if (!current) return;
    const status = current.status;
    const saved =
      status.kind === 'conflict' || status.kind === 'stale' ? status.current : current.saved;
    dispatch({ type: 'discard', saved, draft: resource.valueOf(saved) });
  }, [resource]);

  const dismiss = useCallback(() => dispatch({ type: 'dismiss' }), []);

  if (load.phase === 'error') return { phase: 'error', issues: load.issues, retry };
  if (load.phase === 'loading' || !state) return { phase: 'loading' };
  return {
    phase: 'ready',
    state,
    edit,
    save,
    reapply,
    discard,
    dismiss,
    lostDraft: load.lostDraft,
  };
}

/** A loaded draft handle. */
export type ReadyDraft<S extends SavedMeta, V, C> = Extract<
  DraftHandle<S, V, C>,
  { phase: 'ready' }
>;

/**
 * A draft handle as a PSA resource, for panels that show loading and errors the same way.
 *
 * @example
 * <ResourcePanel resource={draftAsResource(matrix)} retry={retry}>{(ready) => …}</ResourcePanel>
 */
export function draftAsResource<S extends SavedMeta, V, C>(
  handle: DraftHandle<S, V, C>,
): PsaResource<ReadyDraft<S, V, C>> {
  if (handle.phase === 'ready') return { status: 'ready', value: handle };
  if (handle.phase === 'error') return { status: 'error', issues: handle.issues };
  return { status: 'loading' };
}
