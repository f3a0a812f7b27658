import type { Matrix } from '@tandem/core';
import type { Queue, RouteMatch, StepTarget, Trigger } from '@tandem/core/escalation';
import {
  type EscalationFlowValue,
  englishMatch,
  englishTrigger,
  type PolicyChange,
} from '@tandem/react/escalation-flow';
import { listWords, partyWords, position, quoted, renamedFrom } from './change-words';

// Sentences for escalation policy and routing changes. Triggers and conditions use the flow
// diagram's own words, so the log and the diagram say the same thing.

const POLICY_CHANGE_TYPES: Readonly<Record<PolicyChange['type'], true>> = {
  addStep: true,
  removeStep: true,
  moveStep: true,
  updateStep: true,
  addTransition: true,
  removeTransition: true,
  updateTransition: true,
  setStart: true,
  addRule: true,
  removeRule: true,
  updateRule: true,
  moveRule: true,
  setDefault: true,
};

/**
 * Whether `type` names a policy or routing change, for data read loosely from the PSA.
 *
 * @example
 * isPolicyChangeType('setStart'); // true
 */
export function isPolicyChangeType(type: string): type is PolicyChange['type'] {
  return Object.hasOwn(POLICY_CHANGE_TYPES, type);
}

type Fields = Readonly<Record<string, (value: unknown) => string>>;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTarget = (value: unknown): value is StepTarget =>
  isRecord(value) && typeof value.partyId === 'string';

const isQueue = (value: unknown): value is Queue =>
  isTarget(value) && typeof (value as { tier?: unknown }).tier === 'number';

function isTrigger(value: unknown): value is Trigger {
  if (!isRecord(value)) return false;
  if (value.kind === 'manual') return true;
  if (value.kind === 'sla') return typeof value.percent === 'number';
  const timed = ['after', 'not-acknowledged', 'not-resolved'];
  return timed.includes(String(value.kind)) && typeof value.minutes === 'number';
}

const plain = (value: unknown) =>
  typeof value === 'string'
    ? quoted(value)
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : 'a new value';

/** A patch's fields as phrases (`set its targets to MSP NOC`); unknown fields read generically. */
function patchWords(patch: Readonly<Record<string, unknown>> | undefined, fields: Fields) {
  return Object.entries(patch ?? {}).map(([key, value]) => {
    const words = fields[key];
    if (words) return words(value);
    return value === null ? `removed its ${key}` : `set its ${key} to ${plain(value)}`;
  });
}

/** `Renamed step "Old" to "New"` when a patch only renames, else `Updated step "X": …`. */
function describePatch(
  noun: string,
  id: string,
  current: string | undefined,
  patch: Readonly<Record<string, unknown>> | undefined,
  fields: Fields,
) {
  const keys = Object.keys(patch ?? {});
  const name = patch?.name;
  if (keys.length === 1 && typeof name === 'string') {
    return `Renamed ${noun} ${renamedFrom(current, name, id)} to ${quoted(name)}`;
  }
  const parts = patchWords(patch, fields);
  const subject = `${noun} ${quoted(current ?? id)}`;
  return parts.length > 0 ? `Updated ${subject}: ${listWords(parts)}` : `Updated ${subject}`;
}

/**
 * One sentence saying what an escalation policy or routing change did, naming steps and rules
 * as `value` calls them and parties and categories as `matrix` does (quoted ids otherwise).
 *
 * @example
 * describePolicyChange({ type: 'setStart', stepId: 't1' }, { policy, routing }, matrix);
 * // 'Made "Tier 1 desk" the first step'
 */
export function describePolicyChange(
  change: PolicyChange,
  value?: EscalationFlowValue,
  matrix?: Matrix,
): string {
  const steps = value?.policy.steps ?? [];
  const rules = value?.routing.rules ?? [];
  const stepName = (id: string) => steps.find((step) => step.id === id)?.name;
  const step = (id: string) => quoted(stepName(id) ?? String(id));
  const ruleName = (id: string) => rules.find((rule) => rule.id === id)?.name;
  const target = (t: StepTarget) =>
    `${partyWords(matrix, t.partyId)}${t.tier === undefined ? '' : ` (tier ${t.tier})`}`;
  const queue = (q: Queue) =>
    `${target(q)}${q.policyId === undefined ? '' : ` under policy ${quoted(q.policyId)}`}`;
  const category = (id: string) => matrix?.categories.find((item) => item.id === id)?.name ?? id;
  const match = (when: RouteMatch) => {
    const words = englishMatch(when, category);
    return words === 'any ticket' ? 'every ticket' : `tickets matching ${words}`;
  };
  const transition = (id: string) => {
    const found = value?.policy.transitions.find((item) => item.id === id);
    return found
      ? `the transition from ${step(found.from)} to ${step(found.to)}`
      : `transition ${quoted(id)}`;
  };
  const rename = (v: unknown) =>
    typeof v === 'string' ? `renamed it to ${quoted(v)}` : 'removed its name';

  switch (change.type) {
    case 'addStep': {
      const { name, id, action, targets } = change.step;
      const verb = action === 'notify' ? 'notifies' : 'assigns to';
      return `Added step ${quoted(name ?? id)} that ${verb} ${listWords(targets.map(target))}`;
    }
    case 'removeStep':
      return `Removed step ${step(change.stepId)}`;
    case 'moveStep':
      return `Moved step ${step(change.stepId)} to ${position(change.toIndex)}`;
    case 'updateStep':
      return describePatch('step', change.stepId, stepName(change.stepId), change.patch, {
        name: rename,
        action: (v) => `made it ${v === 'notify' ? 'notify' : 'assign'}`,
        targets: (v) =>
          Array.isArray(v)
            ? `set its targets to ${listWords(v.filter(isTarget).map(target))}`
            : 'changed its targets',
        mode: (v) => `made it reach its targets ${v === 'round-robin' ? 'in turn' : 'all at once'}`,
        terminal: (v) => (v === true ? 'made it a final step' : 'made it not a final step'),
      });
    case 'addTransition': {
      const { from, to, trigger, repeat } = change.transition;
      const times = repeat === undefined ? '' : `, at most ${repeat} times`;
      return `Added a transition from ${step(from)} to ${step(to)} ${englishTrigger(trigger)}${times}`;
    }
    case 'removeTransition':
      return `Removed ${transition(change.transitionId)}`;
    case 'updateTransition': {
      const parts = patchWords(change.patch, {
        from: (v) => `made it start at ${step(String(v))}`,
        to: (v) => `pointed it at ${step(String(v))}`,
        trigger: (v) =>
          isTrigger(v) ? `set its trigger to ${quoted(englishTrigger(v))}` : 'changed its trigger',
        repeat: (v) => (typeof v === 'number' ? `limited it to ${v} times` : 'removed its limit'),
      });
      const subject = transition(change.transitionId);
      return parts.length > 0 ? `Updated ${subject}: ${listWords(parts)}` : `Updated ${subject}`;
    }
    case 'setStart':
      return `Made ${step(change.stepId)} the first step`;
    case 'addRule': {
      const { name, id, when, queue: to } = change.rule;
      return `Added routing rule ${quoted(name ?? id)} sending ${match(when)} to ${queue(to)}`;
    }
    case 'removeRule':
      return `Removed routing rule ${quoted(ruleName(change.ruleId) ?? change.ruleId)}`;
    case 'updateRule':
      return describePatch('routing rule', change.ruleId, ruleName(change.ruleId), change.patch, {
        name: rename,
        when: (v) =>
          isRecord(v) ? `made it catch ${match(v as RouteMatch)}` : 'changed its conditions',
        queue: (v) => (isQueue(v) ? `sent its tickets to ${queue(v)}` : 'changed its queue'),
      });
    case 'moveRule': {
      const name = quoted(ruleName(change.ruleId) ?? change.ruleId);
      return `Moved routing rule ${name} to ${position(change.toIndex)}`;
    }
    case 'setDefault':
      return change.queue === null
        ? 'Removed the default queue, so tickets no rule catches are not routed'
        : `Sent tickets no rule catches to ${queue(change.queue)}`;
    default: {
      // A new change type fails to compile here; at runtime, loose data still gets a sentence.
      const unknown: never = change;
      return `Unknown change "${String((unknown as { type?: unknown }).type)}"`;
    }
  }
}
