import { idProblem } from '../matrix/ids';
import type { Issue } from '../result';
import type { Carried } from './interop-carry';
import type { EscalationPolicy, EscalationStep, StepTarget, Transition, Trigger } from './model';

/**
 * What an import or export could not carry over: each item says where and why.
 *
 * @example
 * const report: InteropReport = { lost: [{ path: ['escalation_rules', 0, 'targets', 1], message: 'No party is mapped to schedule "PSCHED1".' }] };
 */
export interface InteropReport {
  readonly lost: readonly {
    readonly path: readonly (string | number)[];
    readonly message: string;
  }[];
}

/**
 * An import's or export's outcome: the converted value with a report of what was lost, or the
 * issues that stopped it (bad input shape).
 *
 * @example
 * const result = policyFromPagerDuty(json, mapping);
 * if (result.ok) for (const item of result.report.lost) console.warn(item.message);
 */
export type InteropResult<T> =
  | { readonly ok: true; readonly value: T; readonly report: InteropReport }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * An import's outcome: the policy, what was carried beside it (their fields the model has no
 * place for, which the export gives back) and the report of what was lost; or the issues that
 * stopped it. Store `carried` with the policy to export it back without loss.
 *
 * @example
 * const result = policyFromPagerDuty(json, mapping);
 * if (result.ok) save(result.value, result.carried);
 */
export type ImportResult =
  | {
      readonly ok: true;
      readonly value: EscalationPolicy;
      readonly carried: Carried;
      readonly report: InteropReport;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A list response imported policy by policy: one result per entry, issue paths starting at the
 * list (`['data', 3, 'rules', 0]`); or the issues when the input is no list at all.
 *
 * @example
 * const list = policiesFromOpsgenieList(json, mapping);
 * if (list.ok) for (const one of list.value) if (one.ok) save(one.value, one.carried);
 */
export type ListImportResult =
  | { readonly ok: true; readonly value: readonly ImportResult[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Imports each entry of `json[key]` with `importOne`, prefixing issue paths with the entry's.
 *
 * @example
 * importList(json, 'data', (one) => policyFromOpsgenie(one, mapping));
 */
export function importList(
  json: unknown,
  key: string,
  importOne: (entry: unknown) => ImportResult,
): ListImportResult {
  const list =
    typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) {
    return {
      ok: false,
      issues: [{ path: [key], code: 'invalid_type', message: 'Expected array.' }],
    };
  }
  return {
    ok: true,
    value: list.map((entry, i) => {
      const one = importOne(entry);
      return one.ok
        ? one
        : {
            ok: false,
            issues: one.issues.map((issue) => ({ ...issue, path: [key, i, ...issue.path] })),
          };
    }),
  };
}

/**
 * Their user, schedule or team ids → our parties (a party id, or a party and tier). On export
 * the other way round: party ids → their `{ id, type }` references.
 *
 * @example
 * const mapping: ExternalMapping = { PABC123: 'it', PSCHED9: { partyId: 'msp', tier: 2 } };
 */
export type ExternalMapping = Readonly<Record<string, string | StepTarget>>;

/**
 * A reference to one of their users, schedules or teams.
 *
 * @example
 * const ref: ExternalRef = { id: 'PSCHED1', type: 'schedule_reference' };
 */
export interface ExternalRef {
  readonly id: string;
  readonly type: string;
}

/**
 * One link of a policy read as a linear chain, with its delay from the previous link.
 *
 * @example
 * policyChain(policy).links[1]?.delay; // 10
 */
export interface ChainLink {
  readonly step: EscalationStep;
  /** Minutes after the previous link (0 for the first). */
  readonly delay: number;
  /** Whether the link waits for resolution (`not-resolved`) rather than acknowledgement. */
  readonly untilResolved: boolean;
}

/**
 * A policy as PagerDuty and Opsgenie see one: a chain of links, perhaps looping to the start.
 *
 * @example
 * policyChain(policy).loop?.repeat; // 2
 */
export interface Chain {
  readonly links: readonly ChainLink[];
  readonly loop?: {
    readonly delay: number;
    readonly repeat: number;
    readonly untilResolved: boolean;
  };
  readonly lost: { path: (string | number)[]; message: string }[];
}

/**
 * Reads a policy as a chain from its start, following each step's first timed transition; what
 * does not fit a chain (SLA and manual triggers, branches, business minutes) is reported lost,
 * and so are the conditions none of the chain tools has: transition conditions, holds until
 * working hours, `ack: 'all'` and rotations other than every notification.
 *
 * @example
 * policyChain(policy).links.map((link) => link.step.id); // ['t1', 'eng', 'both']
 */
export function policyChain(policy: EscalationPolicy): Chain {
  const lost: Chain['lost'] = [];
  const byId = new Map(policy.steps.map((s) => [s.id, s]));
  const links: ChainLink[] = [];
  const seen = new Set<string>();
  let loop: Chain['loop'];
  let step = byId.get(policy.startStepId);
  let delay = 0;
  let untilResolved = false;
  while (step && !seen.has(step.id)) {
    seen.add(step.id);
    links.push({ step, delay, untilResolved });
    lost.push(...stepConditionsLost(policy, step));
    const outgoing = policy.transitions.filter((t) => t.from === step?.id);
    const timed = outgoing.find((t) => t.trigger.kind !== 'manual' && t.trigger.kind !== 'sla');
    outgoing.forEach((t) => {
      if (t === timed) return;
      const index = policy.transitions.indexOf(t);
      lost.push({
        path: ['transitions', index],
        message: `Transition "${t.id}" (${t.trigger.kind}) has no equivalent in a linear escalation chain.`,
      });
    });
    if (!timed || timed.trigger.kind === 'manual' || timed.trigger.kind === 'sla') break;
    if (timed.when?.length) {
      lost.push({
        path: ['transitions', policy.transitions.indexOf(timed), 'when'],
        message: `Transition "${timed.id}" fires only under conditions (${timed.when.map((c) => c.kind).join(', ')}); exported as unconditional.`,
      });
    }
    if (timed.trigger.calendarId !== undefined) {
      const index = policy.transitions.indexOf(timed);
      lost.push({
        path: ['transitions', index, 'trigger', 'calendarId'],
        message: `Transition "${timed.id}" counts business minutes; exported as wall-clock minutes.`,
      });
    }
    delay = timed.trigger.minutes;
    untilResolved = timed.trigger.kind === 'not-resolved';
    const next = byId.get(timed.to);
    if (next && seen.has(next.id)) {
      if (next.id !== policy.startStepId) {
        lost.push({
          path: ['transitions', policy.transitions.indexOf(timed)],
          message: `Transition "${timed.id}" loops back to a middle step; exported as a loop to the start.`,
        });
      }
      loop = { delay, repeat: timed.repeat ?? 1, untilResolved };
      if (timed.repeat === undefined) {
        lost.push({
          path: ['transitions', policy.transitions.indexOf(timed)],
          message: `Transition "${timed.id}" loops without a limit; exported as one repeat.`,
        });
      }
    }
    step = next;
  }
  return loop ? { links, loop, lost } : { links, lost };
}

/** A step's options that no chain tool has, as lost items at their paths. */
function stepConditionsLost(policy: EscalationPolicy, step: EscalationStep): Chain['lost'] {
  const index = policy.steps.indexOf(step);
  const lost: Chain['lost'] = [];
  const say = (key: string, message: string) =>
    lost.push({ path: ['steps', index, key], message: `Step "${step.id}" ${message}` });
  if (step.hold) say('hold', 'waits for working hours; exported as notifying at once.');
  if (step.ack === 'all' && step.targets.length > 1)
    say('ack', 'needs every target to acknowledge; exported as the first acknowledgement.');
  const rotate = step.rotate;
  if (
    step.mode === 'round-robin' &&
    rotate &&
    !('notifications' in rotate && rotate.notifications === 1)
  )
    say('rotate', 'passes the turn on later than every notification; exported as every one.');
  return lost;
}

/**
 * The party (and tier) an external id maps to, or `undefined`.
 *
 * @example
 * mappedTarget({ PABC: 'it' }, 'PABC'); // { partyId: 'it' }
 */
export function mappedTarget(mapping: ExternalMapping, externalId: string): StepTarget | undefined {
  if (!Object.hasOwn(mapping, externalId)) return undefined;
  const found = mapping[externalId];
  return typeof found === 'string' ? { partyId: found } : found;
}

/**
 * The external reference of a party on export, reported lost when unmapped.
 *
 * @example
 * refOf({ it: { id: 'PU1', type: 'user_reference' } }, 'it', ['steps', 0], lost); // { id: 'PU1', … }
 */
export function refOf(
  refs: Readonly<Record<string, ExternalRef>>,
  partyId: string,
  path: (string | number)[],
  lost: Chain['lost'],
): ExternalRef | undefined {
  if (Object.hasOwn(refs, partyId)) return refs[partyId];
  lost.push({ path, message: `Party "${partyId}" has no external id in the mapping; left out.` });
  return undefined;
}

/**
 * Finishes an imported chain of `rule-N` steps: a loop back to the first rule when the source
 * repeats (with `loop` as its trigger), otherwise a terminal last step; then the policy and its
 * report.
 *
 * @example
 * return closeImportedChain('pagerduty', pd.name, steps, transitions, lost, loop);
 */
export function closeImportedChain(
  id: string,
  name: string | undefined,
  steps: EscalationStep[],
  transitions: Transition[],
  lost: InteropReport['lost'][number][],
  loop: { trigger: Trigger; repeat: number } | undefined,
): { ok: true; value: EscalationPolicy; report: InteropReport } {
  const last = steps.length - 1;
  if (loop && loop.repeat > 0) {
    transitions.push({ id: 'loop', from: `rule-${last + 1}`, to: 'rule-1', ...loop });
  } else steps[last] = { ...(steps[last] as EscalationStep), terminal: true };
  const policy: EscalationPolicy = {
    id,
    ...(name ? { name } : {}),
    startStepId: 'rule-1',
    steps,
    transitions,
  };
  return { ok: true, value: policy, report: { lost } };
}

/** The result for input an importer could not read at all. */
export function unreadableInput(): { ok: false; issues: readonly Issue[] } {
  return {
    ok: false,
    issues: [{ path: [], code: 'unreadable', message: 'The input could not be read.' }],
  };
}

/**
 * Their policy id as the policy's id when it is a valid one, else `fallback` (the system's name).
 *
 * @example
 * importedPolicyId('PT20YPA', 'pagerduty'); // 'PT20YPA'
 */
export function importedPolicyId(sourceId: unknown, fallback: string): string {
  return typeof sourceId === 'string' && idProblem(sourceId) === undefined ? sourceId : fallback;
}
