// One undo history for every document the toolkit edits. A document is plain data changed by
// plain change objects; its model says how to apply a batch and how to undo one change. The
// history is plain data too (store it, send it, diff it); the functions that move it are made
// once per model by `defineHistory`.

/** Who made an edit and when, as the host knows it. */
export interface EditMeta {
  /** A user id or name the host understands. */
  readonly actor: string;
  /** ISO 8601 time, or epoch milliseconds (stored as ISO). */
  readonly at: string | number;
}

/**
 * One line of the audit trail: a change that was applied, by whom, when, and whether it was a
 * fresh edit or an undo/redo. Plain data: store it as it is.
 *
 * @example
 * const entry: ChangeAuditEntry<PolicyChange> = { actor: 'ana', at: '2026-11-25T09:00:00.000Z', cause: 'edit', change };
 */
export interface ChangeAuditEntry<C> {
  readonly actor: string;
  readonly at: string;
  readonly cause: 'edit' | 'undo' | 'redo';
  readonly change: C;
}

/**
 * One undoable step: the changes of one user action and the changes that undo them.
 *
 * @example
 * const step: ChangeStep<PolicyChange> = { changes: [move], inverse: [moveBack] };
 */
export interface ChangeStep<C> {
  readonly changes: readonly C[];
  readonly inverse: readonly C[];
}

/**
 * A document with its undo and redo stacks. Plain, serialisable data.
 *
 * @example
 * const history: ChangeHistory<EscalationDocument, PolicyChange> = policyHistory.create(doc);
 */
export interface ChangeHistory<D, C> {
  readonly value: D;
  readonly past: readonly ChangeStep<C>[];
  readonly future: readonly ChangeStep<C>[];
  /** How many steps `past` keeps; older ones are dropped. */
  readonly limit: number;
}

/**
 * What a history needs to know of a document: how to apply a batch of changes (all or nothing,
 * the refused change named by its index in the batch) and which changes undo one change,
 * worked out against the document it is about to be applied to.
 *
 * @example
 * const model: ChangeModel<Matrix, MatrixChange, MatrixChangeError> = { apply: applyMatrixChanges, invert: invertChange };
 */
export interface ChangeModel<D, C, E> {
  readonly apply: (
    value: D,
    changes: readonly C[],
  ) => { readonly ok: true; readonly value: D } | { readonly ok: false; readonly error: E };
  readonly invert: (before: D, change: C) => readonly C[];
}

/**
 * What committing gives: the new history, the changes applied and their audit entries, or
 * why the batch was refused (the history is left as it was).
 *
 * @example
 * const result: CommitResult<Matrix, MatrixChange, MatrixChangeError> = matrixChanges.commit(history, changes, meta);
 */
export type CommitResult<D, C, E> =
  | {
      readonly ok: true;
      readonly history: ChangeHistory<D, C>;
      readonly entries: readonly ChangeAuditEntry<C>[];
    }
  | { readonly ok: false; readonly error: E };

/**
 * What undoing or redoing gives: the new history, the changes that were applied to get there
 * and their audit entries. With nothing to move, the same history and no changes.
 *
 * @example
 * const { history, changes, entries }: StepResult<Matrix, MatrixChange> = matrixChanges.undo(h, meta);
 */
export interface StepResult<D, C> {
  readonly history: ChangeHistory<D, C>;
  readonly changes: readonly C[];
  readonly entries: readonly ChangeAuditEntry<C>[];
}

/**
 * The history functions of one document model.
 *
 * @example
 * const ops: HistoryOps<Matrix, MatrixChange, MatrixChangeError> = defineHistory({ apply, invert });
 */
export interface HistoryOps<D, C, E> {
  /** Starts a history at `value`; `limit` (default 100, at least 1) bounds the undo stack. */
  readonly create: (value: D, options?: { readonly limit?: number }) => ChangeHistory<D, C>;
  /**
   * Applies one user action as one undoable step and clears the redo stack. An empty action
   * is no step at all: the same history comes back, redo stack kept, with no entries.
   */
  readonly commit: (
    history: ChangeHistory<D, C>,
    changes: readonly C[],
    meta: EditMeta,
  ) => CommitResult<D, C, E>;
  /** Undoes the latest step. */
  readonly undo: (history: ChangeHistory<D, C>, meta: EditMeta) => StepResult<D, C>;
  /** Redoes the latest undone step. */
  readonly redo: (history: ChangeHistory<D, C>, meta: EditMeta) => StepResult<D, C>;
  readonly canUndo: (history: ChangeHistory<D, C>) => boolean;
  readonly canRedo: (history: ChangeHistory<D, C>) => boolean;
}

/**
 * The audit entries of changes applied together, stamped with one actor and one time.
 *
 * @example
 * auditEntries([change], { actor: 'ana', at: 0 }, 'edit'); // [{ actor: 'ana', at: '1970-01-01T00:00:00.000Z', cause: 'edit', change }]
 */
export function auditEntries<C>(
  changes: readonly C[],
  meta: EditMeta,
  cause: ChangeAuditEntry<C>['cause'],
): ChangeAuditEntry<C>[] {
  const date = new Date(meta.at);
  // A time the host got wrong is kept as given rather than thrown away or thrown on.
  const at = Number.isNaN(date.getTime()) ? String(meta.at) : date.toISOString();
  return changes.map((change) => ({ actor: meta.actor, at, cause, change }));
}

/**
 * Makes the undo history of a kind of document from its `apply` and `invert`. The matrix and
 * the escalation document each have one; a host's own document can have one too.
 *
 * @example
 * const policyHistory = defineHistory({ apply: applyEscalationChanges, invert: invertEscalationChange });
 * let history = policyHistory.create({ policy, routing });
 * const result = policyHistory.commit(history, [change], { actor: 'ana@contoso.com', at: Date.now() });
 * if (result.ok) { history = result.history; auditLog.push(...result.entries); }
 */
export function defineHistory<D, C, E>(model: ChangeModel<D, C, E>): HistoryOps<D, C, E> {
  const { apply, invert } = model;

  /** Applies changes one by one, collecting what undoes them (in undo order). */
  function applyWithInverse(value: D, changes: readonly C[]) {
    let current = value;
    const inverse: (readonly C[])[] = [];
    for (const change of changes) {
      const result = apply(current, [change]);
      if (!result.ok) {
        // The model, asked about the whole batch, names the refused change by its place in it.
        const batch = apply(value, changes);
        return { ok: false as const, error: batch.ok ? result.error : batch.error };
      }
      inverse.unshift(invert(current, change));
      current = result.value;
    }
    return { ok: true as const, value: current, inverse: inverse.flat() as readonly C[] };
  }

  const move = (
    history: ChangeHistory<D, C>,
    meta: EditMeta,
    direction: 'undo' | 'redo',
  ): StepResult<D, C> => {
    const step = direction === 'undo' ? history.past.at(-1) : history.future[0];
    const unchanged = { history, changes: [], entries: [] };
    if (!step) return unchanged;
    const changes = direction === 'undo' ? step.inverse : step.changes;
    const result = apply(history.value, changes);
    // A step always applies to the value it was made from; refusing here means the history
    // was edited by hand, so leave it alone rather than guess.
    if (!result.ok) return unchanged;
    const next =
      direction === 'undo'
        ? { past: history.past.slice(0, -1), future: [step, ...history.future] }
        : { past: [...history.past, step].slice(-history.limit), future: history.future.slice(1) };
    return {
      history: { ...history, value: result.value, ...next },
      changes,
      entries: auditEntries(changes, meta, direction),
    };
  };

  return {
    create: (value, options = {}) => ({
      value,
      past: [],
      future: [],
      limit: Math.max(1, options.limit ?? 100),
    }),
    commit(history, changes, meta) {
      if (changes.length === 0) return { ok: true, history, entries: [] };
      const applied = applyWithInverse(history.value, changes);
      if (!applied.ok) return applied;
      const past = [...history.past, { changes, inverse: applied.inverse }].slice(-history.limit);
      return {
        ok: true,
        history: { ...history, value: applied.value, past, future: [] },
        entries: auditEntries(changes, meta, 'edit'),
      };
    },
    undo: (history, meta) => move(history, meta, 'undo'),
    redo: (history, meta) => move(history, meta, 'redo'),
    canUndo: (history) => history.past.length > 0,
    canRedo: (history) => history.future.length > 0,
  };
}
