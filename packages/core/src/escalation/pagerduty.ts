import * as z from 'zod/mini';
import { built } from '../pure';
import { toIssues } from '../schema-issues';
import {
  type Chain,
  closeImportedChain,
  type ExternalMapping,
  type ExternalRef,
  type InteropResult,
  mappedTarget,
  policyChain,
  refOf,
  unreadableInput,
} from './interop-chain';
import type { EscalationPolicy, EscalationStep, StepTarget, Transition } from './model';

/**
 * A PagerDuty-style escalation policy: rules in order, each paging its targets and escalating
 * after `escalation_delay_in_minutes` unacknowledged; `num_loops` repeats the whole chain.
 *
 * @example
 * const pd: PagerDutyPolicy = { name: 'Ops', num_loops: 1, escalation_rules: [{ escalation_delay_in_minutes: 30, targets: [{ id: 'PU1', type: 'user_reference' }] }] };
 */
export interface PagerDutyPolicy {
  readonly name?: string;
  readonly num_loops?: number;
  readonly escalation_rules: readonly {
    readonly escalation_delay_in_minutes: number;
    readonly targets: readonly ExternalRef[];
  }[];
}

const pdSchema = /* @__PURE__ */ built(() =>
  z.object({
    name: z.optional(z.string()),
    num_loops: z.optional(z.int().check(z.gte(0), z.lte(1000))),
    escalation_rules: z
      .array(
        z.object({
          escalation_delay_in_minutes: z.number().check(z.gte(0), z.lte(5_256_000)),
          targets: z
            .array(z.object({ id: z.string().check(z.minLength(1)), type: z.string() }))
            .check(z.maxLength(100)),
        }),
      )
      .check(z.minLength(1), z.maxLength(500)),
  }),
);

/**
 * Imports a PagerDuty-style policy (bare, or wrapped as `{ escalation_policy }`). Each rule
 * becomes an assign step of its mapped targets; each delay a `not-acknowledged` transition to
 * the next step; `num_loops` a transition from the last step back to the first with that
 * `repeat`. Never throws; targets without a mapping are left out and reported.
 *
 * @example
 * const result = policyFromPagerDuty(json, { PU1: 'it', PS2: { partyId: 'msp', tier: 2 } });
 * if (result.ok) save(result.value);
 */
export function policyFromPagerDuty(
  json: unknown,
  mapping: ExternalMapping,
): InteropResult<EscalationPolicy> {
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
    const lost: Chain['lost'] = [];
    const steps: EscalationStep[] = pd.escalation_rules.map((rule, i) => {
      const targets: StepTarget[] = [];
      rule.targets.forEach((ref, k) => {
        const target = mappedTarget(mapping, ref.id);
        if (target) targets.push(target);
        else
          lost.push({
            path: ['escalation_rules', i, 'targets', k],
            message: `No party is mapped to ${ref.type} "${ref.id}"; left out.`,
          });
      });
      return { id: `rule-${i + 1}`, action: 'assign', targets };
    });
    const delay = (i: number) => pd.escalation_rules[i]?.escalation_delay_in_minutes ?? 0;
    const transitions: Transition[] = steps.slice(1).map((step, i) => ({
      id: `escalate-${i + 1}`,
      from: `rule-${i + 1}`,
      to: step.id,
      trigger: { kind: 'not-acknowledged', minutes: delay(i) },
    }));
    return closeImportedChain('pagerduty', pd.name, steps, transitions, lost, {
      trigger: { kind: 'not-acknowledged', minutes: delay(steps.length - 1) },
      repeat: pd.num_loops ?? 0,
    });
  } catch {
    return unreadableInput();
  }
}

/**
 * Exports a policy as a PagerDuty-style one, read as a chain from its start step. `refs` maps
 * party ids to PagerDuty references. SLA and manual triggers, branches, business minutes and
 * unmapped parties are reported as lost; a chain with no way on waits 30 minutes on its last rule.
 *
 * @example
 * const result = policyToPagerDuty(policy, { it: { id: 'PS1', type: 'schedule_reference' } });
 */
export function policyToPagerDuty(
  policy: EscalationPolicy,
  refs: Readonly<Record<string, ExternalRef>>,
): InteropResult<PagerDutyPolicy> {
  const chain = policyChain(policy);
  const lost = chain.lost;
  const rules = chain.links.map((link, i) => {
    const next = chain.links[i + 1]?.delay ?? chain.loop?.delay ?? 30;
    const stepIndex = policy.steps.indexOf(link.step);
    const targets = link.step.targets.flatMap(
      (t, k) => refOf(refs, t.partyId, ['steps', stepIndex, 'targets', k], lost) ?? [],
    );
    if (link.untilResolved)
      lost.push({
        path: ['steps', stepIndex],
        message: `Step "${link.step.id}" waits for resolution; PagerDuty escalates on acknowledgement only.`,
      });
    return { escalation_delay_in_minutes: next, targets };
  });
  const value: PagerDutyPolicy = {
    ...(policy.name ? { name: policy.name } : {}),
    num_loops: chain.loop?.repeat ?? 0,
    escalation_rules: rules,
  };
  return { ok: true, value, report: { lost } };
}
