import { sameJson } from '@tandem/core';
import {
  applyPolicyChanges,
  applyRoutingChanges,
  type EscalationPolicy,
  type PolicyApplyResult,
  type PolicyChange,
  type Routing,
} from '@tandem/core/escalation';

// The policy and routing counterparts of the core's `matrixChangesBetween`: the Tandem changes
// that turn one version into another, so a peer's edit reaches the audit log and the components
// as ordinary changes. They belong in the core beside it (pure, no Yjs) and live here until
// they move.

/** A patch from `before` to `after` (`null` removes a field), or `undefined` when equal. */
function patchBetween(
  before: object,
  after: object,
): Readonly<Record<string, unknown>> | undefined {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(old)) {
    if (key !== 'id' && old[key] !== undefined && now[key] === undefined) patch[key] = null;
  }
  for (const [key, value] of Object.entries(now)) {
    if (key !== 'id' && value !== undefined && !sameJson(old[key], value)) patch[key] = value;
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** Collects changes, applying each to the value so far: every change is valid where it stands. */
function recorder<T>(
  start: T,
  apply: (value: T, changes: readonly PolicyChange[]) => PolicyApplyResult<T>,
) {
  const changes: PolicyChange[] = [];
  let current = start;
  return {
    changes,
    current: () => current,
    emit(change: PolicyChange) {
      const result = apply(current, [change]);
      // Each change is made against `current`; a refusal here is a bug in this file.
      if (!result.ok) throw new Error(`[tandem] changesBetween: ${result.error.message}`);
      changes.push(change);
      current = result.value;
    },
  };
}

const ids = (list: readonly { id: string }[]) => new Set(list.map(({ id }) => id));

/**
 * The policy changes that turn `before` into `after`, in an order the core's
 * `applyPolicyChanges` accepts. The policy's own id and name have no change and are not
 * compared.
 *
 * @example
 * const changes = policyChangesBetween(lastSeen, fromPeer);
 * auditLog.append(changes);
 */
export function policyChangesBetween(
  before: EscalationPolicy,
  after: EscalationPolicy,
): PolicyChange[] {
  const r = recorder(before, applyPolicyChanges);
  const afterSteps = ids(after.steps);
  const afterTransitions = new Map(after.transitions.map((t) => [t.id, t]));
  const beforeSteps = ids(before.steps);
  const beforeTransitions = ids(before.transitions);

  // Gone transitions first and gone steps last, so that no step is removed while named.
  for (const t of before.transitions) {
    if (!afterTransitions.has(t.id)) r.emit({ type: 'removeTransition', transitionId: t.id });
  }
  after.steps.forEach((step, index) => {
    if (beforeSteps.has(step.id)) return;
    r.emit({ type: 'addStep', step, index: Math.min(index, r.current().steps.length) });
  });
  if (before.startStepId !== after.startStepId) {
    r.emit({ type: 'setStart', stepId: after.startStepId });
  }
  for (const t of r.current().transitions) {
    const patch = patchBetween(t, afterTransitions.get(t.id) as object);
    if (patch) r.emit({ type: 'updateTransition', transitionId: t.id, patch });
  }
  after.transitions.forEach((transition, index) => {
    if (beforeTransitions.has(transition.id)) return;
    const at = Math.min(index, r.current().transitions.length);
    r.emit({ type: 'addTransition', transition, index: at });
  });
  for (const step of before.steps) {
    if (!afterSteps.has(step.id)) r.emit({ type: 'removeStep', stepId: step.id });
  }
  after.steps.forEach((step, toIndex) => {
    if (r.current().steps[toIndex]?.id !== step.id) {
      r.emit({ type: 'moveStep', stepId: step.id, toIndex });
    }
  });
  after.steps.forEach((step, index) => {
    const patch = patchBetween(r.current().steps[index] as object, step);
    if (patch) r.emit({ type: 'updateStep', stepId: step.id, patch });
  });
  // Transitions have no move: one out of place is taken out and put back where it belongs.
  after.transitions.forEach((transition, index) => {
    if (r.current().transitions[index]?.id === transition.id) return;
    r.emit({ type: 'removeTransition', transitionId: transition.id });
    r.emit({ type: 'addTransition', transition, index });
  });
  return r.changes;
}

/**
 * The routing changes that turn `before` into `after`, in an order the core's
 * `applyRoutingChanges` accepts.
 *
 * @example
 * const changes = routingChangesBetween(lastSeen, fromPeer);
 */
export function routingChangesBetween(before: Routing, after: Routing): PolicyChange[] {
  const r = recorder(before, applyRoutingChanges);
  const afterRules = ids(after.rules);
  const beforeRules = ids(before.rules);
  for (const rule of before.rules) {
    if (!afterRules.has(rule.id)) r.emit({ type: 'removeRule', ruleId: rule.id });
  }
  after.rules.forEach((rule, index) => {
    if (beforeRules.has(rule.id)) return;
    r.emit({ type: 'addRule', rule, index: Math.min(index, r.current().rules.length) });
  });
  after.rules.forEach((rule, toIndex) => {
    if (r.current().rules[toIndex]?.id !== rule.id) {
      r.emit({ type: 'moveRule', ruleId: rule.id, toIndex });
    }
  });
  after.rules.forEach((rule, index) => {
    const patch = patchBetween(r.current().rules[index] as object, rule);
    if (patch) r.emit({ type: 'updateRule', ruleId: rule.id, patch });
  });
  if (!sameJson(before.default, after.default)) {
    r.emit({ type: 'setDefault', queue: after.default ?? null });
  }
  return r.changes;
}
