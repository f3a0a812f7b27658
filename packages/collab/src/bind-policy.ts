import {
  applyPolicyChanges,
  type EscalationPolicy,
  type PolicyApplyResult,
  type PolicyChange,
} from '@tandem/core/escalation';
import type * as Y from 'yjs';
import {
  type BindOptions,
  bindDocument,
  type UndoControls,
  type UpdateSource,
} from './bind-document';
import { policyChangesBetween } from './escalation-changes-between';
import { healPolicy, policyTypes, readPolicy, writePolicy } from './policy-doc';

/**
 * One update of the shared escalation policy: the policy now and the Tandem changes that led to
 * it from the previous one (for a peer's edit, worked out from the two versions).
 *
 * @example
 * binding.subscribe(({ policy, changes, source }) => source === 'remote' && audit(changes));
 */
export interface PolicyUpdate {
  readonly policy: EscalationPolicy;
  readonly changes: readonly PolicyChange[];
  readonly source: UpdateSource;
}

/**
 * A live two-way binding between a `Y.Doc` and a Tandem escalation policy.
 *
 * @example
 * const binding: PolicyBinding = bindPolicy(doc);
 * binding.getPolicy()?.steps.map((step) => step.id);
 */
export interface PolicyBinding extends UndoControls {
  /** The policy now (the last valid one the doc held); `undefined` until the doc has one. */
  readonly getPolicy: () => EscalationPolicy | undefined;
  /** Applies policy changes as one transaction with this user's origin; refused ones change nothing. */
  readonly apply: (changes: readonly PolicyChange[]) => PolicyApplyResult<EscalationPolicy>;
  /** Listens to every update, local or not; returns the unsubscribe function. */
  readonly subscribe: (listener: (update: PolicyUpdate) => void) => () => void;
}

/**
 * Binds `doc` to a Tandem escalation policy, as {@link bindMatrix} does the matrix: steps and
 * transitions as Y.Maps keyed by id with fractional order (so one team moving a step while the
 * other edits it keeps both edits), each change checked by the core's `applyPolicyChanges` and
 * written in one `doc.transact` with this user's origin, every update out as the policy plus
 * Tandem changes, and undo per user. One doc can hold a matrix, a policy and a routing table
 * side by side, each with its own binding.
 *
 * @example
 * const policy = bindPolicy(doc, { initial: standardPolicy });
 * policy.subscribe(({ policy: now }) => setIssues(checkPolicy(now, { matrix })));
 * policy.apply([{ type: 'moveStep', stepId: 'soc', toIndex: 0 }]);
 */
export function bindPolicy(doc: Y.Doc, options: BindOptions<EscalationPolicy> = {}): PolicyBinding {
  const types = policyTypes(doc);
  const { get, subscribe, ...binding } = bindDocument(
    doc,
    {
      types: [types.meta, types.steps, types.transitions],
      read: () => readPolicy(doc),
      write: (before, after) => writePolicy(doc, before, after),
      apply: applyPolicyChanges,
      changesBetween: policyChangesBetween,
      heal: (last) => healPolicy(doc, last),
      // The policy's own id and name are the fields no policy change covers.
      same: (before, after) => before.id === after.id && before.name === after.name,
      empty: {
        code: 'invalid_change',
        message: 'The shared document holds no escalation policy yet.',
        changeIndex: 0,
      },
    },
    options,
  );
  return {
    ...binding,
    getPolicy: get,
    subscribe: (listener) =>
      subscribe((policy, changes, source) => listener({ policy, changes, source })),
  };
}
