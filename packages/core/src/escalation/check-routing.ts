import { DIMENSIONS } from './dimensions';
import {
  ESCALATION_MESSAGES,
  type EscalationIssue,
  type EscalationMessages,
  issue,
} from './issues';
import type { Queue, Routing, RoutingRule, Ticket } from './model';

// The decision-table check. Each attribute's domain is the values rules name plus one "any
// other value" stand-in (absent counts as other), `vip` is true/false and each calendar rules
// mention is open/closed. A rule is then a box in that space; walking the rules in order and
// subtracting each box from what is still unrouted finds shadowed rules (nothing left for them)
// and gaps (what is left at the end), as a handful of boxes rather than every combination.

const OTHER = '';
type Box = Uint32Array[];

interface Axis {
  readonly label: string;
  readonly values: readonly string[];
  readonly accepts: (rule: RoutingRule) => readonly string[] | undefined;
  readonly toTicket?: (ticket: Record<string, unknown>, value: string) => void;
}

/** Most unrouted boxes tracked; past this the gap report is cut short (never wrong, only shorter). */
const MAX_BOXES = 4_000;

function axesOf(routing: Routing): Axis[] {
  const axes: Axis[] = DIMENSIONS.map((dim) => {
    const named = new Set<string>();
    for (const rule of routing.rules) for (const v of rule.when[dim.ruleKey] ?? []) named.add(v);
    return {
      label: dim.label,
      values: [...named, OTHER],
      accepts: (rule) => rule.when[dim.ruleKey],
      toTicket: (ticket, value) => {
        if (value !== OTHER) ticket[dim.ticketKey] = value;
      },
    };
  });
  axes.push({
    label: 'VIP',
    values: ['false', 'true'],
    accepts: (rule) => (rule.when.vip === undefined ? undefined : [String(rule.when.vip)]),
    toTicket: (ticket, value) => {
      ticket.vip = value === 'true';
    },
  });
  const calendars = new Set(routing.rules.flatMap((rule) => rule.when.hours?.calendarId ?? []));
  for (const calendarId of calendars) {
    axes.push({
      label: `"${calendarId}" hours`,
      values: ['open', 'closed'],
      accepts: (rule) =>
        rule.when.hours?.calendarId === calendarId
          ? [rule.when.hours.open ? 'open' : 'closed']
          : undefined,
    });
  }
  return axes;
}

const bits = (size: number) => new Uint32Array(Math.ceil(size / 32) || 1);
const empty = (set: Uint32Array) => set.every((word) => word === 0);

function boxOf(rule: RoutingRule, axes: readonly Axis[]): Box {
  return axes.map((axis) => {
    const set = bits(axis.values.length);
    const accepted = axis.accepts(rule);
    axis.values.forEach((value, i) => {
      if (value !== OTHER || accepted === undefined) {
        if (accepted === undefined || accepted.includes(value))
          set[i >>> 5] = (set[i >>> 5] as number) | (1 << (i & 31));
      }
    });
    return set;
  });
}

function meets(a: Box, b: Box): boolean {
  return a.every((set, d) =>
    set.some((word, w) => (word & ((b[d] as Uint32Array)[w] as number)) !== 0),
  );
}

/** `a` minus `b`, as at most one box per axis. */
function subtract(a: Box, b: Box): Box[] {
  if (!meets(a, b)) return [a];
  const out: Box[] = [];
  const rest = a.slice();
  for (let d = 0; d < a.length; d++) {
    const inA = rest[d] as Uint32Array;
    const inB = b[d] as Uint32Array;
    const outside = inA.map((word, w) => word & ~(inB[w] as number));
    if (!empty(outside)) out.push([...rest.slice(0, d), outside, ...rest.slice(d + 1)]);
    rest[d] = inA.map((word, w) => word & (inB[w] as number));
  }
  return out;
}

const members = (set: Uint32Array, axis: Axis) =>
  axis.values.filter((_, i) => ((set[i >>> 5] as number) >>> (i & 31)) & 1);

function describe(box: Box, axes: readonly Axis[]): { text: string; example: Ticket } {
  const parts: string[] = [];
  const example: Record<string, unknown> = {};
  axes.forEach((axis, d) => {
    const values = members(box[d] as Uint32Array, axis);
    axis.toTicket?.(example, values[0] as string);
    if (values.length === axis.values.length) return;
    const names = values.map((v) => (v === OTHER ? 'any other' : v));
    parts.push(`${axis.label} ${names.join(' or ')}`);
  });
  return { text: parts.length > 0 ? `tickets with ${parts.join(', ')}` : 'any ticket', example };
}

const sameQueue = (a: Queue, b: Queue) =>
  a.partyId === b.partyId && a.tier === b.tier && a.policyId === b.policyId;
const ruleName = (rule: RoutingRule) => `"${rule.name ?? rule.id}"`;

/**
 * Checks a routing table as a decision table: gaps (combinations no rule catches, as compact
 * examples, an error when there is no default queue), rules that never match because earlier
 * rules catch all they would (shadowed), and rules that overlap earlier ones with another queue.
 *
 * @example
 * for (const found of checkRouting(routing)) console.warn(found.message);
 */
export function checkRouting(
  routing: Routing,
  options: { messages?: Partial<EscalationMessages> } = {},
): EscalationIssue[] {
  const m = { ...ESCALATION_MESSAGES, ...options.messages };
  const axes = axesOf(routing);
  const boxes = routing.rules.map((rule) => boxOf(rule, axes));
  // A rule without conditions spans the whole space: all that is unrouted before any rule.
  let unrouted: Box[] = [boxOf({ id: '', when: {}, queue: { partyId: '', tier: 0 } }, axes)];
  let cut = false;
  const issues: EscalationIssue[] = [];
  routing.rules.forEach((rule, j) => {
    const box = boxes[j] as Box;
    const earlier = routing.rules.slice(0, j).filter((_, i) => meets(boxes[i] as Box, box));
    if (!cut && !unrouted.some((left) => meets(left, box))) {
      const by = earlier.slice(0, 3).map(ruleName).join(', ') || 'earlier rules';
      issues.push(
        issue('shadowed-rule', 'warning', m['shadowed-rule'](rule.name ?? rule.id, by), {
          ruleIds: [rule.id, ...earlier.map((r) => r.id)],
          fixes: earlier[0]
            ? [
                {
                  label: `Move ${ruleName(rule)} above ${ruleName(earlier[0])}`,
                  changes: [
                    {
                      type: 'moveRule',
                      ruleId: rule.id,
                      toIndex: routing.rules.indexOf(earlier[0]),
                    },
                  ],
                },
                {
                  label: `Remove ${ruleName(rule)}`,
                  changes: [{ type: 'removeRule', ruleId: rule.id }],
                },
              ]
            : [],
        }),
      );
    } else {
      const rivals = earlier.filter((other) => !sameQueue(other.queue, rule.queue));
      if (rivals.length > 0) {
        const by = rivals.slice(0, 3).map(ruleName).join(', ');
        issues.push(
          issue('overlapping-rules', 'info', m['overlapping-rules'](rule.name ?? rule.id, by), {
            ruleIds: [rule.id, ...rivals.map((r) => r.id)],
          }),
        );
      }
    }
    // Past the cap, what is kept is still truly unrouted (so gaps found are real), but an
    // empty end can no longer prove there are none.
    unrouted = unrouted.flatMap((left) => subtract(left, box));
    if (unrouted.length > MAX_BOXES) {
      cut = true;
      unrouted = unrouted.slice(0, MAX_BOXES);
    }
  });
  if (cut && unrouted.length === 0 && !routing.default) {
    issues.push(issue('routing-gap', 'warning', m['routing-gap-unknown'](), {}));
  } else if (unrouted.length > 0 && !routing.default) {
    const shown = unrouted.slice(0, 3).map((box) => describe(box, axes));
    const last = routing.rules.at(-1);
    issues.push(
      issue(
        'routing-gap',
        'error',
        m['routing-gap'](shown.map((s) => s.text).join('; '), unrouted.length - shown.length),
        {
          examples: shown.map((s) => s.example),
          fixes: last
            ? [
                {
                  label: "Send everything else to the last rule's queue",
                  changes: [{ type: 'setDefault', queue: last.queue }],
                },
              ]
            : [],
        },
      ),
    );
  }
  return issues;
}
