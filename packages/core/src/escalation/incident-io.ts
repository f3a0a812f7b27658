import * as z from 'zod/mini';
import { idProblem } from '../matrix/ids';
import { built } from '../pure';
import { toIssues } from '../schema-issues';
import type { CalendarSpec, OpenHours, Weekday } from '../sla/calendar-spec';
import { isKnownTimeZone } from '../sla/tz';
import { type Carried, type CarriedTarget, pick, strayKeys } from './interop-carry';
import {
  type Chain,
  type ExternalMapping,
  type ExternalRef,
  type ImportResult,
  importedPolicyId,
  mappedTarget,
  unreadableInput,
} from './interop-chain';
import type {
  EscalationPolicy,
  EscalationStep,
  StepTarget,
  Transition,
  TransitionCondition,
} from './model';

// incident.io keeps an escalation path as a tree of nodes: levels (page targets, wait
// `time_to_ack_seconds`), delays, if/else branches on conditions (working hours, priority),
// repeats back to an earlier node and hand-overs to another path. Its working hours are named
// weekly intervals in a zone, with no holidays. The tree becomes a policy graph: each level a
// step, each way from one level to the next a transition carrying the branch's conditions.

interface Node {
  readonly id?: string;
  readonly type: string;
  readonly level?: Level;
  readonly notify_channel?: Level;
  readonly delay?: {
    readonly delay_seconds?: number;
    readonly delay_interval_condition?: string;
    readonly delay_weekday_interval_config_id?: string;
  };
  readonly if_else?: {
    readonly conditions: readonly Condition[];
    readonly then_path: readonly Node[];
    readonly else_path?: readonly Node[];
  };
  readonly repeat?: { readonly repeat_times: number; readonly to_node: string };
  readonly escalation_path?: { readonly escalation_path_id?: string };
}
interface Level {
  readonly targets: readonly { readonly id: string; readonly type: string }[];
  readonly time_to_ack_seconds?: number;
  readonly time_to_ack_interval_condition?: string;
  readonly time_to_ack_weekday_interval_config_id?: string;
  readonly round_robin_config?: {
    readonly enabled: boolean;
    readonly rotate_after_seconds?: number;
  };
  readonly ack_mode?: string;
}
interface Condition {
  readonly subject: string;
  readonly operation: string;
  readonly param_bindings?: readonly {
    readonly array_value?: readonly { readonly literal?: string }[];
    readonly value?: { readonly literal?: string };
  }[];
}

const seconds = /* @__PURE__ */ built(() =>
  z.optional(z.number().check(z.gte(0), z.lte(315_360_000))),
);
const level = /* @__PURE__ */ built(() =>
  z.object({
    targets: z
      .array(
        z.object({
          id: z.string().check(z.minLength(1)),
          type: z.string(),
          urgency: z.optional(z.string()),
          schedule_mode: z.optional(z.string()),
        }),
      )
      .check(z.maxLength(100)),
    time_to_ack_seconds: seconds,
    time_to_ack_interval_condition: z.optional(z.string()),
    time_to_ack_weekday_interval_config_id: z.optional(z.string()),
    round_robin_config: z.optional(
      z.object({ enabled: z.boolean(), rotate_after_seconds: seconds }),
    ),
    ack_mode: z.optional(z.string()),
  }),
);
const literal = /* @__PURE__ */ built(() => z.object({ literal: z.optional(z.string()) }));
const condition = /* @__PURE__ */ built(() =>
  z.object({
    subject: z.string(),
    operation: z.string(),
    param_bindings: z.optional(
      z.array(z.object({ array_value: z.optional(z.array(literal)), value: z.optional(literal) })),
    ),
  }),
);
const nodes: z.ZodMiniType<Node[]> = /* @__PURE__ */ built(
  () =>
    z
      .array(
        z.object({
          id: z.optional(z.string()),
          type: z.string(),
          level: z.optional(level),
          notify_channel: z.optional(level),
          delay: z.optional(
            z.object({
              delay_seconds: seconds,
              delay_interval_condition: z.optional(z.string()),
              delay_weekday_interval_config_id: z.optional(z.string()),
            }),
          ),
          get if_else() {
            return z.optional(
              z.object({
                conditions: z.array(condition).check(z.maxLength(20)),
                then_path: nodes,
                else_path: z.optional(nodes),
              }),
            );
          },
          repeat: z.optional(
            z.object({ repeat_times: z.int().check(z.gte(0), z.lte(1000)), to_node: z.string() }),
          ),
          escalation_path: z.optional(z.object({ escalation_path_id: z.optional(z.string()) })),
        }),
      )
      .check(z.maxLength(500)) as unknown as z.ZodMiniType<Node[]>,
);
const pathSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.optional(z.string()),
    name: z.optional(z.string()),
    path: nodes,
    working_hours: z.optional(
      z.array(
        z.object({
          id: z.string().check(z.minLength(1)),
          name: z.optional(z.string()),
          timezone: z.string(),
          weekday_intervals: z.array(
            z.object({ weekday: z.string(), start_time: z.string(), end_time: z.string() }),
          ),
        }),
      ),
    ),
    team_ids: z.optional(z.array(z.string())),
  }),
);

/**
 * An incident.io import: the policy, the working hours its conditions and holds name (as
 * calendar specs, ids kept, to compile into the host's registry), what was carried and lost.
 *
 * @example
 * const result = policyFromIncidentIo(json, mapping);
 * if (result.ok) registry = createCalendarRegistry([...mine, ...result.calendars]);
 */
export type IncidentIoImportResult =
  | (Extract<ImportResult, { ok: true }> & { readonly calendars: readonly CalendarSpec[] })
  | Extract<ImportResult, { ok: false }>;

const WEEKDAYS: Readonly<Record<string, Weekday>> = {
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
};
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** One way on from a level: where to, after how long, under which conditions. */
interface Way {
  readonly to: string;
  readonly minutes: number;
  readonly when: readonly TransitionCondition[];
  readonly hold?: string;
  readonly repeat?: number;
  readonly manual?: boolean;
}
type Acc = Omit<Way, 'to' | 'repeat'>;
type Path = (string | number)[];

/**
 * Imports an incident.io escalation path (bare, or wrapped as `{ escalation_path }`). Each
 * level (and channel notification) becomes a step — `ack_mode: 'all'` an `ack: 'all'` step,
 * `round_robin_config` a round robin that rotates after `rotate_after_seconds`; each way from a
 * level to the next a `not-acknowledged` transition of its wait (delays added), carrying the
 * conditions of the if/else branches it passes: working hours (`escalation.working_hours[…]`
 * is active / not active) as `hours` conditions on the imported calendars, priorities as
 * `priority` conditions. The then-branch comes first, so the else-branch fires when the
 * conditions fail. A delay or wait "until working hours" holds the next step until they open;
 * a repeat loops back to its node with `repeat_times`. Conditions of other kinds leave the
 * else-branch reachable by hand only; hand-overs to other paths, "until working hours end",
 * unknown keys and unmapped targets are reported in `lost`, paths from the escalation path.
 * Never throws.
 *
 * @example
 * const result = policyFromIncidentIo(json, { '01SCHEDULE': 'msp', '01USER': 'it' });
 */
export function policyFromIncidentIo(
  json: unknown,
  mapping: ExternalMapping,
): IncidentIoImportResult {
  try {
    const wrapped = typeof json === 'object' && json !== null && 'escalation_path' in json;
    const input = wrapped ? (json as { escalation_path: unknown }).escalation_path : json;
    const parsed = pathSchema.safeParse(input);
    if (!parsed.success)
      return {
        ok: false,
        issues: toIssues(parsed.error.issues, wrapped ? ['escalation_path'] : []),
      };
    const source = parsed.data;
    const lost: Chain['lost'] = strayKeys(pathSchema, input);

    const calendars: CalendarSpec[] = [];
    (source.working_hours ?? []).forEach((hours, i) => {
      const week: Partial<Record<Weekday, OpenHours[]>> = {};
      let fine = isKnownTimeZone(hours.timezone) && idProblem(hours.id) === undefined;
      for (const interval of hours.weekday_intervals) {
        const day = WEEKDAYS[interval.weekday];
        if (!day || !TIME.test(interval.start_time) || !TIME.test(interval.end_time)) fine = false;
        else week[day] = [...(week[day] ?? []), [interval.start_time, interval.end_time]];
      }
      if (fine)
        calendars.push({
          id: hours.id,
          ...(hours.name ? { name: hours.name } : {}),
          timeZone: hours.timezone,
          hours: week,
        });
      else
        lost.push({
          path: ['working_hours', i],
          message: `Working hours "${hours.id}" could not be read as a calendar (zone, weekdays or times); conditions on them are left out.`,
        });
    });
    const known = new Set(calendars.map((c) => c.id));

    const steps: EscalationStep[] = [];
    const levels: {
      node: Node;
      path: Path;
      after: (acc: Acc) => Way[];
      list: readonly Node[];
      i: number;
      id: string;
    }[] = [];
    const starts = new Map<string, (acc: Acc) => Way[]>();
    const used = new Set<string>();
    const stepIdOf = (node: Node) => {
      let id =
        node.id !== undefined && idProblem(node.id) === undefined
          ? node.id
          : `level-${levels.length + 1}`;
      while (used.has(id)) id = `${id}-${levels.length + 1}`;
      used.add(id);
      return id;
    };
    const stepOf = new Map<Node, string>();

    // Where each node sits: its list, its index, and what follows its list's end.
    const register = (list: readonly Node[], path: Path, after: (acc: Acc) => Way[]) => {
      list.forEach((node, i) => {
        const here = [...path, i];
        if (node.id !== undefined) starts.set(node.id, (acc) => walk(list, i, path, after, acc, 0));
        if (node.type === 'level' || node.type === 'notify_channel') {
          const id = stepIdOf(node);
          stepOf.set(node, id);
          levels.push({ node, path: here, after, list, i, id });
        }
        const branch = node.if_else;
        if (node.type === 'if_else' && branch) {
          const next = (acc: Acc) => walk(list, i + 1, path, after, acc, 0);
          register(branch.then_path, [...here, 'if_else', 'then_path'], next);
          register(branch.else_path ?? [], [...here, 'if_else', 'else_path'], next);
        }
      });
    };
    const conditionsOf = (node: Node, here: Path): TransitionCondition[] | undefined => {
      const found: TransitionCondition[] = [];
      for (const [k, c] of (node.if_else?.conditions ?? []).entries()) {
        const hours = /^escalation\.working_hours\["(.+)"\]$/.exec(c.subject)?.[1];
        const literals = (c.param_bindings ?? [])
          .flatMap((b) => [...(b.array_value ?? []).map((v) => v.literal), b.value?.literal])
          .filter((v): v is string => typeof v === 'string' && idProblem(v) === undefined);
        if (hours !== undefined && known.has(hours) && /^is_(not_)?active$/.test(c.operation))
          found.push({ kind: 'hours', open: c.operation === 'is_active', calendarId: hours });
        else if (/priority/.test(c.subject) && c.operation === 'one_of' && literals.length > 0)
          found.push({ kind: 'priority', priorities: literals });
        else {
          lost.push({
            path: [...here, 'if_else', 'conditions', k],
            message: `Condition "${c.subject}" ${c.operation} has no equivalent; the then-branch is taken and the else-branch only by hand.`,
          });
          return undefined;
        }
      }
      return found;
    };
    const flip = (c: TransitionCondition): TransitionCondition | undefined =>
      c.kind === 'hours' ? { ...c, open: !c.open } : undefined;
    const walk = (
      list: readonly Node[],
      i: number,
      path: Path,
      after: (acc: Acc) => Way[],
      acc: Acc,
      depth: number,
    ): Way[] => {
      if (depth > 50) return [];
      const node = list[i];
      if (!node) return after(acc);
      const here = [...path, i];
      const on = (more: Partial<Acc>) =>
        walk(list, i + 1, path, after, { ...acc, ...more }, depth + 1);
      switch (node.type) {
        case 'level':
        case 'notify_channel':
          return [{ ...acc, to: stepOf.get(node) as string }];
        case 'delay': {
          const delay = node.delay ?? {};
          const window = delay.delay_weekday_interval_config_id;
          if (delay.delay_interval_condition === 'active' && window && known.has(window))
            return on({ hold: window });
          if (delay.delay_interval_condition !== undefined)
            lost.push({
              path: [...here, 'delay'],
              message:
                'A delay until working hours end (or on unknown hours) has no equivalent; left out.',
            });
          return on({ minutes: acc.minutes + (delay.delay_seconds ?? 0) / 60 });
        }
        case 'if_else': {
          const branch = node.if_else;
          if (!branch) return on({});
          const next = (a: Acc) => walk(list, i + 1, path, after, a, depth + 1);
          const conditions = conditionsOf(node, here);
          const then = walk(
            branch.then_path,
            0,
            [...here, 'if_else', 'then_path'],
            next,
            {
              ...acc,
              when: [...acc.when, ...(conditions ?? [])],
            },
            depth + 1,
          );
          const single =
            conditions?.length === 1 ? flip(conditions[0] as TransitionCondition) : undefined;
          const otherwise = walk(
            branch.else_path ?? [],
            0,
            [...here, 'if_else', 'else_path'],
            next,
            {
              ...acc,
              when: single ? [...acc.when, single] : acc.when,
              ...(conditions ? {} : { manual: true }),
            },
            depth + 1,
          );
          return [...then, ...otherwise];
        }
        case 'repeat': {
          const repeat = node.repeat;
          const back = repeat ? starts.get(repeat.to_node) : undefined;
          if (!repeat || !back) {
            lost.push({
              path: [...here, 'repeat'],
              message: 'The repeat names no node of the path; left out.',
            });
            return on({});
          }
          return back(acc).map((way) => ({ ...way, repeat: repeat.repeat_times }));
        }
        default:
          lost.push({
            path: [...here, 'type'],
            message:
              node.type === 'escalation_path'
                ? 'Hand-overs to another escalation path have no equivalent; the policy ends here.'
                : `Node type "${node.type}" has no equivalent; left out.`,
          });
          return on({});
      }
    };
    register(source.path, ['path'], () => []);

    const transitions: Transition[] = [];
    const refs: Record<string, ExternalRef> = {};
    const carriedSteps: Record<string, Carried['steps'][string]> = {};
    const holds = new Map<string, string>();
    const link = (from: string, ways: Way[], kind: 'after' | 'not-acknowledged') => {
      ways.forEach((way, k) => {
        if (way.hold) holds.set(way.to, way.hold);
        transitions.push({
          id: `${from}-${k + 1}`,
          from,
          to: way.to,
          trigger: way.manual ? { kind: 'manual' } : { kind, minutes: way.minutes },
          ...(way.repeat !== undefined ? { repeat: way.repeat } : {}),
          ...(way.when.length > 0 ? { when: way.when } : {}),
        });
      });
    };
    const begin: Acc = { minutes: 0, when: [] };
    for (const { node, path, list, i, after, id } of levels) {
      const lv = (node.type === 'level' ? node.level : node.notify_channel) ?? { targets: [] };
      const targets: StepTarget[] = [];
      const carriedTargets: CarriedTarget[] = [];
      lv.targets.forEach((target, k) => {
        const mapped = mappedTarget(mapping, target.id);
        if (!mapped) {
          lost.push({
            path: [...path, node.type, 'targets', k],
            message: `No party is mapped to ${target.type} "${target.id}"; left out.`,
          });
          return;
        }
        targets.push(mapped);
        refs[mapped.partyId] ??= { id: target.id, type: target.type };
        carriedTargets.push({ id: target.id, fields: pick(target, ['urgency', 'schedule_mode']) });
      });
      carriedSteps[id] = {
        fields: node.id === id ? {} : pick(node as never, ['id']),
        targets: carriedTargets,
      };
      const rr = lv.round_robin_config;
      const window = lv.time_to_ack_weekday_interval_config_id;
      let acc: Acc = { minutes: (lv.time_to_ack_seconds ?? 0) / 60, when: [] };
      if (lv.time_to_ack_interval_condition === 'active' && window && known.has(window))
        acc = { minutes: 0, when: [], hold: window };
      else if (lv.time_to_ack_interval_condition !== undefined)
        lost.push({
          path: [...path, node.type, 'time_to_ack_interval_condition'],
          message:
            'Waiting until working hours end (or on unknown hours) has no equivalent; the plain wait is kept.',
        });
      const ways = walk(list, i + 1, path.slice(0, -1), after, acc, 0);
      steps.push({
        id,
        action: node.type === 'level' ? 'assign' : 'notify',
        targets,
        ...(rr?.enabled ? { mode: 'round-robin' as const } : {}),
        ...(rr?.enabled && rr.rotate_after_seconds
          ? { rotate: { minutes: rr.rotate_after_seconds / 60 } }
          : {}),
        ...(lv.ack_mode === 'all' ? { ack: 'all' as const } : {}),
        ...(ways.length === 0 ? { terminal: true } : {}),
      });
      link(id, ways, 'not-acknowledged');
    }
    const first = walk(source.path, 0, ['path'], () => [], begin, 0);
    let startStepId = first[0]?.to;
    if (first.length !== 1 || first[0]?.minutes || first[0]?.when.length || first[0]?.hold) {
      // Branches (or a wait) before the first level: a start step that reaches nobody.
      startStepId = used.has('start') ? 'start-path' : 'start';
      steps.unshift({ id: startStepId, name: 'Start', action: 'notify', targets: [] });
      link(startStepId, first, 'after');
    }
    if (startStepId === undefined) {
      return {
        ok: false,
        issues: [{ path: ['path'], code: 'no_steps', message: 'The path pages nobody.' }],
      };
    }
    const held = steps.map((step) => {
      const calendarId = holds.get(step.id);
      return calendarId ? { ...step, hold: { until: 'open' as const, calendarId } } : step;
    });
    const policy: EscalationPolicy = {
      id: importedPolicyId(source.id, 'incident-io'),
      ...(source.name ? { name: source.name } : {}),
      startStepId,
      steps: held,
      transitions,
    };
    const carried: Carried = {
      policy: pick(source, ['id', 'team_ids']),
      steps: carriedSteps,
      refs,
    };
    // A node walked from several levels reports once.
    const once = new Map(lost.map((item) => [`${item.path.join('.')}\u0000${item.message}`, item]));
    return { ok: true, value: policy, carried, report: { lost: [...once.values()] }, calendars };
  } catch {
    return unreadableInput();
  }
}
