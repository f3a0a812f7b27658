import { idProblem } from '../matrix/ids';
import { insertAt, isIndexWithin, moveWithin, removeAt, replaceAt } from '../matrix/list';
import { applyPatch, invertPatch } from '../matrix/patch';
import type {
  EscalationPolicy,
  EscalationStep,
  Queue,
  Routing,
  RoutingRule,
  Transition,
} from './model';

/**
 * A serialisable edit of a policy or a routing table: the undo log and the audit trail.
 * `update*` patches set a field, or remove it with `null`.
 *
 * @example
 * const change: PolicyChange = { type: 'updateTransition', transitionId: 't1', patch: { repeat: 2 } };
 */
export type PolicyChange =
  | { readonly type: 'addStep'; readonly step: EscalationStep; readonly index?: number }
  | { readonly type: 'removeStep'; readonly stepId: string }
  | { readonly type: 'moveStep'; readonly stepId: string; readonly toIndex: number }
  | {
      readonly type: 'updateStep';
      readonly stepId: string;
      readonly patch: Readonly<Record<string, unknown>>;
    }
  | { readonly type: 'addTransition'; readonly transition: Transition; readonly index?: number }
  | { readonly type: 'removeTransition'; readonly transitionId: string }
  | {
      readonly type: 'updateTransition';
      readonly transitionId: string;
      readonly patch: Readonly<Record<string, unknown>>;
    }
  | { readonly type: 'setStart'; readonly stepId: string }
  | { readonly type: 'addRule'; readonly rule: RoutingRule; readonly index?: number }
  | { readonly type: 'removeRule'; readonly ruleId: string }
  | {
      readonly type: 'updateRule';
      readonly ruleId: string;
      readonly patch: Readonly<Record<string, unknown>>;
    }
  | { readonly type: 'moveRule'; readonly ruleId: string; readonly toIndex: number }
  | { readonly type: 'setDefault'; readonly queue: Queue | null };

/**
 * Why a batch of changes was refused; nothing of the batch is applied.
 *
 * @example
 * { code: 'unknown_step', message: 'No step has the id "x".', changeIndex: 0 }
 */
export interface PolicyChangeError {
  readonly code:
    | 'unknown_step'
    | 'unknown_transition'
    | 'unknown_rule'
    | 'duplicate_id'
    | 'reserved_id'
    | 'step_in_use'
    | 'index_out_of_range'
    | 'invalid_change';
  readonly message: string;
  readonly changeIndex: number;
}

/**
 * What applying changes gives: the new value, or the refused change.
 *
 * @example
 * const result: PolicyApplyResult<Routing> = applyRoutingChanges(routing, []);
 */
export type PolicyApplyResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: PolicyChangeError };

/**
 * What the escalation editor edits as one document: a policy and the routing table that feeds
 * it. One change list edits both, so one history undoes both.
 *
 * @example
 * const doc: EscalationDocument = { policy, routing };
 */
export interface EscalationDocument {
  readonly policy: EscalationPolicy;
  readonly routing: Routing;
}

const ROUTING_CHANGES: ReadonlySet<PolicyChange['type']> = new Set([
  'addRule',
  'removeRule',
  'updateRule',
  'moveRule',
  'setDefault',
]);

/**
 * Whether a change edits the routing table (rather than the policy).
 *
 * @example
 * isRoutingChange({ type: 'moveRule', ruleId: 'vip', toIndex: 0 }); // true
 */
export function isRoutingChange(change: PolicyChange): boolean {
  return ROUTING_CHANGES.has(change?.type);
}

type Refusal = Omit<PolicyChangeError, 'changeIndex'>;
const refuse = (code: Refusal['code'], message: string): Refusal => ({ code, message });
// Policies and routing tables have neither field, so a result with both is a refusal.
const isRefusal = (x: unknown): x is Refusal =>
  !!x && typeof x === 'object' && 'code' in x && 'message' in x;
const indexOf = (list: readonly { id: string }[], id: string) => list.findIndex((x) => x.id === id);

function addItem<T extends { id: string }>(
  list: readonly T[],
  item: T,
  index = list.length,
): T[] | Refusal {
  const problem = idProblem(item?.id);
  if (problem) return refuse('reserved_id', `The id ${problem}.`);
  if (indexOf(list, item.id) >= 0) return refuse('duplicate_id', `The id "${item.id}" is taken.`);
  if (!isIndexWithin(index, list.length))
    return refuse('index_out_of_range', `No position ${index}.`);
  return insertAt(list, index, item);
}

function applyPolicyOne(
  policy: EscalationPolicy,
  change: PolicyChange,
): EscalationPolicy | Refusal {
  const { steps, transitions } = policy;
  const missingStep = (id: string) => refuse('unknown_step', `No step has the id "${id}".`);
  const missingTransition = (id: string) =>
    refuse('unknown_transition', `No transition has the id "${id}".`);
  switch (change?.type) {
    case 'addStep': {
      const next = addItem(steps, change.step, change.index);
      return Array.isArray(next) ? { ...policy, steps: next } : next;
    }
    case 'removeStep': {
      const i = indexOf(steps, change.stepId);
      if (i < 0) return missingStep(change.stepId);
      // Removing a step that edges or the start still name would leave a broken graph.
      if (
        policy.startStepId === change.stepId ||
        transitions.some((t) => t.from === change.stepId || t.to === change.stepId)
      ) {
        return refuse(
          'step_in_use',
          `Step "${change.stepId}" is the start or has transitions; remove those first.`,
        );
      }
      return { ...policy, steps: removeAt(steps, i) };
    }
    case 'moveStep': {
      // Order is how a policy is read and drawn; moving keeps the step's transitions intact.
      const i = indexOf(steps, change.stepId);
      if (i < 0) return missingStep(change.stepId);
      if (!isIndexWithin(change.toIndex, steps.length - 1))
        return refuse('index_out_of_range', `No position ${change.toIndex}.`);
      return { ...policy, steps: moveWithin(steps, i, change.toIndex) };
    }
    case 'updateStep': {
      const i = indexOf(steps, change.stepId);
      if (i < 0) return missingStep(change.stepId);
      if ('id' in change.patch) return refuse('invalid_change', 'A step id cannot be patched.');
      return {
        ...policy,
        steps: replaceAt(steps, i, applyPatch(steps[i] as EscalationStep, change.patch)),
      };
    }
    case 'addTransition': {
      const t = change.transition;
      if (indexOf(steps, t?.from) < 0) return missingStep(t?.from);
      if (indexOf(steps, t.to) < 0) return missingStep(t.to);
      const next = addItem(transitions, t, change.index);
      return Array.isArray(next) ? { ...policy, transitions: next } : next;
    }
    case 'removeTransition': {
      const i = indexOf(transitions, change.transitionId);
      return i < 0
        ? missingTransition(change.transitionId)
        : { ...policy, transitions: removeAt(transitions, i) };
    }
    case 'updateTransition': {
      const i = indexOf(transitions, change.transitionId);
      if (i < 0) return missingTransition(change.transitionId);
      if ('id' in change.patch)
        return refuse('invalid_change', 'A transition id cannot be patched.');
      const next = applyPatch(transitions[i] as Transition, change.patch);
      if (indexOf(steps, next.from) < 0) return missingStep(next.from);
      if (indexOf(steps, next.to) < 0) return missingStep(next.to);
      return { ...policy, transitions: replaceAt(transitions, i, next) };
    }
    case 'setStart':
      return indexOf(steps, change.stepId) < 0
        ? missingStep(change.stepId)
        : { ...policy, startStepId: change.stepId };
    default:
      return refuse(
        'invalid_change',
        `"${String((change as { type?: unknown })?.type)}" is not a change of a policy.`,
      );
  }
}

function applyRoutingOne(routing: Routing, change: PolicyChange): Routing | Refusal {
  const { rules } = routing;
  const find = (id: string) => indexOf(rules, id);
  const missing = (id: string) => refuse('unknown_rule', `No rule has the id "${id}".`);
  switch (change?.type) {
    case 'addRule': {
      const next = addItem(rules, change.rule, change.index);
      return Array.isArray(next) ? { ...routing, rules: next } : next;
    }
    case 'removeRule': {
      const i = find(change.ruleId);
      return i < 0 ? missing(change.ruleId) : { ...routing, rules: removeAt(rules, i) };
    }
    case 'updateRule': {
      const i = find(change.ruleId);
      if (i < 0) return missing(change.ruleId);
      if ('id' in change.patch) return refuse('invalid_change', 'A rule id cannot be patched.');
      return {
        ...routing,
        rules: replaceAt(rules, i, applyPatch(rules[i] as RoutingRule, change.patch)),
      };
    }
    case 'moveRule': {
      const i = find(change.ruleId);
      if (i < 0) return missing(change.ruleId);
      if (!isIndexWithin(change.toIndex, rules.length - 1))
        return refuse('index_out_of_range', `No position ${change.toIndex}.`);
      return { ...routing, rules: moveWithin(rules, i, change.toIndex) };
    }
    case 'setDefault': {
      if (change.queue !== null) return { ...routing, default: change.queue };
      const { default: _dropped, ...rest } = routing;
      return rest;
    }
    default:
      return refuse(
        'invalid_change',
        `"${String((change as { type?: unknown })?.type)}" is not a change of a routing table.`,
      );
  }
}

function applyAll<T>(
  value: T,
  changes: readonly PolicyChange[],
  one: (v: T, c: PolicyChange) => T | Refusal,
): PolicyApplyResult<T> {
  let current = value;
  for (let changeIndex = 0; changeIndex < changes.length; changeIndex++) {
    const next = one(current, changes[changeIndex] as PolicyChange);
    if (isRefusal(next)) return { ok: false, error: { ...next, changeIndex } };
    current = next;
  }
  return { ok: true, value: current };
}

/**
 * Applies policy changes in order; the input is never modified. A refused change refuses the
 * whole batch, with a typed error naming it.
 *
 * @example
 * const result = applyPolicyChanges(policy, [{ type: 'setStart', stepId: 'noc' }]);
 * if (result.ok) save(result.value);
 */
export function applyPolicyChanges(
  policy: EscalationPolicy,
  changes: readonly PolicyChange[],
): PolicyApplyResult<EscalationPolicy> {
  return applyAll(policy, changes, applyPolicyOne);
}

/**
 * Applies routing changes (`addRule`, `removeRule`, `updateRule`, `moveRule`, `setDefault`)
 * in order, all or nothing.
 *
 * @example
 * applyRoutingChanges(routing, [{ type: 'moveRule', ruleId: 'vip', toIndex: 0 }]);
 */
export function applyRoutingChanges(
  routing: Routing,
  changes: readonly PolicyChange[],
): PolicyApplyResult<Routing> {
  return applyAll(routing, changes, applyRoutingOne);
}

/**
 * Applies a mixed batch of policy and routing changes to an escalation document in order, all
 * or nothing; the refused change is named by its place in the batch. A part no change touched
 * keeps its identity, and a batch that changes nothing gives back the same document.
 *
 * @example
 * const result = applyEscalationChanges({ policy, routing }, [
 *   { type: 'moveStep', stepId: 'eng', toIndex: 0 },
 *   { type: 'moveRule', ruleId: 'vip', toIndex: 0 },
 * ]);
 * if (result.ok) save(result.value);
 */
export function applyEscalationChanges(
  document: EscalationDocument,
  changes: readonly PolicyChange[],
): PolicyApplyResult<EscalationDocument> {
  const result = applyAll(document, changes, (current, change) => {
    if (isRoutingChange(change)) {
      const routing = applyRoutingOne(current.routing, change);
      return isRefusal(routing) ? routing : { ...current, routing };
    }
    const policy = applyPolicyOne(current.policy, change);
    return isRefusal(policy) ? policy : { ...current, policy };
  });
  if (!result.ok) return result;
  const { policy, routing } = result.value;
  if (policy === document.policy && routing === document.routing)
    return { ok: true, value: document };
  return result;
}

/**
 * The change that undoes `change`, worked out against the document it is about to be applied
 * to (`before`): the change's kind says which part to read. Apply the inverse to the result to
 * get `before` back.
 *
 * @example
 * const undo = invertEscalationChange(doc, change);
 * applyEscalationChanges(applyEscalationChanges(doc, [change]).value, [undo]); // doc again
 */
export function invertEscalationChange(
  before: EscalationDocument,
  change: PolicyChange,
): PolicyChange {
  const { steps, transitions } = before.policy;
  const { rules } = before.routing;
  switch (change.type) {
    case 'addStep':
      return { type: 'removeStep', stepId: change.step.id };
    case 'removeStep': {
      const index = indexOf(steps, change.stepId);
      return { type: 'addStep', step: steps[index] as EscalationStep, index };
    }
    case 'moveStep':
      return { type: 'moveStep', stepId: change.stepId, toIndex: indexOf(steps, change.stepId) };
    case 'updateStep':
      return {
        type: 'updateStep',
        stepId: change.stepId,
        patch: invertPatch(steps[indexOf(steps, change.stepId)] ?? {}, change.patch),
      };
    case 'addTransition':
      return { type: 'removeTransition', transitionId: change.transition.id };
    case 'removeTransition': {
      const index = indexOf(transitions, change.transitionId);
      return { type: 'addTransition', transition: transitions[index] as Transition, index };
    }
    case 'updateTransition':
      return {
        type: 'updateTransition',
        transitionId: change.transitionId,
        patch: invertPatch(
          transitions[indexOf(transitions, change.transitionId)] ?? {},
          change.patch,
        ),
      };
    case 'setStart':
      return { type: 'setStart', stepId: before.policy.startStepId };
    case 'addRule':
      return { type: 'removeRule', ruleId: change.rule.id };
    case 'removeRule': {
      const index = indexOf(rules, change.ruleId);
      return { type: 'addRule', rule: rules[index] as RoutingRule, index };
    }
    case 'updateRule':
      return {
        type: 'updateRule',
        ruleId: change.ruleId,
        patch: invertPatch(rules[indexOf(rules, change.ruleId)] ?? {}, change.patch),
      };
    case 'moveRule':
      return { type: 'moveRule', ruleId: change.ruleId, toIndex: indexOf(rules, change.ruleId) };
    case 'setDefault':
      return { type: 'setDefault', queue: before.routing.default ?? null };
  }
}

// What the deprecated single-part invert puts in the part it was not given.
const NO_POLICY: EscalationPolicy = { id: '', startStepId: '', steps: [], transitions: [] };
const NO_ROUTING: Routing = { rules: [] };

/**
 * The change that undoes `change`, against the policy (for a step, transition or start change)
 * or the routing table (for a rule or default change) it is about to be applied to.
 *
 * @deprecated Use {@link invertEscalationChange} with the whole `{ policy, routing }` document;
 * which part a change reads is decided by the change's kind, not by the shape of `before`.
 * @example
 * const undo = invertPolicyChange(policy, change);
 * applyPolicyChanges(applyPolicyChanges(policy, [change]).value, [undo]); // policy again
 */
export function invertPolicyChange(
  before: EscalationPolicy | Routing,
  change: PolicyChange,
): PolicyChange {
  if (isRoutingChange(change))
    return invertEscalationChange({ policy: NO_POLICY, routing: before as Routing }, change);
  return invertEscalationChange(
    { policy: before as EscalationPolicy, routing: NO_ROUTING },
    change,
  );
}
