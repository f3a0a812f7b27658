import type {
  EscalationPolicy,
  Routing,
  RoutingRule,
  SimulatedTicket,
  Ticket,
  TicketSimEvent,
  TraceEntry,
} from '@tandem/core/escalation';

// The escalation workloads and the naive implementations they are compared with. Everything is
// generated from a small linear congruential generator, so every run sees the same data.

function lcg(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

const CATEGORIES = Array.from({ length: 20 }, (_, i) => `cat${i}`);
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
const SITES = ['hq', 'north', 'south', 'east', 'west'];
const SOURCES = ['user', 'monitoring', 'backup', 'security'] as const;

/**
 * A 200-rule table as PSA customers write them: mostly narrow rules (one category, priority and
 * site), some broader ones by source or VIP; no default, so gaps exist.
 */
export function routingTable(count = 200): Routing {
  const pick = lcg(7);
  const rules: RoutingRule[] = [];
  for (let i = 0; i < count; i++) {
    const when: Record<string, unknown> = { categoryIds: [CATEGORIES[i % 20]] };
    if (pick(5) > 0) {
      when.priorities = [PRIORITIES[Math.floor(i / 20) % 4]];
      when.siteIds = [SITES[Math.floor(i / 80) % 5], SITES[pick(5)]];
    } else if (pick(2)) when.sources = SOURCES.filter(() => pick(2));
    else when.vip = true;
    rules.push({
      id: `r${i}`,
      when: when as RoutingRule['when'],
      queue: { partyId: pick(2) ? 'it' : 'msp', tier: 1 + pick(3) },
    });
  }
  return { rules };
}

/** `count` tickets spread over the table's attribute values (and a few it never names). */
export function tickets(count: number): Ticket[] {
  const pick = lcg(11);
  return Array.from({ length: count }, () => ({
    categoryId: pick(25) < 20 ? CATEGORIES[pick(20)] : 'other',
    priority: PRIORITIES[pick(4)] as string,
    siteId: SITES[pick(5)] as string,
    source: SOURCES[pick(4)],
    vip: pick(10) === 0,
  })) as Ticket[];
}

/** The obvious router: `Array.find` over the rules, a generic predicate per attribute. */
export function naiveRoute(routing: Routing, ticket: Ticket): string | null {
  const accepts = (values: readonly string[] | undefined, value: string | undefined) =>
    values === undefined || (value !== undefined && values.includes(value));
  const rule = routing.rules.find(
    ({ when }) =>
      accepts(when.categoryIds, ticket.categoryId) &&
      accepts(when.priorities, ticket.priority) &&
      accepts(when.impacts, ticket.impact) &&
      accepts(when.urgencies, ticket.urgency) &&
      accepts(when.siteIds, ticket.siteId) &&
      accepts(when.sources, ticket.source) &&
      (when.vip === undefined || when.vip === (ticket.vip === true)),
  );
  return rule ? rule.id : null;
}

/**
 * Brute-force decision-table check: route every combination of the named values (plus "other")
 * and see which rules ever win and whether anything falls through.
 */
export function naiveTableCheck(routing: Routing): { gap: boolean; shadowed: string[] } {
  const values = (key: 'categoryIds' | 'priorities' | 'siteIds' | 'sources') => [
    ...new Set(routing.rules.flatMap((rule) => rule.when[key] ?? [])),
    undefined,
  ];
  const won = new Set<string>();
  let gap = false;
  for (const categoryId of values('categoryIds'))
    for (const priority of values('priorities'))
      for (const siteId of values('siteIds'))
        for (const source of values('sources'))
          for (const vip of [false, true]) {
            const ticket = JSON.parse(
              JSON.stringify({ categoryId, priority, siteId, source, vip }),
            );
            const id = naiveRoute(routing, ticket);
            if (id === null) gap = true;
            else won.add(id);
          }
  return { gap, shadowed: routing.rules.filter((rule) => !won.has(rule.id)).map((r) => r.id) };
}

/** A 20-step chain: not acknowledged in 15 minutes moves on, the last ten move on regardless. */
export function chainPolicy(steps = 20): EscalationPolicy {
  return {
    id: 'chain',
    startStepId: 's0',
    steps: Array.from({ length: steps }, (_, i) => ({
      id: `s${i}`,
      action: i % 3 === 2 ? ('notify' as const) : ('assign' as const),
      targets: [{ partyId: i % 2 ? 'msp' : 'it', tier: 1 + (i % 3) }],
      ...(i === steps - 1 ? { terminal: true } : {}),
    })),
    transitions: Array.from({ length: steps - 1 }, (_, i) => ({
      id: `t${i}`,
      from: `s${i}`,
      to: `s${i + 1}`,
      trigger: {
        kind: i < steps / 2 ? ('not-acknowledged' as const) : ('after' as const),
        minutes: 10 + (i % 4) * 5,
      },
    })),
  };
}

const OPENED = Date.UTC(2026, 2, 2, 9);
const MINUTE = 60_000;

/** Tickets with acknowledgements and resolutions on whole minutes. */
export function simulatedTickets(
  count: number,
): { ticket: SimulatedTicket; events: TicketSimEvent[] }[] {
  const pick = lcg(13);
  return Array.from({ length: count }, () => {
    const openedAt = OPENED + pick(600) * MINUTE;
    const events: TicketSimEvent[] = [];
    if (pick(3) === 0) events.push({ at: openedAt + pick(120) * MINUTE, type: 'acknowledged' });
    if (pick(2) === 0) events.push({ at: openedAt + (60 + pick(300)) * MINUTE, type: 'resolved' });
    return { ticket: { categoryId: 'cat1', priority: 'P2', openedAt }, events };
  });
}

/** The simulation window: a day from the first opening. */
export const UNTIL = OPENED + 1_440 * MINUTE;

/** A trace reduced to one number, so groups compare 100,000 traces cheaply. */
export function digest(trace: readonly { at: number; kind: string; stepId?: string }[]): number {
  let hash = trace.length;
  for (const entry of trace)
    hash =
      (hash * 31 + entry.at / MINUTE + entry.kind.length * 7 + (entry.stepId?.length ?? 0)) %
      1_000_000_007;
  return hash;
}

/**
 * The obvious simulator: step a clock minute by minute, checking events and every outgoing
 * transition's delay at each tick. Wall-clock triggers only.
 */
export function naiveSimulate(
  policy: EscalationPolicy,
  ticket: SimulatedTicket,
  events: readonly TicketSimEvent[],
  until: number,
): Pick<TraceEntry, 'at' | 'kind' | 'stepId'>[] {
  const trace: Pick<TraceEntry, 'at' | 'kind' | 'stepId'>[] = [
    { at: ticket.openedAt, kind: 'routed' },
  ];
  let stepId = policy.startStepId;
  let entered = ticket.openedAt;
  let acknowledged = false;
  const enter = (id: string, at: number) => {
    stepId = id;
    entered = at;
    const step = policy.steps.find((s) => s.id === id);
    trace.push({ at, kind: step?.action === 'notify' ? 'notified' : 'assigned', stepId: id });
  };
  enter(stepId, ticket.openedAt);
  for (let at = ticket.openedAt; at <= until; at += MINUTE) {
    for (const event of events) {
      if (event.at !== at || event.type === 'escalate') continue;
      if (event.type === 'acknowledged') acknowledged = true;
      trace.push({ at, kind: event.type });
      if (event.type === 'resolved') return trace;
    }
    const due = policy.transitions.find(
      (t) =>
        t.from === stepId &&
        t.trigger.kind !== 'manual' &&
        t.trigger.kind !== 'sla' &&
        at - entered >= t.trigger.minutes * MINUTE &&
        !(acknowledged && t.trigger.kind === 'not-acknowledged'),
    );
    if (due) {
      trace.push({ at, kind: 'escalated', stepId });
      enter(due.to, at);
    }
  }
  trace.push({ at: until, kind: 'ended' });
  return trace;
}
