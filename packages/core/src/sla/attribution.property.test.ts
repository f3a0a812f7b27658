import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slaAttribution } from './attribution';
import { computeSla } from './clock';
import type { TicketEvent } from './history';
import type { SlaPolicy } from './policy';
import { calendars, HOUR, history, parties, policy } from './testing/random-tickets';

const now = fc.integer({ min: 0, max: 72 * HOUR });
const at = (events: readonly TicketEvent[], offset: number) => (events[0]?.at ?? 0) + offset;
const sum = (minutes: readonly number[]) => minutes.reduce((a, b) => a + b, 0);

describe('slaAttribution over random histories', () => {
  it('shares out exactly the minutes computeSla counted, party by party plus unassigned', () => {
    let shared = 0;
    fc.assert(
      fc.property(history, now, (events, offset) => {
        const t = at(events, offset);
        const sla = computeSla(policy, events, t, { calendars, parties });
        const { targets } = slaAttribution(policy, events, t, { calendars, parties });
        expect(Object.keys(targets)).toEqual(Object.keys(sla.clocks));
        for (const kind of ['response', 'plan', 'resolution'] as const) {
          const target = targets[kind];
          if (!target) continue;
          const parts = sum(target.held.map((h) => h.minutes)) + target.unassignedMinutes;
          expect(parts).toBeCloseTo(target.runningMinutes, 6);
          expect(target.runningMinutes).toBeCloseTo(sla.clocks[kind]?.elapsedMinutes ?? NaN, 6);
          if (target.held.length > 1) shared++;
        }
      }),
      { numRuns: 150 },
    );
    // Not vacuous: many histories split a clock between parties.
    expect(shared).toBeGreaterThan(10);
  });

  it('runs the update cadence for as long as the resolution clock when both count alike', () => {
    const alike: SlaPolicy = {
      ...policy,
      priorities: {
        P1: { response: { minutes: 30 }, resolution: { minutes: 240 }, update: { minutes: 60 } },
        P2: { response: { minutes: 60 }, resolution: { minutes: 960 }, update: { minutes: 120 } },
        P3: { response: { minutes: 480 }, resolution: { minutes: 2400 }, update: { minutes: 600 } },
      },
    };
    fc.assert(
      fc.property(history, now, (events, offset) => {
        const { targets } = slaAttribution(alike, events, at(events, offset), { calendars });
        expect(targets.update?.runningMinutes).toBeCloseTo(
          targets.resolution?.runningMinutes ?? NaN,
          6,
        );
        expect(targets.update?.held).toEqual(
          targets.resolution?.held.map((h) => ({ ...h, minutes: expect.closeTo(h.minutes, 6) })),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('names the holder at each breach computeSla reports, and keeps pauses and hand-offs in order', () => {
    fc.assert(
      fc.property(history, now, (events, offset) => {
        const t = at(events, offset);
        const sla = computeSla(policy, events, t, { calendars, parties });
        const { targets } = slaAttribution(policy, events, t, { calendars, parties });
        for (const [kind, target] of Object.entries(targets)) {
          const clock = sla.clocks[kind as keyof typeof sla.clocks];
          expect(target.breaches.length).toBe(clock?.breaches);
          expect(target.breaches[0]?.at ?? null).toBe(clock?.breachedAt);
          for (const list of [target.pauses, target.handoffs]) {
            const starts = list.map((item) => ('at' in item ? item.at : item.from));
            expect(starts).toEqual([...starts].sort((a, b) => a - b));
          }
          for (const handoff of target.handoffs) {
            expect(handoff.fromSide).not.toBe(handoff.toSide);
            expect(handoff.queueMinutes).toBeLessThanOrEqual(handoff.minutes + 1e-9);
          }
          for (const pause of target.pauses) expect(pause.minutes).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
