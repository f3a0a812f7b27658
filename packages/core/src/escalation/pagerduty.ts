import * as z from 'zod/mini';
import { built } from '../pure';
import { toIssues } from '../schema-issues';
import {
  type Carried,
  type CarriedTarget,
  type JsonValue,
  pick,
  strayKeys,
  takeCarried,
} from './interop-carry';
import {
  type Chain,
  closeImportedChain,
  type ExternalMapping,
  type ExternalRef,
  type ImportResult,
  type InteropResult,
  importedPolicyId,
  importList,
  type ListImportResult,
  mappedTarget,
  policyChain,
  refOf,
  unreadableInput,
} from './interop-chain';
import type { EscalationPolicy, EscalationStep, StepTarget, Transition } from './model';

/**
 * A reference as PagerDuty sends one: its id and type, with a display name and links.
 *
 * @example
 * const ref: PagerDutyRef = { id: 'PI7DH85', type: 'schedule_reference', summary: 'Daily Engineering Rotation' };
 */
export interface PagerDutyRef extends ExternalRef {
  readonly summary?: string;
  readonly self?: string | null;
  readonly html_url?: string | null;
}

/**
 * How PagerDuty assigns a rule's incident: every target, or one in turn. Its docs show both an
 * object and a one-element array.
 *
 * @example
 * const strategy: PagerDutyAssignment = { type: 'round_robin' };
 */
export type PagerDutyAssignment = { readonly type: string } | readonly { readonly type: string }[];

/**
 * A PagerDuty escalation policy: rules in order, each paging its targets and escalating
 * after `escalation_delay_in_minutes` unacknowledged; `num_loops` repeats the whole chain.
 *
 * @example
 * const pd: PagerDutyPolicy = { name: 'Ops', num_loops: 1, escalation_rules: [{ escalation_delay_in_minutes: 30, targets: [{ id: 'PU1', type: 'user_reference' }] }] };
 */
export interface PagerDutyPolicy {
  readonly id?: string;
  readonly type?: string;
  readonly summary?: string;
  readonly self?: string | null;
  readonly html_url?: string | null;
  readonly name?: string;
  readonly description?: string | null;
  readonly num_loops?: number;
  readonly on_call_handoff_notifications?: string;
  readonly escalation_rules: readonly {
    readonly id?: string;
    readonly escalation_delay_in_minutes: number;
    readonly targets: readonly PagerDutyRef[];
    readonly escalation_rule_assignment_strategy?: PagerDutyAssignment;
  }[];
  readonly services?: readonly PagerDutyRef[];
  readonly teams?: readonly PagerDutyRef[];
}

// Every field of PagerDuty's documented policy shape; what the model does not hold is carried.
const POLICY_CARRIED = [
  'id',
  'type',
  'summary',
  'self',
  'html_url',
  'description',
  'on_call_handoff_notifications',
  'services',
  'teams',
];
const TARGET_CARRIED = ['summary', 'self', 'html_url'];

const link = /* @__PURE__ */ built(() => z.optional(z.nullable(z.string())));
const ref = /* @__PURE__ */ built(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    type: z.string(),
    summary: z.optional(z.string()),
    self: link,
    html_url: link,
  }),
);
const strategy = /* @__PURE__ */ built(() => z.object({ type: z.string() }));
const pdSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.optional(z.string()),
    type: z.optional(z.string()),
    summary: z.optional(z.string()),
    self: link,
    html_url: link,
    name: z.optional(z.string()),
    description: z.optional(z.nullable(z.string())),
    num_loops: z.optional(z.int().check(z.gte(0), z.lte(1000))),
    on_call_handoff_notifications: z.optional(z.string()),
    escalation_rules: z
      .array(
        z.object({
          id: z.optional(z.string()),
          escalation_delay_in_minutes: z.number().check(z.gte(0), z.lte(5_256_000)),
          targets: z.array(ref).check(z.maxLength(100)),
          escalation_rule_assignment_strategy: z.optional(
            z.union([strategy, z.array(strategy).check(z.maxLength(10))]),
          ),
        }),
      )
      .check(z.minLength(1), z.maxLength(500)),
    services: z.optional(z.array(ref)),
    teams: z.optional(z.array(ref)),
  }),
);

function strategyType(value: PagerDutyAssignment | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first as { type?: string } | undefined)?.type ?? 'assign_to_everyone';
}

/**
 * Imports a PagerDuty policy (bare, or wrapped as `{ escalation_policy }`). Each rule becomes an
 * assign step of its mapped targets (`round_robin` assignment: `mode: 'round-robin'`); each delay
 * a `not-acknowledged` transition to the next step; `num_loops` a transition from the last step
 * back to the first with that `repeat`. Their fields the model has no place for (rule ids,
 * teams, services, handoff notifications, target names and links) are `carried`; unknown keys
 * and targets without a mapping are reported in `lost`, paths from the policy. Never throws.
 *
 * @example
 * const result = policyFromPagerDuty(json, { PU1: 'it', PS2: { partyId: 'msp', tier: 2 } });
 * if (result.ok) save(result.value, result.carried);
 */
export function policyFromPagerDuty(json: unknown, mapping: ExternalMapping): ImportResult {
  try {
    const wrapped = typeof json === 'object' && json !== null && 'escalation_policy' in json;
    const input = wrapped ? (json as { escalation_policy: unknown }).escalation_policy : json;
    const parsed = pdSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        issues: toIssues(parsed.error.issues, wrapped ? ['escalation_policy'] : []),
      };
    }
    const pd = parsed.data;
    const lost: Chain['lost'] = strayKeys(pdSchema, input);
    const refs: Record<string, ExternalRef> = {};
    const carriedSteps: Record<string, Carried['steps'][string]> = {};
    const looping = (pd.num_loops ?? 0) > 0;
    const steps: EscalationStep[] = pd.escalation_rules.map((rule, i) => {
      const id = `rule-${i + 1}`;
      const targets: StepTarget[] = [];
      const carriedTargets: CarriedTarget[] = [];
      rule.targets.forEach((target, k) => {
        const mapped = mappedTarget(mapping, target.id);
        if (!mapped) {
          lost.push({
            path: ['escalation_rules', i, 'targets', k],
            message: `No party is mapped to ${target.type} "${target.id}"; left out.`,
          });
          return;
        }
        targets.push(mapped);
        refs[mapped.partyId] ??= { id: target.id, type: target.type };
        carriedTargets.push({ id: target.id, fields: pick(target, TARGET_CARRIED) });
      });
      const fields = pick(rule, ['id', 'escalation_rule_assignment_strategy']);
      // Without loops the last delay leads nowhere in the model, but it is theirs to keep.
      if (i === pd.escalation_rules.length - 1 && !looping)
        fields.escalation_delay_in_minutes = rule.escalation_delay_in_minutes;
      carriedSteps[id] = { fields, targets: carriedTargets };
      const roundRobin = strategyType(rule.escalation_rule_assignment_strategy) === 'round_robin';
      return { id, action: 'assign', targets, ...(roundRobin ? { mode: 'round-robin' } : {}) };
    });
    const delay = (i: number) => pd.escalation_rules[i]?.escalation_delay_in_minutes ?? 0;
    const transitions: Transition[] = steps.slice(1).map((step, i) => ({
      id: `escalate-${i + 1}`,
      from: `rule-${i + 1}`,
      to: step.id,
      trigger: { kind: 'not-acknowledged', minutes: delay(i) },
    }));
    const closed = closeImportedChain(
      importedPolicyId(pd.id, 'pagerduty'),
      pd.name,
      steps,
      transitions,
      lost,
      {
        trigger: { kind: 'not-acknowledged', minutes: delay(steps.length - 1) },
        repeat: pd.num_loops ?? 0,
      },
    );
    const carried: Carried = { policy: pick(pd, POLICY_CARRIED), steps: carriedSteps, refs };
    return { ...closed, carried };
  } catch {
    return unreadableInput();
  }
}

/**
 * Imports a PagerDuty list response (`{ escalation_policies: [...] }`) policy by policy.
 *
 * @example
 * const list = policiesFromPagerDutyList(json, mapping);
 */
export function policiesFromPagerDutyList(
  json: unknown,
  mapping: ExternalMapping,
): ListImportResult {
  return importList(json, 'escalation_policies', (one) => policyFromPagerDuty(one, mapping));
}

function assignmentOf(
  mode: EscalationStep['mode'],
  carried: JsonValue | undefined,
): PagerDutyAssignment | undefined {
  const type = mode === 'round-robin' ? 'round_robin' : 'assign_to_everyone';
  if (carried === undefined) return mode === 'round-robin' ? { type } : undefined;
  const was = carried as PagerDutyAssignment;
  if (strategyType(was) === type) return was;
  return Array.isArray(was) ? [{ type }] : { type };
}

/**
 * Exports a policy as a PagerDuty one, read as a chain from its start step. `refs` maps party
 * ids to PagerDuty references (over `carried.refs`); `carried`, from the import, gives back
 * their fields. SLA and manual triggers, branches, business minutes and unmapped parties are
 * reported as lost; a chain with no way on waits 30 minutes on its last rule.
 *
 * @example
 * const result = policyToPagerDuty(policy, { it: { id: 'PS1', type: 'schedule_reference' } });
 */
export function policyToPagerDuty(
  policy: EscalationPolicy,
  refs: Readonly<Record<string, ExternalRef>>,
  carried?: Carried,
): InteropResult<PagerDutyPolicy> {
  const chain = policyChain(policy);
  const lost = chain.lost;
  const allRefs = { ...carried?.refs, ...refs };
  const rules = chain.links.map((link, i) => {
    const extra = carried?.steps[link.step.id];
    const fields = extra?.fields ?? {};
    const next =
      chain.links[i + 1]?.delay ??
      chain.loop?.delay ??
      (fields.escalation_delay_in_minutes as number | undefined) ??
      30;
    const stepIndex = policy.steps.indexOf(link.step);
    const used = new Set<CarriedTarget>();
    const targets = link.step.targets.flatMap((t, k) => {
      const found = refOf(allRefs, t.partyId, ['steps', stepIndex, 'targets', k], lost);
      return found ? [{ ...found, ...takeCarried(extra?.targets, used, found.id) }] : [];
    });
    if (link.untilResolved)
      lost.push({
        path: ['steps', stepIndex],
        message: `Step "${link.step.id}" waits for resolution; PagerDuty escalates on acknowledgement only.`,
      });
    const assignment = assignmentOf(link.step.mode, fields.escalation_rule_assignment_strategy);
    return {
      ...(typeof fields.id === 'string' ? { id: fields.id } : {}),
      escalation_delay_in_minutes: next,
      targets,
      ...(assignment ? { escalation_rule_assignment_strategy: assignment } : {}),
    };
  });
  const value = {
    ...carried?.policy,
    ...(policy.name ? { name: policy.name } : {}),
    num_loops: chain.loop?.repeat ?? 0,
    escalation_rules: rules,
  } as PagerDutyPolicy;
  return { ok: true, value, report: { lost } };
}
