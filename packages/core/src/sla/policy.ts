import * as z from 'zod/mini';
import { built } from '../pure';
import { fail, type Issue, ok, type ParseResult } from '../result';
import { toIssues } from '../schema-issues';
import type { CalendarRegistry } from './registry';

/**
 * The stages an SLA measures: first response, a plan (Respond → Plan → Resolve, as PSA tools
 * stage it), resolution, and the cadence of customer updates while the ticket is open.
 *
 * @example
 * const kind: SlaTargetKind = 'resolution';
 */
export type SlaTargetKind = 'response' | 'plan' | 'resolution' | 'update';

/**
 * The target kinds in the order results list them.
 *
 * @example
 * for (const kind of SLA_TARGET_KINDS) render(sla.clocks[kind]);
 */
export const SLA_TARGET_KINDS: readonly SlaTargetKind[] = [
  'response',
  'plan',
  'resolution',
  'update',
];

/**
 * A target's `calendarId` that counts on the calendar of whichever party holds the ticket.
 *
 * @example
 * const resolution: SlaTarget = { minutes: 480, calendarId: HOLDER_CALENDAR };
 */
export const HOLDER_CALENDAR = 'holder';

/**
 * One target: business minutes on a calendar — the policy's by default, a calendar id, or
 * `'holder'` for the calendar of the party holding the ticket (office hours while internal IT
 * has it, 24/7 while the MSP does).
 *
 * @example
 * const p1Response: SlaTarget = { minutes: 15, calendarId: '24x7' };
 */
export interface SlaTarget {
  readonly minutes: number;
  readonly calendarId?: string;
}

/**
 * The targets of one priority. `update` is a cadence: each customer update restarts it.
 *
 * @example
 * const p2: SlaPriorityTargets = { response: { minutes: 60 }, resolution: { minutes: 480 }, update: { minutes: 240 } };
 */
export interface SlaPriorityTargets {
  readonly response: SlaTarget;
  readonly plan?: SlaTarget;
  readonly resolution: SlaTarget;
  readonly update?: SlaTarget;
}

/**
 * A value a ticket attribute is compared with.
 *
 * @example
 * const when: SlaPolicy['when'] = { vip: true, category: ['network', 'wan'] };
 */
export type SlaMatchValue = string | number | boolean;

/**
 * An SLA policy as plain JSON: targets by priority id, the statuses that pause its clocks,
 * warning thresholds in percent, and the tickets it applies to.
 *
 * @example
 * const standard: SlaPolicy = {
 *   id: 'standard',
 *   calendarId: 'office',
 *   priorities: {
 *     P1: { response: { minutes: 15, calendarId: '24x7' }, resolution: { minutes: 240, calendarId: '24x7' } },
 *     P3: { response: { minutes: 240 }, plan: { minutes: 480 }, resolution: { minutes: 2_700 } },
 *   },
 *   pauseStatuses: ['waiting-on-customer', 'scheduled'],
 *   warnAt: [50, 75, 90],
 *   when: { contract: ['gold', 'silver'] },
 * };
 */
export interface SlaPolicy {
  readonly id: string;
  readonly name?: string;
  /** The calendar of targets that name none. */
  readonly calendarId: string;
  readonly priorities: Readonly<Record<string, SlaPriorityTargets>>;
  readonly pauseStatuses?: readonly string[];
  readonly warnAt?: readonly number[];
  /** Attribute → accepted value(s); every key must match. Left out, the policy matches all. */
  readonly when?: Readonly<Record<string, SlaMatchValue | readonly SlaMatchValue[]>>;
}

const id = /* @__PURE__ */ built(() => z.string().check(z.minLength(1), z.maxLength(200)));
// Ten years of minutes: more is a typo, and would only search far-off years.
const target = /* @__PURE__ */ built(() =>
  z.strictObject({
    minutes: z.number().check(z.gt(0), z.lte(5_256_000)),
    calendarId: z.optional(id),
  }),
);
const matchValue = /* @__PURE__ */ built(() => z.union([z.string(), z.number(), z.boolean()]));

/**
 * The shape of an SLA policy from outside (zod mini); `parseSlaPolicy` checks the meaning too.
 *
 * @example
 * slaPolicySchema.safeParse(json).success;
 */
export const slaPolicySchema = /* @__PURE__ */ built(() =>
  z.strictObject({
    id,
    name: z.optional(z.string().check(z.maxLength(200))),
    calendarId: id,
    priorities: z.record(
      id,
      z.strictObject({
        response: target,
        plan: z.optional(target),
        resolution: target,
        update: z.optional(target),
      }),
    ),
    pauseStatuses: z.optional(z.array(id).check(z.maxLength(100))),
    warnAt: z.optional(z.array(z.number().check(z.gt(0), z.lte(1000))).check(z.maxLength(20))),
    when: z.optional(
      z.record(id, z.union([matchValue, z.array(matchValue).check(z.maxLength(1000))])),
    ),
  }),
);

/**
 * Reads an SLA policy from untrusted input. Never throws. With a calendar registry it also
 * reports calendar ids the registry lacks (`'24x7'` and `'holder'` are always known).
 *
 * @example
 * const result = parseSlaPolicy(json, calendars);
 * if (!result.ok) for (const issue of result.issues) console.warn(formatPath(issue.path), issue.message);
 */
export function parseSlaPolicy(
  input: unknown,
  calendars?: CalendarRegistry,
): ParseResult<SlaPolicy> {
  try {
    const shape = slaPolicySchema.safeParse(input);
    if (!shape.success) return fail(toIssues(shape.error.issues));
    const policy = shape.data as SlaPolicy;
    const issues: Issue[] = [];
    const known = (calendarId: string) =>
      !calendars || calendarId === '24x7' || calendars.has(calendarId);
    if (policy.calendarId === HOLDER_CALENDAR) {
      const message = `The policy's calendar is the fallback for "${HOLDER_CALENDAR}" targets; name a real one.`;
      issues.push({ path: ['calendarId'], code: 'invalid_calendar', message });
    } else if (!known(policy.calendarId)) {
      issues.push(unknownCalendar(['calendarId'], policy.calendarId));
    }
    const priorities = Object.entries(policy.priorities);
    if (priorities.length === 0) {
      const message = 'Give targets for at least one priority, e.g. "P1".';
      issues.push({ path: ['priorities'], code: 'too_small', message });
    }
    for (const [priority, targets] of priorities) {
      for (const [kind, t] of Object.entries(targets) as [string, SlaTarget][]) {
        const calendarId = t.calendarId;
        if (calendarId !== undefined && calendarId !== HOLDER_CALENDAR && !known(calendarId)) {
          issues.push(unknownCalendar(['priorities', priority, kind, 'calendarId'], calendarId));
        }
      }
    }
    return issues.length > 0 ? fail(issues) : ok(policy);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return fail([
      { path: [], code: 'unreadable', message: `The input could not be read (${reason}).` },
    ]);
  }
}

function unknownCalendar(path: (string | number)[], calendarId: string): Issue {
  return { path, code: 'unknown_calendar', message: `No calendar has the id "${calendarId}".` };
}

/**
 * The first policy, by position, whose `when` matches the ticket's attributes: every key must
 * equal the attribute or, for a list, one of its values. Put the catch-all (no `when`) last.
 *
 * @example
 * selectSlaPolicy([vip, standard], { vip: true, category: 'network' }); // vip
 */
export function selectSlaPolicy(
  policies: readonly SlaPolicy[],
  attributes: Readonly<Record<string, unknown>>,
): SlaPolicy | undefined {
  return policies.find((policy) =>
    Object.entries(policy.when ?? {}).every(([key, accepted]) => {
      const value = Object.hasOwn(attributes, key) ? attributes[key] : undefined;
      return Array.isArray(accepted) ? (accepted as unknown[]).includes(value) : accepted === value;
    }),
  );
}

/**
 * The targets a policy sets for a priority, or `undefined` (never an inherited key).
 *
 * @example
 * targetsFor(standard, 'P1')?.response.minutes; // 15
 */
export function targetsFor(policy: SlaPolicy, priority: string): SlaPriorityTargets | undefined {
  return Object.hasOwn(policy.priorities, priority) ? policy.priorities[priority] : undefined;
}
