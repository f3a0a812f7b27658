import type { ReviewTicket } from '@tandem/core/review';
import { describe, expect, it } from 'vitest';
import { niceCeiling } from './scale';
import { weeklyBreaches } from './weekly-breaches';

const DAY = 86_400_000;
const from = Date.UTC(2026, 6, 1);
const opened = (id: string, day: number): ReviewTicket => ({
  id,
  history: [{ type: 'created', at: from + day * DAY, priority: 'P3' }],
});
const figure = (breachedTicketIds: string[]) =>
  ({ breachedTicketIds }) as unknown as ReturnType<typeof weeklyBreaches>[number] & {
    breachedTicketIds: string[];
  };

describe('weeklyBreaches', () => {
  const review = {
    period: { from, to: from + 15 * DAY },
    // T-1 breached two targets: it counts once.
    attainment: { overall: [figure(['T-1', 'T-3']), figure(['T-1'])], byPriority: [], byParty: [] },
  } as never;

  it('counts tickets opened and breached per week from the period start, a ticket once', () => {
    const weeks = weeklyBreaches(review, [
      opened('T-1', 0),
      opened('T-2', 6),
      opened('T-3', 7),
      opened('T-4', 14),
      opened('T-5', 15), // after the period
      opened('T-6', -1), // before it
    ]);
    expect(weeks.map((w) => [w.opened, w.breached])).toEqual([
      [2, 1],
      [1, 1],
      [1, 0],
    ]);
    expect(weeks[2]?.to).toBe(from + 15 * DAY);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.3, 7, 37, 101, 2000].map(niceCeiling)).toEqual([1, 0.5, 10, 50, 200, 2000]);
  });
});
