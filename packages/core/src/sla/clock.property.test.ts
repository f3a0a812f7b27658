import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSla, slaComputer } from './clock';
import type { TicketEvent } from './history';
import { calendars, HOUR, history, parties, policy } from './testing/random-tickets';

const sla = (events: readonly TicketEvent[], now: number) =>
  computeSla(policy, events, now, { calendars, parties });

describe('computeSla over random histories', () => {
  it('depends only on the events up to now', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 72 * HOUR }), (events, offset) => {
        const now = (events[0]?.at ?? 0) + offset;
        expect(sla(events, now)).toEqual(
          sla(
            events.filter((e) => e.at <= now),
            now,
          ),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('never takes back time counted or a breach once it happened', () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 0, max: 72 * HOUR }),
        fc.integer({ min: 0, max: 72 * HOUR }),
        (events, a, b) => {
          const start = events[0]?.at ?? 0;
          const [early, late] = [start + Math.min(a, b), start + Math.max(a, b)];
          const before = sla(events, early).clocks;
          const after = sla(events, late).clocks;
          for (const kind of ['response', 'resolution'] as const) {
            const x = before[kind];
            const y = after[kind];
            if (!x || !y) continue;
            expect(y.elapsedMinutes).toBeGreaterThanOrEqual(x.elapsedMinutes - 1e-9);
            if (x.breachedAt !== null) expect(y.breachedAt).toBe(x.breachedAt);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps its timeline in order, without gaps while the clock runs and ending at now or the stop', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 72 * HOUR }), (events, offset) => {
        const now = (events[0]?.at ?? 0) + offset;
        const clock = sla(events, now).clocks.response;
        if (!clock) return;
        const past = clock.segments.filter((s) => !s.projected);
        past.forEach((segment, i) => {
          expect(segment.to).toBeGreaterThan(segment.from);
          if (i > 0) expect(segment.from).toBe(past[i - 1]?.to);
        });
        if (past.length > 0) expect(past[past.length - 1]?.to).toBe(clock.stoppedAt ?? now);
        const open = past
          .filter((s) => s.state === 'open')
          .reduce((sum, s) => sum + s.to - s.from, 0);
        // Open stretches of the timeline add up to the time counted (pauses and closed hours don't).
        expect(open / 60_000).toBeCloseTo(clock.elapsedMinutes, 6);
      }),
      { numRuns: 60 },
    );
  });
});

describe('slaComputer over many random histories', () => {
  it('gives every ticket what computeSla gives it alone, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(history, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 72 * HOUR }),
        fc.boolean(),
        (tickets, offset, timeline) => {
          const options = { calendars, parties, timeline };
          const bulk = slaComputer(policy, options);
          for (const events of tickets) {
            const now = (events[0]?.at ?? 0) + offset;
            expect(bulk(events, now)).toEqual(computeSla(policy, events, now, options));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('computeSla on a found counterexample', () => {
  it('keeps a resolved ticket met, stopped when it was resolved, though assigned afterwards', () => {
    const created = Date.UTC(2026, 2, 26);
    const events: TicketEvent[] = [
      { type: 'created', at: created, priority: 'P1', partyId: 'internal' },
      { type: 'resolved', at: created + 1 },
      { type: 'assigned', partyId: 'msp', at: created + 12 * HOUR + 1 },
    ];
    const clock = sla(events, created + 12 * HOUR + 2).clocks.resolution;
    expect(clock?.state).toBe('met');
    expect(clock?.stoppedAt).toBe(created + 1);
    expect(clock?.breachedAt).toBeNull();
  });
});
