import { serviceReview } from '@tandem/core/review';
import type { BenchSuite } from '../suite';
import { QUARTER, reviewMatrix, reviewPolicy, reviewTickets } from './review-workload';

// Issue 16's budgets: the service review of a quarter of 1,000 tickets within 30 ms, and of
// 100,000 (ten events each) within 2 s. Tickets are generated on first use.
const generated = new Map<number, ReturnType<typeof reviewTickets>>();
function review(count: number) {
  let tickets = generated.get(count);
  if (!tickets) {
    tickets = reviewTickets(count, 16);
    generated.set(count, tickets);
  }
  return serviceReview({
    matrix: reviewMatrix,
    tickets,
    policies: [reviewPolicy],
    period: QUARTER,
  });
}

export const reviewSuite: BenchSuite = {
  name: 'review',
  groups: [
    {
      name: 'service review of a quarter, 1,000 tickets × 10 events',
      budgetNs: 30_000_000,
      cases: [
        {
          name: '@tandem/core serviceReview',
          subject: true,
          run: () => review(1_000),
        },
      ],
    },
    {
      name: 'service review of a quarter, 100,000 tickets × 10 events',
      budgetNs: 2_000_000_000,
      cases: [
        {
          name: '@tandem/core serviceReview',
          subject: true,
          run: () => review(100_000),
        },
      ],
    },
  ],
};
