import type { Issue, ParseResult } from '@tandem/core';
import * as Y from 'yjs';

// The machinery every Tandem binding shares (matrix, policy, routing table): edits go in as
// Tandem changes, checked by the core's applier and written in one transaction with this user's
// origin; every transaction that touches the document's types comes back out as the value read
// from the doc plus the Tandem changes from the previous one; undo is a Y.UndoManager that
// tracks this user's origin only.

/**
 * Where an update of a shared document came from, as a binding's listeners see it.
 *
 * @example
 * binding.subscribe(({ source }) => source === 'remote' && announce('The other team edited'));
 */
export type UpdateSource = 'local' | 'remote' | 'undo' | 'redo';

/** What applying changes gives: the new value, or why the batch was refused. */
export type Applied<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

// Yjs's shared types are invariant in their content; any one of them will do here.
// biome-ignore lint/suspicious/noExplicitAny: see above
type SharedType = Y.AbstractType<any>;

/** How one kind of Tandem document lives in a Y.Doc. */
export interface DocumentCodec<T, C, E> {
  /** The top-level shared types the document uses: undo tracks them, updates are read from them. */
  readonly types: readonly SharedType[];
  readonly read: () => ParseResult<T> | undefined;
  /** Writes the difference between `before` (what the doc holds) and `after`. */
  readonly write: (before: T | undefined, after: T) => void;
  /**
   * Writes `after` when the doc holds exactly `before` (its last read parsed) and the edit is
   * one this writes in fewer steps than `write` (an item's fields); `false`, having written
   * nothing, for `write` to do it instead. Without it, every edit is written by `write`.
   */
  readonly writeUpdate?: (before: T, after: T) => boolean;
  readonly apply: (value: T, changes: readonly C[]) => Applied<T, E>;
  readonly changesBetween: (before: T, after: T) => C[];
  /** Sets back the required fields the doc lost since `last` (a valid version), nothing else. */
  readonly heal: (last: T) => void;
  /** Whether two versions with no changes between them are the same (fields no change covers). */
  readonly same: (before: T, after: T) => boolean;
  /** The refusal of an edit while the doc holds no document yet. */
  readonly empty: NoInfer<E>;
  /**
   * What `transaction` made of `before` (what the doc held), read from the parts it touched, with
   * the changes between; `undefined` when it touched more than this reads so, and the whole
   * document is read and compared instead. Without it, every transaction reads the whole.
   */
  readonly readUpdate?: (
    transaction: Y.Transaction,
    before: T,
  ) => { readonly value: T; readonly changes: C[] } | undefined;
}

/**
 * The options every binding takes.
 *
 * @example
 * const options: BindOptions<EscalationPolicy> = { initial: standard, onInvalid: console.warn };
 */
export interface BindOptions<T> {
  /** The value to start the doc with when it holds none (a new room); ignored otherwise. */
  readonly initial?: T;
  /**
   * This user's transaction origin. Undo and redo only ever touch transactions with it, so
   * undoing never reverts the other team's work. Defaults to a fresh object per binding.
   */
  readonly origin?: object;
  /** Called when the doc holds something that does not parse (a peer's bad write). */
  readonly onInvalid?: (issues: readonly Issue[]) => void;
}

/**
 * What every binding offers besides its document: per-user undo and redo, and `destroy`.
 *
 * @example
 * const controls: UndoControls = bindPolicy(doc);
 * if (controls.canUndo()) controls.undo();
 */
export interface UndoControls {
  /** Undoes this user's last change (and only this user's). */
  readonly undo: () => boolean;
  /** Redoes this user's last undone change. */
  readonly redo: () => boolean;
  readonly canUndo: () => boolean;
  readonly canRedo: () => boolean;
  /** Stops listening to the doc and drops the undo stack. */
  readonly destroy: () => void;
}

/** A binding before it is named for its document. */
export interface DocumentBinding<T, C, E> extends UndoControls {
  readonly get: () => T | undefined;
  readonly apply: (changes: readonly C[]) => Applied<T, E>;
  readonly subscribe: (
    listener: (value: T, changes: readonly C[], source: UpdateSource) => void,
  ) => () => void;
}

/** Binds `doc` to one Tandem document described by `codec`. */
export function bindDocument<T, C, E>(
  doc: Y.Doc,
  codec: DocumentCodec<T, C, E>,
  options: BindOptions<T> = {},
): DocumentBinding<T, C, E> {
  const origin = options.origin ?? {};
  type Listener = (value: T, changes: readonly C[], source: UpdateSource) => void;
  const listeners = new Set<Listener>();
  const valid = (result: ParseResult<T> | undefined): T | undefined => {
    if (result === undefined) return undefined;
    if (result.ok) return result.value;
    options.onInvalid?.(result.issues);
    return undefined;
  };
  let current = valid(codec.read());
  if (current === undefined && options.initial !== undefined) {
    const initial = options.initial;
    // The seed is nobody's edit: not undoable.
    doc.transact(() => codec.write(undefined, initial), 'tandem:seed');
    current = valid(codec.read());
  }
  const undoManager = new Y.UndoManager([...codec.types], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
  let undoing: 'undo' | 'redo' | undefined;
  let touched = false;

  // Whether `current` is what the doc holds (its last read parsed), so a transaction's update
  // can be read from `current` and the parts the transaction touched.
  let inStep = current !== undefined;

  /** Reads the doc and tells listeners what changed since the last valid value. */
  const publish = (source: UpdateSource, transaction?: Y.Transaction) => {
    const before = current;
    const update =
      inStep && before !== undefined && transaction
        ? codec.readUpdate?.(transaction, before)
        : undefined;
    if (update) {
      current = update.value;
      if (update.changes.length === 0) return;
      for (const listener of listeners) listener(update.value, update.changes, source);
      return;
    }
    const next = valid(codec.read());
    inStep = next !== undefined;
    if (next === undefined) return;
    current = next;
    const changes = before ? codec.changesBetween(before, next) : [];
    if (before && changes.length === 0 && codec.same(before, next)) return;
    for (const listener of listeners) listener(next, changes, source);
  };

  const onTransaction = (transaction: Y.Transaction) => {
    if (!codec.types.some((type) => transaction.changedParentTypes.has(type))) return;
    if (undoing) touched = true;
    else publish(transaction.origin === origin ? 'local' : 'remote', transaction);
  };
  doc.on('afterTransaction', onTransaction);

  const step = (kind: 'undo' | 'redo') => {
    const stack = kind === 'undo' ? undoManager.undoStack : undoManager.redoStack;
    if (stack.length === 0) return false;
    const last = current;
    undoing = kind;
    touched = false;
    try {
      if (kind === 'undo') undoManager.undo();
      else undoManager.redo();
      // Undoing a field a peer set at the same moment can leave it with no value at all (Yjs
      // will not bring back a value someone else overwrote): the last valid one goes back, in
      // a transaction of its own that is nobody's edit (and writes nothing when nothing is lost).
      if (last !== undefined) doc.transact(() => codec.heal(last), 'tandem:heal');
    } finally {
      undoing = undefined;
    }
    if (touched) publish(kind);
    return true;
  };

  return {
    get: () => current,
    apply(changes) {
      if (current === undefined) return { ok: false, error: codec.empty };
      const result = codec.apply(current, changes);
      if (result.ok && result.value !== current) {
        const before = current;
        doc.transact(() => {
          // Only a doc known to hold `before` may skip what the edit leaves alone; otherwise the
          // whole write also sets back what the doc lost since (a bad client's write).
          if (!(inStep && codec.writeUpdate?.(before, result.value)))
            codec.write(before, result.value);
        }, origin);
      }
      return result;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    canUndo: () => undoManager.undoStack.length > 0,
    canRedo: () => undoManager.redoStack.length > 0,
    destroy() {
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
      listeners.clear();
    },
  };
}
