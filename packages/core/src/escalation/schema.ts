import * as z from 'zod/mini';
import { MAX_ID_LENGTH } from '../matrix/ids';
import { built } from '../pure';

// Shapes of untrusted routing tables and policies (zod mini). Meaning a schema cannot see —
// unique ids, references between steps — is checked by the parse functions.

/**
 * Most rules, steps, transitions and listed values accepted; guards hosts against runaway input.
 *
 * @example
 * ESCALATION_LIMITS.rules; // 10000
 */
export const ESCALATION_LIMITS = { rules: 10_000, steps: 500, transitions: 2_000, values: 1_000 };

const id = /* @__PURE__ */ built(() =>
  z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
);
const name = /* @__PURE__ */ built(() => z.optional(z.string().check(z.maxLength(200))));
const ids = /* @__PURE__ */ built(() =>
  z.optional(z.array(id).check(z.maxLength(ESCALATION_LIMITS.values))),
);
const tier = /* @__PURE__ */ built(() => z.int().check(z.gte(0), z.lte(100)));
// Ten years of minutes, as for SLA targets: more is a typo.
const minutes = /* @__PURE__ */ built(() => z.number().check(z.gte(0), z.lte(5_256_000)));
const source = /* @__PURE__ */ built(() => z.enum(['user', 'monitoring', 'backup', 'security']));

const queue = /* @__PURE__ */ built(() =>
  z.strictObject({ partyId: id, tier, policyId: z.optional(id) }),
);

/**
 * A routing table as accepted from outside.
 *
 * @example
 * routingSchema.safeParse({ rules: [] }).success; // true
 */
export const routingSchema = /* @__PURE__ */ built(() =>
  z.strictObject({
    rules: z
      .array(
        z.strictObject({
          id,
          name,
          when: z.strictObject({
            categoryIds: ids,
            priorities: ids,
            impacts: ids,
            urgencies: ids,
            siteIds: ids,
            vip: z.optional(z.boolean()),
            sources: z.optional(z.array(source).check(z.maxLength(4))),
            hours: z.optional(z.strictObject({ calendarId: id, open: z.boolean() })),
          }),
          queue,
        }),
      )
      .check(z.maxLength(ESCALATION_LIMITS.rules)),
    default: z.optional(queue),
  }),
);

const trigger = /* @__PURE__ */ built(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.enum(['after', 'not-acknowledged', 'not-resolved']),
      minutes,
      calendarId: z.optional(id),
    }),
    z.strictObject({
      kind: z.literal('sla'),
      target: z.enum(['response', 'resolution']),
      percent: z.number().check(z.gt(0), z.lte(1000)),
    }),
    z.strictObject({ kind: z.literal('manual') }),
  ]),
);

/**
 * One step, as accepted from outside.
 *
 * @example
 * stepSchema.safeParse({ id: 'a', action: 'assign', targets: [{ partyId: 'msp' }] }).success; // true
 */
export const stepSchema = /* @__PURE__ */ built(() =>
  z.strictObject({
    id,
    name,
    action: z.enum(['assign', 'notify']),
    targets: z
      .array(z.strictObject({ partyId: id, tier: z.optional(tier) }))
      .check(z.maxLength(100)),
    mode: z.optional(z.enum(['all', 'round-robin'])),
    terminal: z.optional(z.boolean()),
    hold: z.optional(z.strictObject({ until: z.literal('open'), calendarId: z.optional(id) })),
    ack: z.optional(z.enum(['first', 'all'])),
    rotate: z.optional(
      z.union([
        z.strictObject({ notifications: z.int().check(z.gte(1), z.lte(1000)) }),
        z.strictObject({ minutes: z.number().check(z.gt(0), z.lte(5_256_000)) }),
      ]),
    ),
  }),
);

const condition = /* @__PURE__ */ built(() => {
  const whose = { partyId: z.optional(id), calendarId: z.optional(id) };
  return z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('hours'), open: z.boolean(), ...whose }),
    z.strictObject({ kind: z.literal('holiday'), holiday: z.boolean(), ...whose }),
    z.strictObject({
      kind: z.literal('priority'),
      priorities: z.array(id).check(z.minLength(1), z.maxLength(ESCALATION_LIMITS.values)),
    }),
  ]);
});

/**
 * One transition, as accepted from outside.
 *
 * @example
 * transitionSchema.safeParse({ id: 't', from: 'a', to: 'b', trigger: { kind: 'manual' } }).success; // true
 */
export const transitionSchema = /* @__PURE__ */ built(() =>
  z.strictObject({
    id,
    from: id,
    to: id,
    trigger,
    repeat: z.optional(z.int().check(z.gte(0), z.lte(1000))),
    when: z.optional(z.array(condition).check(z.maxLength(20))),
  }),
);

/**
 * An escalation policy as accepted from outside.
 *
 * @example
 * policySchema.safeParse(json).success;
 */
export const policySchema = /* @__PURE__ */ built(() =>
  z.strictObject({
    id,
    name,
    startStepId: id,
    steps: z.array(stepSchema).check(z.minLength(1), z.maxLength(ESCALATION_LIMITS.steps)),
    transitions: z.array(transitionSchema).check(z.maxLength(ESCALATION_LIMITS.transitions)),
  }),
);
