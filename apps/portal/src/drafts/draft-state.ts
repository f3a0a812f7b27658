import type { Issue } from '@tandem/core';
import type { AuditRecord, SavedMeta } from '../api/types';

// The life of an editable PSA resource in the portal, as a pure reducer: what the PSA last
// saved, the user's draft on top of it with the changes that made it, and how the last save
// went. Saves are optimistic: the draft is what the page shows while a save is in flight, and
// edits made meanwhile stay pending for the next save. Nothing here ever drops a pending change
// except an explicit "discard".

/** One edit waiting to be saved: the change object and who made it, when. */
export interface PendingChange<C> {
  readonly actor: string;
  readonly at: string;
  readonly change: C;
}

/** How the last save went. */
export type SaveStatus<S> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly count: number }
  | { readonly kind: 'saved'; readonly version: number; readonly at: string }
  | {
      readonly kind: 'failed';
      readonly offline: boolean;
      readonly status: number | 'network';
      readonly issues: readonly Issue[];
    }
  | {
      readonly kind: 'conflict';
      readonly message: string;
      readonly current: S;
      readonly theirs: readonly AuditRecord[];
    }
  | { readonly kind: 'stale'; readonly message: string; readonly current: S };

/** A saved resource `S` (with its version) holding a value `V`, edited by changes `C`. */
export interface DraftState<S extends SavedMeta, V, C> {
  readonly saved: S;
  readonly draft: V;
  readonly pending: readonly PendingChange<C>[];
  readonly status: SaveStatus<S>;
  /** Whether the draft came back from this browser's storage after a reload. */
  readonly restored: boolean;
}

export type DraftAction<S, V, C> =
  | {
      readonly type: 'edit';
      readonly draft: V;
      readonly changes: readonly PendingChange<C>[];
      /** The draft equals the saved value again (everything was undone): nothing is pending. */
      readonly clean?: boolean;
    }
  | { readonly type: 'saving'; readonly count: number }
  | { readonly type: 'saved'; readonly saved: S; readonly count: number }
  | { readonly type: 'failed'; readonly status: Extract<SaveStatus<S>, { kind: 'failed' }> }
  | {
      readonly type: 'conflict';
      readonly status: Extract<SaveStatus<S>, { kind: 'conflict' }>;
    }
  /** The user's changes were replayed on the PSA's newer version. */
  | { readonly type: 'rebased'; readonly saved: S; readonly draft: V }
  /** The user's changes no longer apply to the PSA's version. */
  | { readonly type: 'stale'; readonly message: string; readonly current: S }
  /** Drop the user's pending changes and take `saved` as it is. */
  | { readonly type: 'discard'; readonly saved: S; readonly draft: V }
  | { readonly type: 'dismiss' };

/**
 * The next state of a draft. Pure, so every transition is tested without a browser.
 *
 * @example
 * draftReducer(state, { type: 'saved', saved: response, count: 2 }); // the first two changes are saved
 */
export function draftReducer<S extends SavedMeta, V, C>(
  state: DraftState<S, V, C>,
  action: DraftAction<S, V, C>,
): DraftState<S, V, C> {
  switch (action.type) {
    case 'edit':
      return {
        ...state,
        draft: action.draft,
        // An in-flight save still counts its changes from the start of the list, so the list
        // is only emptied when no save is running.
        pending:
          action.clean && state.status.kind !== 'saving'
            ? []
            : [...state.pending, ...action.changes],
        // A finished save's message gives way to the new edits; a running save stays shown.
        status: state.status.kind === 'saving' ? state.status : { kind: 'idle' },
      };
    case 'saving':
      return { ...state, status: { kind: 'saving', count: action.count } };
    case 'saved':
      // Edits made while the save was in flight stay pending for the next one.
      return {
        ...state,
        saved: action.saved,
        pending: state.pending.slice(action.count),
        status: { kind: 'saved', version: action.saved.version, at: action.saved.savedAt },
        restored: false,
      };
    case 'failed':
      return { ...state, status: action.status };
    case 'conflict':
      return { ...state, status: action.status };
    case 'rebased':
      return { ...state, saved: action.saved, draft: action.draft, status: { kind: 'idle' } };
    case 'stale':
      return {
        ...state,
        status: { kind: 'stale', message: action.message, current: action.current },
      };
    case 'discard':
      return {
        saved: action.saved,
        draft: action.draft,
        pending: [],
        status: { kind: 'idle' },
        restored: false,
      };
    case 'dismiss':
      return state.status.kind === 'saved' ? { ...state, status: { kind: 'idle' } } : state;
  }
}
