import type { ParseResult } from '@tandem/core';
import { type EscalationPolicy, parsePolicy } from '@tandem/core/escalation';
import type * as Y from 'yjs';
import {
  fillMissing,
  hasFields,
  listField,
  liveOrNeeded,
  orderKeys,
  readItems,
  setField,
  writeItems,
} from './keyed-items';

// How an escalation policy lives in a Y.Doc, the way the matrix does: steps and transitions are
// Y.Maps keyed by id with fractional order keys, a step's targets a keyed list of their own (two
// peers adding targets to one step keep both). Removed steps and transitions stay as tombstones:
// a step a peer concurrently made the start or pointed a new transition at comes back instead
// of leaving the graph broken, and undoing a removal brings the item back with every field,
// also those a peer edited meanwhile (a deleted Y.Map would come back without them).

/** The names of the top-level shared types an escalation policy uses in its Y.Doc. */
export const POLICY_TYPES = {
  meta: 'tandem.policy.meta',
  steps: 'tandem.policy.steps',
  transitions: 'tandem.policy.transitions',
} as const;

const STEP_FIELDS = { targets: listField };
const STEP_REQUIRED = ['action', 'targets'];
const TRANSITION_REQUIRED = ['from', 'to', 'trigger'];

/** The shared types of a policy in `doc` (created empty on first use). */
export function policyTypes(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>(POLICY_TYPES.meta),
    steps: doc.getMap<Y.Map<unknown>>(POLICY_TYPES.steps),
    transitions: doc.getMap<Y.Map<unknown>>(POLICY_TYPES.transitions),
  };
}

/**
 * The escalation policy held in `doc`, checked with `parsePolicy`. What a merge can leave behind
 * is repaired on the way out: a step one peer removed while another made it the start or pointed
 * a transition at it is brought back, and concurrent inserts at one place are ordered by id. An
 * empty doc reads as `undefined`.
 *
 * @example
 * const result = readPolicy(doc);
 * if (result?.ok) render(result.value);
 */
export function readPolicy(doc: Y.Doc): ParseResult<EscalationPolicy> | undefined {
  const { meta, steps, transitions } = policyTypes(doc);
  if (!meta.has('id')) return undefined;
  const allSteps = readItems(steps, STEP_FIELDS, true).filter((s) => hasFields(s, STEP_REQUIRED));
  const known = new Set(allSteps.map((step) => step.id));
  // A transition naming a step that is gone for good (a peer undid adding it) goes with it.
  const transitionList = readItems(transitions).filter(
    (t) =>
      hasFields(t, TRANSITION_REQUIRED) && known.has(t.from as string) && known.has(t.to as string),
  );
  const start = meta.get('startStepId');
  const needed = new Set([start, ...transitionList.flatMap((t) => [t.from, t.to])]);
  const stepList = liveOrNeeded(allSteps, needed);
  const name = meta.get('name');
  return parsePolicy({
    id: meta.get('id'),
    ...(name === undefined ? {} : { name }),
    // Undoing a start change against a peer's can leave no start, or one gone for good: the
    // first step takes over rather than the whole policy failing.
    startStepId: known.has(start as string) ? start : (stepList[0]?.id ?? start),
    steps: stepList,
    transitions: transitionList,
  });
}

/**
 * Writes the difference between `before` (what `doc` holds, as `readPolicy` gave it) and `after`
 * into `doc`, touching only the fields, targets and order keys that changed. Call it inside a
 * transaction.
 *
 * @example
 * doc.transact(() => writePolicy(doc, before, after), origin);
 */
export function writePolicy(
  doc: Y.Doc,
  before: EscalationPolicy | undefined,
  after: EscalationPolicy,
): void {
  const { meta, steps, transitions } = policyTypes(doc);
  setField(meta, 'id', after.id);
  setField(meta, 'name', after.name);
  setField(meta, 'startStepId', after.startStepId);
  writeItems(steps, before?.steps ?? [], after.steps, orderKeys(steps, after.steps), {
    tombstone: true,
    nested: STEP_FIELDS,
  });
  const transitionKeys = orderKeys(transitions, after.transitions);
  writeItems(transitions, before?.transitions ?? [], after.transitions, transitionKeys, {
    tombstone: true,
  });
}

/**
 * Sets back what `doc` lost since `last` (a valid policy read from it): fields an undo left with
 * no value (required ones only). Nothing else is touched. Call it inside a transaction.
 */
export function healPolicy(doc: Y.Doc, last: EscalationPolicy): void {
  const { meta, steps, transitions } = policyTypes(doc);
  if (!meta.has('startStepId')) meta.set('startStepId', last.startStepId);
  fillMissing(steps, last.steps, STEP_REQUIRED, STEP_FIELDS);
  fillMissing(transitions, last.transitions, TRANSITION_REQUIRED);
}
