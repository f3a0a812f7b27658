import * as z from 'zod/mini';
import { built } from '../pure';
import { toIssues } from '../schema-issues';
import { type Carried, type CarriedTarget, pick, strayKeys, takeCarried } from './interop-carry';
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
 * An Opsgenie recipient: a user (with `username`), team or schedule (with `name`).
 *
 * @example
 * const recipient: OpsgenieRecipient = { type: 'schedule', id: 's1', name: 'Engineering_schedule' };
 */
export interface OpsgenieRecipient extends ExternalRef {
  readonly name?: string;
  readonly username?: string;
}

/**
 * How Opsgenie repeats an escalation once its last rule has run.
 *
 * @example
 * const repeat: OpsgenieRepeat = { waitInterval: 10, count: 2, resetRecipientStates: true, closeAlertAfterAll: false };
 */
export interface OpsgenieRepeat {
  readonly waitInterval: number;
  readonly count: number;
  readonly resetRecipientStates?: boolean;
  readonly closeAlertAfterAll?: boolean;
}

/**
 * An Opsgenie escalation: rules, each notifying one recipient `delay` after the alert opened
 * if it is still not acknowledged (`if-not-acked`) or not closed (`if-not-closed`); `notifyType`
 * says whom of a schedule (`default` on-call, `next`, `previous`) or team (`all`, `admins`, …);
 * and a `repeat` of the whole escalation.
 *
 * @example
 * const og: OpsgeniePolicy = { name: 'Ops', rules: [{ condition: 'if-not-acked', delay: { timeAmount: 0, timeUnit: 'minutes' }, recipient: { type: 'schedule', id: 's1' } }] };
 */
export interface OpsgeniePolicy {
  readonly id?: string;
  readonly name?: string;
  readonly description?: string;
  readonly ownerTeam?: { readonly id?: string; readonly name?: string };
  readonly rules: readonly OpsgenieRule<OpsgenieDelay>[];
  readonly repeat?: OpsgenieRepeat;
}

/**
 * An Opsgenie delay: an amount and its unit (minutes when left out).
 *
 * @example
 * const delay: OpsgenieDelay = { timeAmount: 1, timeUnit: 'hours' };
 */
export interface OpsgenieDelay {
  readonly timeAmount: number;
  readonly timeUnit?: 'minutes' | 'hours' | 'days';
}

/**
 * One rule of an Opsgenie (or, with `delay` in minutes, JSM Operations) escalation.
 *
 * @example
 * const rule: OpsgenieRule<number> = { condition: 'if-not-acked', notifyType: 'next', delay: 5, recipient: { type: 'schedule', id: 's1' } };
 */
export interface OpsgenieRule<Delay> {
  readonly condition: 'if-not-acked' | 'if-not-closed';
  readonly notifyType?: string;
  readonly delay: Delay;
  readonly recipient: OpsgenieRecipient;
}

const UNIT = { minutes: 1, hours: 60, days: 1_440 } as const;
const amount = /* @__PURE__ */ built(() => z.number().check(z.gte(0), z.lte(5_256_000)));

/** How the two dialects of one escalation JSON write a delay. */
export interface DelayDialect<Delay> {
  readonly system: string;
  readonly schema: z.ZodMiniType<Delay>;
  minutes(delay: Delay): number;
  /** Their delay for `minutes`, in the unit the imported rule used (`unit`, when carried). */
  write(minutes: number, unit: unknown): Delay;
  /** The unit to carry for a delay (`null`: none given), or `undefined` for bare numbers. */
  unitOf(delay: Delay): 'minutes' | 'hours' | 'days' | null | undefined;
}

const opsgenieDelay: DelayDialect<OpsgenieDelay> = {
  system: 'opsgenie',
  schema: /* @__PURE__ */ built(() =>
    z.object({ timeAmount: amount, timeUnit: z.optional(z.enum(['minutes', 'hours', 'days'])) }),
  ) as z.ZodMiniType<OpsgenieDelay>,
  minutes: (delay) => delay.timeAmount * UNIT[delay.timeUnit ?? 'minutes'],
  write(minutes, unit) {
    if (unit === null && minutes >= 0) return { timeAmount: minutes };
    const timeUnit = unit === 'hours' || unit === 'days' ? unit : 'minutes';
    return minutes % UNIT[timeUnit] === 0
      ? { timeAmount: minutes / UNIT[timeUnit], timeUnit }
      : { timeAmount: minutes, timeUnit: 'minutes' };
  },
  unitOf: (delay) => delay.timeUnit ?? null,
};

/** The escalation JSON shared by Opsgenie and JSM Operations, with its dialect's delays. */
export function escalationSchema<Delay>(dialect: DelayDialect<Delay>) {
  return z.object({
    id: z.optional(z.string()),
    name: z.optional(z.string()),
    description: z.optional(z.nullable(z.string())),
    ownerTeam: z.optional(z.object({ id: z.optional(z.string()), name: z.optional(z.string()) })),
    enabled: z.optional(z.boolean()),
    rules: z
      .array(
        z.object({
          condition: z.enum(['if-not-acked', 'if-not-closed']),
          notifyType: z.optional(z.string()),
          delay: dialect.schema,
          recipient: z.object({
            type: z.string(),
            id: z.string().check(z.minLength(1)),
            name: z.optional(z.string()),
            username: z.optional(z.string()),
          }),
        }),
      )
      .check(z.minLength(1), z.maxLength(500)),
    repeat: z.optional(
      z.object({
        waitInterval: amount,
        count: z.int().check(z.gte(0), z.lte(1000)),
        resetRecipientStates: z.optional(z.boolean()),
        closeAlertAfterAll: z.optional(z.boolean()),
      }),
    ),
  });
}

const ogSchema = /* @__PURE__ */ built(() => escalationSchema(opsgenieDelay));

const kindOf = (condition: string) =>
  (condition === 'if-not-closed' ? 'not-resolved' : 'not-acknowledged') as
    | 'not-resolved'
    | 'not-acknowledged';

// The first step is entered unconditionally, so its wait and condition live only here.
function firstFields(offset: number, condition: string): Carried['steps'][string]['fields'] {
  return {
    ...(offset > 0 ? { offset } : {}),
    ...(condition === 'if-not-closed' ? { condition } : {}),
  };
}

/**
 * Imports one escalation of the shared Opsgenie / JSM Operations JSON with `schema` (built by
 * `escalationSchema(dialect)`). See `policyFromOpsgenie`.
 *
 * @example
 * importEscalation(json, mapping, jsmDelay, jsmSchema);
 */
export function importEscalation<Delay>(
  json: unknown,
  mapping: ExternalMapping,
  dialect: DelayDialect<Delay>,
  schema: ReturnType<typeof escalationSchema<Delay>>,
): ImportResult {
  try {
    const parsed = schema.safeParse(json);
    if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
    const og = parsed.data;
    const lost: Chain['lost'] = strayKeys(schema, json);
    const refs: Record<string, ExternalRef> = {};
    const rules = og.rules
      .map((rule, index) => ({ rule, index, minutes: dialect.minutes(rule.delay as Delay) }))
      .sort((a, b) => a.minutes - b.minutes || a.index - b.index);
    const groups: {
      minutes: number;
      condition: string;
      targets: StepTarget[];
      carried: CarriedTarget[];
    }[] = [];
    for (const { rule, index, minutes } of rules) {
      let group = groups.at(-1);
      if (!group || group.minutes !== minutes || group.condition !== rule.condition) {
        group = { minutes, condition: rule.condition, targets: [], carried: [] };
        groups.push(group);
      }
      const { recipient } = rule;
      const target = mappedTarget(mapping, recipient.id);
      if (!target) {
        lost.push({
          path: ['rules', index, 'recipient'],
          message: `No party is mapped to ${recipient.type} "${recipient.id}"; left out.`,
        });
        continue;
      }
      group.targets.push(target);
      refs[target.partyId] ??= { id: recipient.id, type: recipient.type };
      const unit = dialect.unitOf(rule.delay as Delay);
      group.carried.push({
        id: recipient.id,
        fields: {
          ...pick(rule, ['notifyType']),
          ...pick(recipient, ['name', 'username']),
          ...(unit === undefined ? {} : { timeUnit: unit }),
        },
      });
    }
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
    const offset = groups[0]?.minutes ?? 0;
    if (offset > 0) {
      lost.push({
        path: ['rules'],
        message: `The first rule waits ${offset} minutes before notifying; the policy notifies at once (the wait is carried for export).`,
      });
    }
    const carried: Carried = {
      policy: pick(og, ['id', 'description', 'ownerTeam', 'enabled', 'repeat']),
      steps: Object.fromEntries(
        groups.map((g, i) => [
          `rule-${i + 1}`,
          { fields: i === 0 ? firstFields(offset, g.condition) : {}, targets: g.carried },
        ]),
      ),
      refs,
    };
    const closed = closeImportedChain(
      importedPolicyId(og.id, dialect.system),
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
    return { ...closed, carried };
  } catch {
    return unreadableInput();
  }
}

/**
 * Imports an Opsgenie escalation. Opsgenie delays count from the alert's creation, ours
 * from entering a step, so rules are sorted by delay and rules with the same delay and
 * condition become one step reaching all their recipients; each step gap becomes a
 * `not-acknowledged` (or `not-resolved`) transition of the difference. `repeat` becomes a
 * transition back to the first step with that `repeat`. `notifyType`, recipient names, delay
 * units, the owner team and the repeat's flags are `carried`; unknown keys and unmapped
 * recipients are reported in `lost`. Never throws.
 *
 * @example
 * const result = policyFromOpsgenie(json, { s1: 'msp', u7: 'it' });
 */
export function policyFromOpsgenie(json: unknown, mapping: ExternalMapping): ImportResult {
  return importEscalation(json, mapping, opsgenieDelay, ogSchema);
}

/**
 * Imports an Opsgenie list response (`{ data: [...] }`) escalation by escalation.
 *
 * @example
 * const list = policiesFromOpsgenieList(json, mapping);
 */
export function policiesFromOpsgenieList(
  json: unknown,
  mapping: ExternalMapping,
): ListImportResult {
  return importList(json, 'data', (one) => policyFromOpsgenie(one, mapping));
}

/**
 * Exports a policy as one escalation of the shared Opsgenie / JSM Operations JSON. See
 * `policyToOpsgenie`.
 *
 * @example
 * exportEscalation(policy, refs, carried, jsmDelay);
 */
export function exportEscalation<Delay>(
  policy: EscalationPolicy,
  refs: Readonly<Record<string, ExternalRef>>,
  carried: Carried | undefined,
  dialect: DelayDialect<Delay>,
): InteropResult<Omit<OpsgeniePolicy, 'rules'> & { rules: OpsgenieRule<Delay>[] }> {
  const chain = policyChain(policy);
  const lost = chain.lost;
  const allRefs = { ...carried?.refs, ...refs };
  const first = carried?.steps[policy.startStepId]?.fields;
  let elapsed = typeof first?.offset === 'number' ? first.offset : 0;
  const rules = chain.links.flatMap((link, i) => {
    elapsed += link.delay;
    const stepIndex = policy.steps.indexOf(link.step);
    if (link.step.mode === 'round-robin')
      lost.push({
        path: ['steps', stepIndex, 'mode'],
        message: `Step "${link.step.id}" takes its targets in turn; ${dialect.system} escalations notify every rule's recipient.`,
      });
    const untilResolved = i === 0 ? first?.condition === 'if-not-closed' : link.untilResolved;
    const condition = untilResolved ? ('if-not-closed' as const) : ('if-not-acked' as const);
    const extra = carried?.steps[link.step.id]?.targets;
    const used = new Set<CarriedTarget>();
    return link.step.targets.flatMap((t, k) => {
      const ref = refOf(allRefs, t.partyId, ['steps', stepIndex, 'targets', k], lost);
      if (!ref) return [];
      const { notifyType, timeUnit, ...names } = takeCarried(extra, used, ref.id);
      const rule: OpsgenieRule<Delay> = {
        condition,
        ...(typeof notifyType === 'string' ? { notifyType } : {}),
        delay: dialect.write(elapsed, timeUnit),
        recipient: { ...names, ...ref },
      };
      return [rule];
    });
  });
  const { repeat: carriedRepeat, ...policyFields } = carried?.policy ?? {};
  const was = carriedRepeat as OpsgenieRepeat | undefined;
  const repeat = chain.loop
    ? { ...was, waitInterval: chain.loop.delay, count: chain.loop.repeat }
    : was && was.count === 0
      ? was
      : undefined;
  const value = {
    ...policyFields,
    ...(policy.name ? { name: policy.name } : {}),
    rules,
    ...(repeat ? { repeat } : {}),
  } as Omit<OpsgeniePolicy, 'rules'> & { rules: OpsgenieRule<Delay>[] };
  return { ok: true, value, report: { lost } };
}

/**
 * Exports a policy as an Opsgenie escalation, read as a chain from its start: one rule per
 * step target, its delay the sum of the chain's delays so far. `refs` maps party ids to
 * Opsgenie recipients (over `carried.refs`); `carried`, from the import, gives back their
 * fields. What cannot be expressed is reported as lost.
 *
 * @example
 * const result = policyToOpsgenie(policy, { it: { type: 'team', id: 't1' }, msp: { type: 'schedule', id: 's9' } });
 */
export function policyToOpsgenie(
  policy: EscalationPolicy,
  refs: Readonly<Record<string, ExternalRef>>,
  carried?: Carried,
): InteropResult<OpsgeniePolicy> {
  return exportEscalation(policy, refs, carried, opsgenieDelay);
}
