import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Matrix } from '../matrix/model';
import { computeSla } from '../sla/clock';
import { calendars, history, policy } from '../sla/testing/random-tickets';
import { serviceReview } from './service-review';
import { readTicket } from './ticket-reading';
import { holderAt, timelineOf } from './ticket-timeline';

// On random quarters of random tickets, the review's figures add up: every finished clock is
// met or breached, the groups share out the totals, and the clock's shares are its minutes.
const matrix: Matrix = {
  name: 'Random',
  variant: 'raci',
  parties: [
    { id: 'internal', name: 'Internal IT', side: 'internal', calendarId: 'office' },
    { id: 'msp', name: 'MSP', side: 'provider', calendarId: '24x7' },
  ],
  categories: [{ id: 'ops', name: 'Ops' }],
  rows: [
    { id: 'a', name: 'A', categoryId: 'ops', kind: 'task', cells: { msp: { roles: ['R', 'A'] } } },
    {
      id: 'b',
      name: 'B',
      categoryId: 'ops',
      kind: 'task',
      cells: { internal: { roles: ['R', 'A'] } },
    },
  ],
};
const period = { from: Date.UTC(2026, 2, 26), to: Date.UTC(2026, 3, 2) };

const tickets = fc.array(
  fc.record({
    history,
    rowId: fc.constantFrom('a', 'b', undefined),
    title: fc.constantFrom('VPN down', 'vpn  down', 'Printer'),
  }),
  { maxLength: 25 },
);

describe('serviceReview on random tickets', () => {
  it('adds up', () => {
    fc.assert(
      fc.property(tickets, (drawn) => {
        const input = drawn.map(({ rowId, ...ticket }, index) => ({
          id: `T${index}`,
          ...ticket,
          ...(rowId === undefined ? {} : { rowId }),
        }));
        const review = serviceReview({
          matrix,
          tickets: input,
          policies: [policy],
          calendars,
          period,
        });
        for (const figure of review.attainment.overall) {
          expect(figure.met + figure.breached).toBe(figure.measured);
          const parts = review.attainment.byPriority.filter((p) => p.kind === figure.kind);
          expect(parts.reduce((sum, p) => sum + p.measured + p.open, 0)).toBe(
            figure.measured + figure.open,
          );
          if (figure.medianMinutes !== null && figure.p90Minutes !== null) {
            expect(figure.p90Minutes).toBeGreaterThanOrEqual(figure.medianMinutes);
          }
        }
        const held = review.clock.byParty.reduce((sum, party) => sum + party.minutes, 0);
        expect(held).toBeGreaterThanOrEqual(0);
        expect(review.greyZone.every((gap) => gap.minutes > 0)).toBe(true);
        expect(review.ticketCount).toBe(input.length);
        expect(
          serviceReview({ matrix, tickets: input, policies: [policy], calendars, period }),
        ).toEqual(review);
      }),
      { numRuns: 60 },
    );
  });
});

describe('readTicket', () => {
  it('agrees with computeSla on every clock: outcome, minutes and stop', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 10 * 86_400_000 }), (events, after) => {
        const at = (events[0]?.at ?? 0) + after;
        const timeline = timelineOf(events, policy.pauseStatuses ?? [], at);
        const reading = readTicket({ id: 'T', history: events }, policy, timeline, at, {
          calendars,
          parties: matrix.parties,
        });
        const sla = computeSla(policy, events, at, {
          calendars,
          parties: matrix.parties,
          timeline: false,
        });
        expect(reading.priority).toBe(sla.priority);
        for (const clock of reading.clocks) {
          const expected = sla.clocks[clock.kind];
          expect(expected).toBeDefined();
          if (!expected) continue;
          expect(clock.outcome).toBe(
            expected.breaches > 0 ? 'breached' : expected.state === 'met' ? 'met' : 'open',
          );
          expect(clock.stopped).toBe(expected.stoppedAt !== null);
          if (clock.kind !== 'update')
            expect(clock.minutes).toBeCloseTo(expected.elapsedMinutes, 6);
        }
        expect(reading.clocks.length).toBe(Object.keys(sla.clocks).length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('holderAt', () => {
  it('agrees with reading the history up to the instant', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 10 * 86_400_000 }), (events, after) => {
        const end = (events[0]?.at ?? 0) + 10 * 86_400_000;
        const t = (events[0]?.at ?? 0) + after;
        let expected: string | undefined;
        for (const event of events) {
          if (event.at > t) break;
          if (event.type === 'created') expected = event.partyId;
          else if (event.type === 'assigned') expected = event.partyId ?? undefined;
        }
        expect(holderAt(timelineOf(events, policy.pauseStatuses ?? [], end), t)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
