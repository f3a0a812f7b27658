import type { SavedMeta } from '../api/types';
import type { DraftState, PendingChange } from './draft-state';
import type { DraftResource } from './use-saved-draft';

// A draft kept in the browser between visits: the saved version it started from and the
// pending changes, never the draft itself — on the way back the changes are replayed on that
// version, so a damaged or outdated copy is caught instead of shown.

const keyOf = (key: string) => `tandem-portal:draft:${key}`;

/** Keeps the state's pending changes in `storage`, or removes the copy when nothing is pending. */
export function storeDraft<S extends SavedMeta, V, C>(
  storage: Storage | undefined,
  key: string,
  state: DraftState<S, V, C>,
): void {
  if (!storage) return;
  try {
    if (state.pending.length === 0) storage.removeItem(keyOf(key));
    else storage.setItem(keyOf(key), JSON.stringify({ base: state.saved, pending: state.pending }));
  } catch {
    // Storage full or refused (private mode): the draft still lives in memory.
  }
}

const isPending = (item: unknown): item is PendingChange<unknown> =>
  !!item &&
  typeof item === 'object' &&
  'actor' in item &&
  typeof item.actor === 'string' &&
  'at' in item &&
  typeof item.at === 'string' &&
  'change' in item &&
  !!item.change &&
  typeof item.change === 'object';

/**
 * The draft kept in `storage` for `resource`, restored by replaying its changes on its base
 * version; or why it could not be (`lost`), so the page can say so rather than drop it silently.
 *
 * @example
 * const { draft, lost } = readStoredDraft(localStorage, matrixResource);
 */
export function readStoredDraft<S extends SavedMeta, V, C>(
  storage: Storage | undefined,
  resource: DraftResource<S, V, C>,
): { draft?: DraftState<S, V, C>; lost?: string } {
  let text: string | null | undefined;
  try {
    text = storage?.getItem(keyOf(resource.key));
  } catch {
    return {};
  }
  if (!text) return {};
  const lost = (why: string) => {
    storage?.removeItem(keyOf(resource.key));
    return { lost: `Unsaved edits kept in this browser could not be restored: ${why}` };
  };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return lost('the copy is not valid JSON.');
  }
  if (!stored || typeof stored !== 'object' || !('base' in stored) || !('pending' in stored))
    return lost('the copy is incomplete.');
  const base = resource.read(stored.base);
  if (!base.ok) return lost(base.issues.map((issue) => issue.message).join(' '));
  if (!Array.isArray(stored.pending) || !stored.pending.every(isPending))
    return lost('some of its changes are damaged.');
  const pending: unknown[] = stored.pending;
  if (pending.length === 0) return {};
  // The changes' shapes are checked by replaying them: the core's appliers refuse bad ones.
  const typed = pending as PendingChange<C>[];
  const replayed = resource.replay(
    resource.valueOf(base.value),
    typed.map((item) => item.change),
  );
  if (!replayed.ok) return lost(replayed.issues.map((issue) => issue.message).join(' '));
  return {
    draft: {
      saved: base.value,
      draft: replayed.value,
      pending: typed,
      status: { kind: 'idle' },
      restored: true,
    },
  };
}
