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
 * An Opsgenie-style escalation: rules, each notifying one recipient `delay` after the alert
 * opened if it is still not acknowledged (`if-not-acked`) or not closed (`if-not-closed`), and
 * a `repeat` of the whole escalation.
 *
 * @example
 * const og: OpsgeniePolicy = { name: 'Ops', rules: [{ condition: 'if-not-acked', delay: { timeAmount: 0, timeUnit: 'minutes' }, recipient: { type: 'schedule', id: 's1' } }] };
 */
export interface OpsgeniePolicy {
  readonly name?: string;
  readonly rules: readonly {
    readonly condition: 'if-not-acked' | 'if-not-closed';
    readonly delay: {
      readonly timeAmount: number;
      readonly timeUnit?: 'minutes' | 'hours' | 'days';
    };
    readonly recipient: ExternalRef;
  }[];
  readonly repeat?: { readonly waitInterval: number; readonly count: number };
}

const UNIT = { minutes: 1, hours: 60, days: 1_440 } as const;
const ogSchema = /* @__PURE__ */ built(() =>
  z.object({
    name: z.optional(z.string()),
    rules: z
      .array(
        z.object({
          condition: z.enum(['if-not-acked', 'if-not-closed']),
          delay: z.object({
            timeAmount: z.number().check(z.gte(0), z.lte(5_256_000)),
            timeUnit: z.optional(z.enum(['minutes', 'hours', 'days'])),
          }),
          recipient: z.object({ type: z.string(), id: z.string().check(z.minLength(1)) }),
        }),
      )
      .check(z.minLength(1), z.maxLength(500)),
    repeat: z.optional(
      z.object({
        waitInterval: z.number().check(z.gte(0), z.lte(5_256_000)),
        count: z.int().check(z.gte(0), z.lte(1000)),
      }),
    ),
  }),
);

/**
 * Imports an Opsgenie-style escalation. Opsgenie delays count from the alert's creation, ours
 * from entering a step, so rules are sorted by delay and rules with the same delay and
 * condition become one step reaching all their recipients; each step gap becomes a
 * `not-acknowledged` (or `not-resolved`) transition of the difference. `repeat` becomes a
 * transition back to the first step with that `repeat`. Never throws; unmapped recipients are
 * left out and reported.
 *
 * @example
 * const result = policyFromOpsgenie(json, { s1: 'msp', u7: 'it' });
 */
export function policyFromOpsgenie(
  json: unknown,
  mapping: ExternalMapping,
): InteropResult<EscalationPolicy> {
  try {
    const parsed = ogSchema.safeParse(json);
    if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
    const og = parsed.data;
    const lost: Chain['lost'] = [];
    const rules = og.rules
      .map((rule, index) => ({
        rule,
        index,
        minutes: rule.delay.timeAmount * UNIT[rule.delay.timeUnit ?? 'minutes'],
      }))
      .sort((a, b) => a.minutes - b.minutes || a.index - b.index);
    const groups: { minutes: number; condition: string; targets: StepTarget[] }[] = [];
    for (const { rule, index, minutes } of rules) {
      let group = groups.at(-1);
      if (!group || group.minutes !== minutes || group.condition !== rule.condition) {
        group = { minutes, condition: rule.condition, targets: [] };
        groups.push(group);
      }
      const target = mappedTarget(mapping, rule.recipient.id);
      if (target) group.targets.push(target);
      else
        lost.push({
          path: ['rules', index, 'recipient'],
          message: `No party is mapped to ${rule.recipient.type} "${rule.recipient.id}"; left out.`,
        });
    }
    const kindOf = (condition: string) =>
      (condition === 'if-not-closed' ? 'not-resolved' : 'not-acknowledged') as
        | 'not-resolved'
        | 'not-acknowledged';
    const steps: EscalationStep[] = groups.map((g, i) => ({
      id: `rule-${i + 1}`,
      action: 'assign',
      targets: g.targets,
    }));
    const transitions: Transition[] = groups.slice(1).map((g, i) => ({
      id: `escalate-${i + 1}`,
      from: `rule-${i + 1}`,
      to: `rule-${i + 2}`,
      trigger: {
        kind: kindOf(g.condition),
        minutes: g.minutes - (groups[i] as (typeof groups)[number]).minutes,
      },
    }));
    if ((groups[0]?.minutes ?? 0) > 0) {
      lost.push({
        path: ['rules'],
        message: 'The first rule waits before notifying; imported as notifying at once.',
      });
    }
    return closeImportedChain(
      'opsgenie',
      og.name,
      steps,
      transitions,
      lost,
      og.repeat
        ? {
            trigger: { kind: kindOf(groups[0]?.condition ?? ''), minutes: og.repeat.waitInterval },
            repeat: og.repeat.count,
          }
        : undefined,
    );
  } catch {
    return unreadableInput();
  }
}

/**
 * Exports a policy as an Opsgenie-style escalation, read as a chain from its start: one rule per
 * step target, its delay the sum of the chain's delays so far. `refs` maps party ids to
 * Opsgenie recipients; what cannot be expressed is reported as lost.
 *
 * @example
 * const result = policyToOpsgenie(policy, { it: { type: 'team', id: 't1' }, msp: { type: 'schedule', id: 's9' } });
 */
export function policyToOpsgenie(
  policy: EscalationPolicy,
  refs: Readonly<Record<string, ExternalRef>>,
): InteropResult<OpsgeniePolicy> {
  const chain = policyChain(policy);
  const lost = chain.lost;
  let elapsed = 0;
  const rules = chain.links.flatMap((link) => {
    elapsed += link.delay;
    const stepIndex = policy.steps.indexOf(link.step);
    const condition = link.untilResolved ? ('if-not-closed' as const) : ('if-not-acked' as const);
    return link.step.targets.flatMap((t, k) => {
      const recipient = refOf(refs, t.partyId, ['steps', stepIndex, 'targets', k], lost);
      return recipient
        ? [{ condition, delay: { timeAmount: elapsed, timeUnit: 'minutes' as const }, recipient }]
        : [];
    });
  });
  const value: OpsgeniePolicy = {
    ...(policy.name ? { name: policy.name } : {}),
    rules,
    ...(chain.loop ? { repeat: { waitInterval: chain.loop.delay, count: chain.loop.repeat } } : {}),
  };
  return { ok: true, value, report: { lost } };
}
