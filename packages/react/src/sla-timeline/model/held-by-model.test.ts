// @vitest-environment node
import { computeSla, createCalendarRegistry, type SlaPolicy } from '@tandem/core/sla';
import { slaAttribution } from '@tandem/core/sla/attribution';
import { marchAt as at, handedBackTicket } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { sidesOf } from '../hooks/use-held-by';
import { heldBySegments, heldBySummary } from './held-by-model';

// Office hours 09:00–17:00 UTC on weekdays; Monday 2 March 2026 is a Monday. The hand-back
// ticket of @tandem/fixtures: internal IT holds the ticket, pauses it overnight waiting on the
// customer, lets it go; the MSP's NOC picks it up half an hour later and hands it back at 14:00
// — after the resolution target ran out — and writes to the customer at 15:00.
const { history, now, parties } = handedBackTicket;
const policy: SlaPolicy = handedBackTicket.policy;
const options = { calendars: createCalendarRegistry(handedBackTicket.calendars), parties };

describe('the Held by lane of a ticket handed internal → MSP → internal with a pause', () => {
  const target = slaAttribution(policy, history, now, options).targets.resolution;
  const segments = computeSla(policy, history, now, options).clocks.resolution?.segments ?? [];
  const sides = sidesOf(parties) ?? new Map();

  it('draws each holder’s stretch of the running clock, the pause and the unassigned gap', () => {
    expect(target).toBeDefined();
    expect(heldBySegments(segments, target?.pauses ?? [], sides)).toEqual([
      {
        from: at(2, 15),
        to: at(2, 16, 30),
        state: 'held',
        partyId: 'internal-it',
        side: 'internal',
      },
      {
        from: at(2, 16, 30),
        to: at(3, 10),
        state: 'paused',
        status: 'waiting-on-customer',
        by: 'internal-it',
      },
      { from: at(3, 10), to: at(3, 11), state: 'held', partyId: 'internal-it', side: 'internal' },
      { from: at(3, 11), to: at(3, 11, 30), state: 'unassigned' },
      // The breach at 13:30 cuts the clock's segments; the lane keeps one stretch per holder.
      { from: at(3, 11, 30), to: at(3, 14), state: 'held', partyId: 'msp-noc', side: 'provider' },
      { from: at(3, 14), to: now, state: 'held', partyId: 'internal-it', side: 'internal' },
    ]);
  });

  it('leaves out the projected stretch after now', () => {
    const ahead = {
      from: now,
      to: at(4, 12),
      state: 'open',
      priority: 'P2',
      projected: true,
    } as const;
    const lane = heldBySegments([...segments, ahead], target?.pauses ?? [], sides);
    expect(Math.max(...lane.map((s) => s.to))).toBe(now);
  });

  it('shares the business minutes out, largest first, with the unassigned share', () => {
    if (!target) throw new Error('no resolution clock');
    const summary = heldBySummary(target);
    expect(summary.runningMinutes).toBe(570);
    expect(summary.shares.map((s) => [s.partyId, s.minutes])).toEqual([
      ['internal-it', 390],
      ['msp-noc', 150],
    ]);
    expect(summary.shares[0]?.percent).toBeCloseTo((390 / 570) * 100, 6);
    expect(summary.unassigned).toEqual({ minutes: 30, percent: (30 / 570) * 100 });
    const total = summary.shares.reduce((sum, s) => sum + s.percent, summary.unassigned.percent);
    expect(total).toBeCloseTo(100, 9);
  });

  it('puts the breach on the MSP’s watch', () => {
    if (!target) throw new Error('no resolution clock');
    expect(heldBySummary(target).breaches).toEqual([
      { at: at(3, 13, 30), partyId: 'msp-noc', side: 'provider' },
    ]);
  });
});

describe('heldBySummary', () => {
  it('gives every share 0 % while the clock has not run', () => {
    const summary = heldBySummary({
      kind: 'resolution',
      runningMinutes: 0,
      held: [{ partyId: 'internal-it', minutes: 0 }],
      unassignedMinutes: 0,
      pauses: [],
      handoffs: [],
      breaches: [],
    });
    expect(summary.shares[0]?.percent).toBe(0);
    expect(summary.unassigned.percent).toBe(0);
  });
});

describe('sidesOf', () => {
  it('is undefined when no party has a side, so the lane stays off', () => {
    expect(sidesOf([{ id: 'a' }, { id: 'b' }])).toBeUndefined();
    expect(sidesOf(undefined)).toBeUndefined();
  });
  it('maps each party to its side when one has a side', () => {
    expect(sidesOf([{ id: 'a', side: 'internal' }, { id: 'b' }])?.get('a')).toBe('internal');
  });
});
