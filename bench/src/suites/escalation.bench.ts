import {
  checkRouting,
  routeTicket,
  simulateEscalation,
  type Ticket,
} from '@tandem/core/escalation';
import type { BenchSuite } from '../suite';
import {
  chainPolicy,
  digest,
  naiveRoute,
  naiveSimulate,
  naiveTableCheck,
  routingTable,
  simulatedTickets,
  tickets,
  UNTIL,
} from './escalation-workload';

// The issue's three budgets: route 1,000,000 tickets through 200 rules under 1 s, simulate a
// 20-step policy for 100,000 tickets under 2 s, check a 200-rule table under 50 ms.

const table = routingTable(200);
const routed = tickets(1_000_000);
const catchAll = { rules: [{ id: 'all', when: {}, queue: { partyId: 'msp', tier: 1 } }] };
const policy = chainPolicy(20);
const simulated = simulatedTickets(100_000);
const AT = Date.UTC(2026, 2, 2, 10);

/** How many tickets each rule (and "none") caught. */
function histogram(route: (index: number) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < routed.length; i++) {
    const id = route(i) ?? 'none';
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

export const escalationSuite: BenchSuite = {
  name: 'escalation',
  groups: [
    {
      name: 'route 1,000,000 tickets through a 200-rule table',
      budgetNs: 1e9,
      cases: [
        {
          name: '@tandem/core routeTicket',
          subject: true,
          run: () => histogram((i) => routeTicket(table, routed[i] as Ticket, AT).ruleId),
        },
        {
          name: 'Array#find, a predicate per attribute',
          run: () => histogram((i) => naiveRoute(table, routed[i] as Ticket)),
        },
      ],
    },
    {
      name: 'simulate a 20-step policy for 100,000 tickets',
      budgetNs: 2e9,
      cases: [
        {
          name: '@tandem/core simulateEscalation',
          subject: true,
          run: () => {
            let sum = 0;
            for (const { ticket, events } of simulated) {
              sum =
                (sum +
                  digest(
                    simulateEscalation({ routing: catchAll, policy }, ticket, events, UNTIL),
                  )) %
                1_000_000_007;
            }
            return sum;
          },
        },
        {
          name: 'minute-by-minute stepping',
          run: () => {
            let sum = 0;
            for (const { ticket, events } of simulated) {
              sum = (sum + digest(naiveSimulate(policy, ticket, events, UNTIL))) % 1_000_000_007;
            }
            return sum;
          },
        },
      ],
    },
    {
      name: 'gap and shadow check of a 200-rule table',
      budgetNs: 50e6,
      cases: [
        // Overlaps have no brute-force twin here; both report what they share: gaps and shadows.
        {
          name: '@tandem/core checkRouting',
          subject: true,
          run: () => {
            const issues = checkRouting(table);
            return {
              gap: issues.some((i) => i.ruleId === 'routing-gap'),
              shadowed: issues.filter((i) => i.ruleId === 'shadowed-rule').map((i) => i.ruleIds[0]),
            };
          },
        },
        { name: 'route every value combination', run: () => naiveTableCheck(table) },
      ],
    },
  ],
};
