import type { Matrix } from '@tandem/core';
import type { ReviewTicket } from '@tandem/core/review';
import type { SlaPolicy, TicketEvent } from '@tandem/core/sla';
import { reviewParties, reviewQuarter, reviewWorkloadSla } from '@tandem/fixtures';
import { lcg } from './validate-workload';

// A quarter of tickets for the service review: 20 IT functions split between internal IT and
// the MSP, two priorities, ten events per ticket (assignments across the teams, a pause, a
// response, updates, a resolution), drawn from a seeded generator.

const MINUTE = 60_000;
export const QUARTER = reviewQuarter;
const HOLDERS = ['internal-it', 'msp-noc', 'msp-desk'] as const;

export const reviewMatrix: Matrix = {
  name: 'Review bench',
  variant: 'raci',
  parties: [...reviewParties, { id: 'msp-desk', name: 'MSP desk', side: 'provider' }],
  categories: [{ id: 'ops', name: 'Operations' }],
  rows: Array.from({ length: 20 }, (_, i) => ({
    id: `row-${i}`,
    name: `IT function ${i}`,
    categoryId: 'ops',
    kind: 'task' as const,
    cells: { [HOLDERS[i % 3] as string]: { roles: ['R' as const, 'A' as const] } },
  })),
};

export const reviewPolicy: SlaPolicy = reviewWorkloadSla;

/** `count` tickets created across the quarter, ten events each. */
export function reviewTickets(count: number, seed: number): ReviewTicket[] {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const span = QUARTER.to - QUARTER.from - 3 * 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    let at = QUARTER.from + Math.floor(random() * span);
    const step = () => {
      at += Math.floor(1 + random() * 90) * MINUTE;
      return at;
    };
    const first = pick(HOLDERS);
    const second = pick(HOLDERS);
    const history: TicketEvent[] = [
      { type: 'created', at, priority: pick(['P1', 'P2']), partyId: first, by: first },
      { type: 'responded', at: step(), by: first },
      { type: 'assigned', at: step(), partyId: second, by: first },
      { type: 'updated', at: step(), by: second },
      { type: 'status', at: step(), status: 'waiting-on-customer', by: second },
      { type: 'status', at: step(), status: 'in-progress' },
      { type: 'assigned', at: step(), partyId: first, by: second },
      { type: 'updated', at: step(), by: first },
      { type: 'updated', at: step(), by: first },
      { type: 'resolved', at: step(), by: first },
    ];
    return { id: `T${i}`, title: `Alert ${i % 97} fired`, rowId: `row-${i % 20}`, history };
  });
}
