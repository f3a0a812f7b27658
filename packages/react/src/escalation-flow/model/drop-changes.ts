import type {
  EscalationPolicy,
  EscalationStep,
  PolicyChange,
  StepTarget,
  Transition,
} from '@tandem/core/escalation';

// What a drop means, as the core's serialisable changes. The React layer only emits these.

/**
 * An id not in `taken`: `base`, else `base-2`, `base-3`, …
 *
 * @example
 * uniqueId(new Set(['step', 'step-2']), 'step'); // 'step-3'
 */
export function uniqueId(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** The targets with the lane's party first: the card moves, the other targets stay. */
function retarget(targets: readonly StepTarget[], partyId: string): StepTarget[] {
  const [first, ...others] = targets;
  const rest = others.filter((t) => t.partyId !== partyId);
  const moved: StepTarget = first ? { ...first, partyId } : { partyId };
  return [moved, ...rest];
}

/**
 * Dropping a step at `column` of the lane of `partyId`: a reassignment when the lane differs
 * (its first target becomes that party, keeping the tier) and a `moveStep` when the column
 * differs. Empty when nothing changes.
 *
 * @example
 * moveStepChanges(policy, 't1', 'msp', 0); // [{ type: 'updateStep', stepId: 't1', patch: { targets: [{ partyId: 'msp', tier: 1 }] } }]
 */
export function moveStepChanges(
  policy: EscalationPolicy,
  stepId: string,
  partyId: string,
  column: number,
): PolicyChange[] {
  const index = policy.steps.findIndex((s) => s.id === stepId);
  const step = policy.steps[index];
  if (!step) return [];
  const changes: PolicyChange[] = [];
  if (step.targets[0]?.partyId !== partyId) {
    changes.push({
      type: 'updateStep',
      stepId,
      patch: { targets: retarget(step.targets, partyId) },
    });
  }
  const toIndex = Math.min(Math.max(0, column), policy.steps.length - 1);
  if (toIndex !== index) changes.push({ type: 'moveStep', stepId, toIndex });
  return changes;
}

/**
 * A new step from the palette, dropped at `column` of a lane.
 *
 * @example
 * newStepChanges(policy, 'notify', 'msp', 3, 'New notify step');
 */
export function newStepChanges(
  policy: EscalationPolicy,
  action: EscalationStep['action'],
  partyId: string,
  column: number,
  name: string,
): PolicyChange[] {
  const id = uniqueId(new Set(policy.steps.map((s) => s.id)), `${action}-step`);
  const index = Math.min(Math.max(0, column), policy.steps.length);
  return [{ type: 'addStep', step: { id, name, action, targets: [{ partyId }] }, index }];
}

/**
 * A new way on from one step to another, after 30 minutes (edit it in the step dialog). A loop
 * back onto the same step is capped so it cannot run forever.
 *
 * @example
 * connectChanges(policy, 't1', 'eng');
 */
export function connectChanges(policy: EscalationPolicy, from: string, to: string): PolicyChange[] {
  const id = uniqueId(new Set(policy.transitions.map((t) => t.id)), `${from}-to-${to}`);
  const transition: Transition = {
    id,
    from,
    to,
    trigger: { kind: 'after', minutes: 30 },
    ...(from === to ? { repeat: 2 } : {}),
  };
  return [{ type: 'addTransition', transition }];
}

/**
 * Deleting a step: its transitions first (the core refuses to orphan them), then the step.
 * `undefined` for the start step, which must be moved first.
 *
 * @example
 * removeStepChanges(policy, 'eng'); // [{ type: 'removeTransition', … }, …, { type: 'removeStep', stepId: 'eng' }]
 */
export function removeStepChanges(
  policy: EscalationPolicy,
  stepId: string,
): PolicyChange[] | undefined {
  if (policy.startStepId === stepId) return undefined;
  return [
    ...policy.transitions
      .filter((t) => t.from === stepId || t.to === stepId)
      .map((t): PolicyChange => ({ type: 'removeTransition', transitionId: t.id })),
    { type: 'removeStep', stepId },
  ];
}
