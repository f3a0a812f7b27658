import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpen } from '../sla/business-time';
import { checkRouting } from './check-routing';
import type { Routing, RoutingRule, Ticket } from './model';
import { routeTicket } from './route';
import { calendars, MONDAY_10, routing } from './test-fixtures';

const SUNDAY_3 = Date.UTC(2026, 2, 1, 3);

// The obvious implementation: test each rule in turn, attribute by attribute.
function naive(table: Routing, ticket: Ticket, at: number): string | null {
  const list = (values: readonly string[] | undefined, value: string | undefined) =>
    values === undefined || (value !== undefined && values.includes(value));
  const rule = table.rules.find(
    ({ when }) =>
      list(when.categoryIds, ticket.categoryId) &&
      list(when.priorities, ticket.priority) &&
      list(when.impacts, ticket.impact) &&
      list(when.urgencies, ticket.urgency) &&
      list(when.siteIds, ticket.siteId) &&
      list(when.sources, ticket.source) &&
      (when.vip === undefined || when.vip === (ticket.vip === true)) &&
      (when.hours === undefined ||
        isOpen(calendars.get(when.hours.calendarId) as never, at) === when.hours.open),
  );
  return rule ? rule.id : null;
}

const value = (pool: string[]) => fc.constantFrom(...pool);
const ticketArb: fc.Arbitrary<Ticket> = fc.record(
  {
    categoryId: value(['helpdesk', 'security', 'network']),
    priority: value(['P1', 'P2', 'P3']),
    impact: value(['high', 'low']),
    siteId: value(['hq', 'branch']),
    vip: fc.boolean(),
    source: fc.constantFrom('user', 'monitoring', 'backup', 'security'),
  },
  { requiredKeys: [] },
);
const list = (pool: string[]) => fc.option(fc.subarray(pool, { minLength: 1 }), { nil: undefined });
const ruleArb = (id: number): fc.Arbitrary<RoutingRule> =>
  fc
    .record({
      categoryIds: list(['helpdesk', 'security', 'network']),
      priorities: list(['P1', 'P2', 'P3']),
      impacts: list(['high', 'low']),
      vip: fc.option(fc.boolean(), { nil: undefined }),
      sources: list(['user', 'monitoring', 'backup', 'security']) as fc.Arbitrary<
        Ticket['source'][] | undefined
      >,
      hours: fc.option(fc.record({ calendarId: fc.constant('office'), open: fc.boolean() }), {
        nil: undefined,
      }),
    })
    .map((when) => ({
      id: `r${id}`,
      // exactOptionalPropertyTypes: drop the keys fast-check left undefined.
      when: JSON.parse(JSON.stringify(when)),
      queue: { partyId: id % 2 ? 'it' : 'msp', tier: 1 },
    }));
const tableArb: fc.Arbitrary<Routing> = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ruleArb(i))))
  .map((rules) => ({ rules }));

describe('routeTicket', () => {
  it('sends a VIP to internal IT, whatever else matches', () => {
    const decision = routeTicket(routing, { vip: true, source: 'security' }, MONDAY_10, calendars);
    expect(decision).toEqual({
      ruleId: 'vip',
      queue: { partyId: 'it', tier: 1 },
      reason: 'Rule "VIP users" matched: VIP requester.',
    });
  });

  it('sends a helpdesk ticket to the MSP after hours and to internal IT in hours', () => {
    expect(routeTicket(routing, { categoryId: 'helpdesk' }, SUNDAY_3, calendars).ruleId).toBe(
      'after-hours',
    );
    expect(routeTicket(routing, { categoryId: 'helpdesk' }, MONDAY_10, calendars).ruleId).toBe(
      'helpdesk',
    );
  });

  it('falls back to the default queue and says so', () => {
    const decision = routeTicket(routing, { categoryId: 'network' }, MONDAY_10, calendars);
    expect(decision.ruleId).toBeNull();
    expect(decision.queue).toEqual({ partyId: 'msp', tier: 1 });
    expect(decision.reason).toMatch(/default/);
  });

  it('routes nowhere when no rule matches and there is no default', () => {
    expect(routeTicket({ rules: [] }, {}, MONDAY_10).queue).toBeNull();
  });

  it('finds rules past the 32nd', () => {
    const rules = Array.from({ length: 70 }, (_, i) => ({
      id: `r${i}`,
      when: { siteIds: [`s${i}`] },
      queue: { partyId: 'msp', tier: 1 },
    }));
    expect(routeTicket({ rules }, { siteId: 's65' }, 0).ruleId).toBe('r65');
  });

  it('agrees with testing each rule in turn', () => {
    fc.assert(
      fc.property(tableArb, ticketArb, fc.boolean(), (table, ticket, inHours) => {
        const at = inHours ? MONDAY_10 : SUNDAY_3;
        expect(routeTicket(table, ticket, at, calendars).ruleId).toBe(naive(table, ticket, at));
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkRouting', () => {
  it('reports gaps as compact examples when there is no default', () => {
    const table: Routing = {
      rules: [
        { id: 'sec', when: { categoryIds: ['security'] }, queue: { partyId: 'msp', tier: 1 } },
        { id: 'p1', when: { priorities: ['P1'] }, queue: { partyId: 'it', tier: 1 } },
      ],
    };
    const gap = checkRouting(table).find((i) => i.ruleId === 'routing-gap');
    expect(gap?.severity).toBe('error');
    expect(gap?.message).toBe(
      'No rule catches tickets with category any other, priority any other, and there is no default queue.',
    );
    expect(gap?.examples).toEqual([{ vip: false }]);
    expect(routeTicket(table, gap?.examples?.[0] ?? {}, 0).queue).toBeNull();
  });

  it('reports no gap when a default catches the rest', () => {
    expect(checkRouting(routing).filter((i) => i.ruleId === 'routing-gap')).toEqual([]);
  });

  it('reports a rule that earlier rules shadow, with a fix that moves it up', () => {
    const table: Routing = {
      rules: [
        { id: 'all-sec', when: { sources: ['security'] }, queue: { partyId: 'msp', tier: 1 } },
        {
          id: 'vip-sec',
          name: 'VIP security',
          when: { sources: ['security'], vip: true },
          queue: { partyId: 'it', tier: 1 },
        },
      ],
      default: { partyId: 'msp', tier: 1 },
    };
    const [shadowed] = checkRouting(table);
    expect(shadowed?.ruleId).toBe('shadowed-rule');
    expect(shadowed?.ruleIds).toEqual(['vip-sec', 'all-sec']);
    expect(shadowed?.fixes[0]?.changes).toEqual([
      { type: 'moveRule', ruleId: 'vip-sec', toIndex: 0 },
    ]);
  });

  it('reports rules that overlap earlier ones with another queue', () => {
    const found = checkRouting(routing).map((i) => [i.ruleId, i.ruleIds[0]]);
    expect(found).toContainEqual(['overlapping-rules', 'security']);
  });

  it('routes every ticket somewhere when it reports no gap', () => {
    fc.assert(
      fc.property(tableArb, fc.array(ticketArb, { maxLength: 20 }), (table, tickets) => {
        if (checkRouting(table).some((i) => i.ruleId === 'routing-gap')) return;
        for (const ticket of tickets) {
          expect(routeTicket(table, ticket, MONDAY_10, calendars).queue).not.toBeNull();
          expect(routeTicket(table, ticket, SUNDAY_3, calendars).queue).not.toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the gap its examples describe', () => {
    fc.assert(
      fc.property(tableArb, (table) => {
        const gap = checkRouting(table).find((i) => i.ruleId === 'routing-gap');
        for (const example of gap?.examples ?? []) {
          // An example stands for some hours of the week; one of the two instants lands in them.
          const routed = [MONDAY_10, SUNDAY_3].map(
            (at) => routeTicket(table, example, at, calendars).queue,
          );
          expect(routed).toContain(null);
        }
      }),
      { numRuns: 200 },
    );
  });
});
