import type {
  EscalationPolicy,
  EscalationStep,
  PolicyChange,
  StepHold,
  StepRotation,
  StepTarget,
  Transition,
  TransitionCondition,
  Trigger,
} from '@tandem/core/escalation';
import { uniqueId } from './drop-changes';

/**
 * A step as the edit dialog holds it while the user types: the step's fields, whether tickets
 * start here, and its ways on (outgoing transitions; `id` is absent for new ones).
 *
 * @example
 * const draft = draftOf(policy, 't1');
 */
export interface StepDraft {
  readonly name: string;
  readonly action: EscalationStep['action'];
  readonly mode: 'all' | 'round-robin';
  readonly terminal: boolean;
  readonly start: boolean;
  readonly targets: readonly StepTarget[];
  readonly ways: readonly WayOnDraft[];
  readonly hold?: StepHold | undefined;
  readonly ack: 'first' | 'all';
  readonly rotate?: StepRotation | undefined;
}

/**
 * One way on in a draft.
 *
 * @example
 * const way: WayOnDraft = { to: 'eng', trigger: { kind: 'after', minutes: 30 } };
 */
export interface WayOnDraft {
  readonly id?: string | undefined;
  readonly to: string;
  readonly trigger: Trigger;
  readonly repeat?: number | undefined;
  readonly when?: readonly TransitionCondition[] | undefined;
}

/**
 * The draft of an existing step.
 *
 * @example
 * draftOf(policy, 'eng')?.ways.length; // 1
 */
export function draftOf(policy: EscalationPolicy, stepId: string): StepDraft | undefined {
  const step = policy.steps.find((s) => s.id === stepId);
  if (!step) return undefined;
  return {
    name: step.name ?? '',
    action: step.action,
    mode: step.mode ?? 'all',
    terminal: step.terminal ?? false,
    start: policy.startStepId === stepId,
    targets: step.targets,
    ways: policy.transitions
      .filter((t) => t.from === stepId)
      .map((t) => ({ id: t.id, to: t.to, trigger: t.trigger, repeat: t.repeat, when: t.when })),
    hold: step.hold,
    ack: step.ack ?? 'first',
    rotate: step.rotate,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The core's changes that turn a step into its draft, as one batch (one undo step): a patch of
 * the step's changed fields, hold, acknowledgement and rotation included (`null` removes one), removed, updated and added transitions, and
 * `setStart` when the draft makes it the start. Empty when nothing changed.
 *
 * @example
 * draftChanges(policy, 't1', { ...draftOf(policy, 't1'), name: 'First line' });
 * // [{ type: 'updateStep', stepId: 't1', patch: { name: 'First line' } }]
 */
export function draftChanges(
  policy: EscalationPolicy,
  stepId: string,
  draft: StepDraft,
): PolicyChange[] {
  const before = draftOf(policy, stepId);
  if (!before) return [];
  const patch: Record<string, unknown> = {};
  const name = draft.name.trim();
  if (name !== before.name) patch.name = name === '' ? null : name;
  if (draft.action !== before.action) patch.action = draft.action;
  if (draft.mode !== before.mode) patch.mode = draft.mode === 'all' ? null : draft.mode;
  if (draft.terminal !== before.terminal) patch.terminal = draft.terminal ? true : null;
  if (!same(draft.targets, before.targets)) patch.targets = draft.targets;
  if (!same(draft.hold, before.hold)) patch.hold = draft.hold ?? null;
  if (draft.ack !== before.ack) patch.ack = draft.ack === 'first' ? null : draft.ack;
  if (!same(draft.rotate, before.rotate)) patch.rotate = draft.rotate ?? null;
  const changes: PolicyChange[] = [];
  if (Object.keys(patch).length > 0) changes.push({ type: 'updateStep', stepId, patch });

  const kept = new Set(draft.ways.flatMap((w) => (w.id ? [w.id] : [])));
  for (const way of before.ways)
    if (way.id && !kept.has(way.id))
      changes.push({ type: 'removeTransition', transitionId: way.id });
  const taken = new Set(policy.transitions.map((t) => t.id));
  for (const way of draft.ways) {
    const old = way.id ? before.ways.find((w) => w.id === way.id) : undefined;
    if (old && way.id) {
      const wayPatch: Record<string, unknown> = {};
      if (way.to !== old.to) wayPatch.to = way.to;
      if (!same(way.trigger, old.trigger)) wayPatch.trigger = way.trigger;
      if (way.repeat !== old.repeat) wayPatch.repeat = way.repeat ?? null;
      if (!same(way.when ?? [], old.when ?? [])) wayPatch.when = way.when?.length ? way.when : null;
      if (Object.keys(wayPatch).length > 0)
        changes.push({ type: 'updateTransition', transitionId: way.id, patch: wayPatch });
      continue;
    }
    const id = uniqueId(taken, `${stepId}-to-${way.to}`);
    taken.add(id);
    const transition: Transition = {
      id,
      from: stepId,
      to: way.to,
      trigger: way.trigger,
      ...(way.repeat !== undefined ? { repeat: way.repeat } : {}),
      ...(way.when?.length ? { when: way.when } : {}),
    };
    changes.push({ type: 'addTransition', transition });
  }
  if (draft.start && !before.start) changes.push({ type: 'setStart', stepId });
  return changes;
}

/**
 * A trigger of another kind, keeping what carries over (minutes, calendar).
 *
 * @example
 * retrigger({ kind: 'after', minutes: 30 }, 'not-acknowledged'); // { kind: 'not-acknowledged', minutes: 30 }
 */
export function retrigger(trigger: Trigger, kind: Trigger['kind']): Trigger {
  if (kind === 'manual') return { kind };
  if (kind === 'sla')
    return trigger.kind === 'sla' ? trigger : { kind, target: 'response', percent: 75 };
  const minutes = 'minutes' in trigger ? trigger.minutes : 30;
  const calendarId = 'calendarId' in trigger ? trigger.calendarId : undefined;
  return { kind, minutes, ...(calendarId !== undefined ? { calendarId } : {}) };
}
