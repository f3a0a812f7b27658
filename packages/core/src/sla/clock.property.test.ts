import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSla } from './clock';
import type { TicketEvent } from './history';
import type { SlaPolicy } from './policy';
import { createCalendarRegistry } from './registry';

const HOUR = 3_600_000;
const hours = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
] as const;
const calendars = createCalendarRegistry([
  {
    id: 'office',
    timeZone: 'Europe/London',
    hours: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
  },
]);
const parties = [
  { id: 'internal', calendarId: 'office' },
  { id: 'msp', calendarId: '24x7' },
];
const policy: SlaPolicy = {
  id: 'p',
  calendarId: 'office',
  priorities: {
    P1: {
      response: { minutes: 30, calendarId: '24x7' },
      resolution: { minutes: 240, calendarId: 'holder' },
    },
    P2: {
      response: { minutes: 120 },
      plan: { minutes: 300 },
      resolution: { minutes: 960, calendarId: 'holder' },
    },
    P3: { response: { minutes: 480 }, resolution: { minutes: 2400 }, update: { minutes: 600 } },
  },
  pauseStatuses: ['waiting'],
  warnAt: [50, 80],
};

const later = fc.record({
  gap: fc.integer({ min: 0, max: 8 * HOUR }),
  event: fc.oneof(
    fc.record({
      type: fc.constant('priority' as const),
      priority: fc.constantFrom('P1', 'P2', 'P3'),
    }),
    fc.record({ type: fc.constant('status' as const), status: fc.constantFrom('waiting', 'open') }),
    fc.record({
      type: fc.constant('assigned' as const),
      partyId: fc.constantFrom('internal', 'msp', null),
    }),
    fc.record({
      type: fc.constantFrom(
        'responded' as const,
        'planned' as const,
        'updated' as const,
        'resolved' as const,
        'reopened' as const,
      ),
    }),
  ),
});

/** A created event somewhere in late March 2026 (over the UK's DST change), then up to 12 more. */
const history = fc
  .record({
    start: fc.integer({ min: Date.UTC(2026, 2, 26), max: Date.UTC(2026, 2, 30) }),
    priority: fc.constantFrom('P1', 'P2', 'P3'),
    rest: fc.array(later, { maxLength: 12 }),
  })
  .map(({ start, priority, rest }) => {
    const events: TicketEvent[] = [{ type: 'created', at: start, priority, partyId: 'internal' }];
    let t = start;
    for (const { gap, event } of rest) {
      t += gap;
      events.push({ ...event, at: t } as TicketEvent);
    }
    return events;
  });
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
