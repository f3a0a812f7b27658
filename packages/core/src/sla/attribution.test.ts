import { marchAt as at, handedBackTicket as handedBack } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { slaAttribution } from './attribution';
import { computeSla } from './clock';
import type { TicketHistory } from './history';
import type { SlaPolicy } from './policy';
import { createCalendarRegistry } from './registry';

// Hand-computed cases on an office calendar of 09:00–17:00 UTC, Monday to Friday. Monday
// 2 March 2026 is a Monday. The ticket (see handed-back-ticket.ts in @tandem/fixtures): Monday
// afternoon internal IT responds, then waits on the customer over the night; on Tuesday it lets
// the ticket go, the MSP's NOC picks it up half an hour later and hands it back at 14:00;
// internal IT writes to the customer an hour after that.
const calendars = createCalendarRegistry(handedBack.calendars);
const { parties, now } = handedBack;
const policy: SlaPolicy = handedBack.policy;
const events: TicketHistory = handedBack.history;
// Frozen: attribution must not write to its input.
const ticket: TicketHistory = Object.freeze(events.map((event) => Object.freeze({ ...event })));
const options = { calendars, parties };

describe('slaAttribution', () => {
  describe('given a ticket paused overnight and handed to the MSP and back', () => {
    const { targets } = slaAttribution(policy, ticket, now, options);

    it('shares the resolution clock out by holder, with the unassigned half hour', () => {
      // Internal: Mon 15:00–16:30 (90), Tue 10:00–11:00 (60), 14:00–17:00 (180), Wed 09:00–10:00 (60).
      expect(targets.resolution?.held).toEqual([
        { partyId: 'internal-it', side: 'internal', minutes: 390 },
        { partyId: 'msp-noc', side: 'provider', minutes: 150 },
      ]);
      expect(targets.resolution?.unassignedMinutes).toBe(30);
      expect(targets.resolution?.runningMinutes).toBe(570);
    });

    it('adds up to the minutes computeSla counted', () => {
      const sla = computeSla(policy, ticket, now, options);
      expect(targets.resolution?.runningMinutes).toBe(sla.clocks.resolution?.elapsedMinutes);
      expect(targets.response?.runningMinutes).toBe(sla.clocks.response?.elapsedMinutes);
    });

    it('lists the pause with who set it and the business minutes it kept off the clock', () => {
      // Monday 16:30–17:00 and Tuesday 09:00–10:00: the night between was closed anyway.
      expect(targets.resolution?.pauses).toEqual([
        {
          status: 'waiting-on-customer',
          from: at(2, 16, 30),
          to: at(3, 10),
          by: 'internal-it',
          minutes: 90,
        },
      ]);
    });

    it('costs each hand-off from the release to the new holder’s first action', () => {
      expect(targets.resolution?.handoffs).toEqual([
        {
          from: 'internal-it',
          to: 'msp-noc',
          fromSide: 'internal',
          toSide: 'provider',
          at: at(3, 11),
          takenAt: at(3, 11, 30),
          actedAt: at(3, 11, 30),
          by: 'internal-it',
          queueMinutes: 30,
          minutes: 30,
        },
        {
          from: 'msp-noc',
          to: 'internal-it',
          fromSide: 'provider',
          toSide: 'internal',
          at: at(3, 14),
          takenAt: at(3, 14),
          actedAt: at(3, 15),
          by: 'msp-noc',
          queueMinutes: 0,
          minutes: 60,
        },
      ]);
    });

    it('names the MSP as the holder when the resolution target ran out', () => {
      // 180 minutes by 11:30 on Tuesday; the 300th at 13:30, while the NOC held it.
      expect(targets.resolution?.breaches).toEqual([
        { at: at(3, 13, 30), partyId: 'msp-noc', side: 'provider' },
      ]);
      expect(computeSla(policy, ticket, now, options).clocks.resolution?.breachedAt).toBe(
        at(3, 13, 30),
      );
    });

    it('leaves out of the response clock what happened after the response', () => {
      expect(targets.response).toEqual({
        kind: 'response',
        runningMinutes: 30,
        held: [{ partyId: 'internal-it', side: 'internal', minutes: 30 }],
        unassignedMinutes: 0,
        pauses: [],
        handoffs: [],
        breaches: [],
      });
    });

    it('counts the update cadence over every cycle and finds the late one on the NOC’s watch', () => {
      // Cycles: Mon 15:00–15:30 (30), Mon 15:30–Tue 15:00 (360, over 240 at Tue 13:00), then 180.
      expect(targets.update?.runningMinutes).toBe(570);
      expect(targets.update?.breaches).toEqual([
        { at: at(3, 13), partyId: 'msp-noc', side: 'provider' },
      ]);
    });

    it('returns plain JSON, the same every time', () => {
      const attribution = slaAttribution(policy, ticket, now, options);
      expect(JSON.parse(JSON.stringify(attribution))).toStrictEqual(attribution);
      expect(slaAttribution(policy, ticket, now, options)).toStrictEqual(attribution);
    });

    it('ignores events after the instant asked about', () => {
      const early = slaAttribution(policy, ticket, at(3, 12), options);
      expect(early.targets.resolution?.held).toEqual([
        { partyId: 'internal-it', side: 'internal', minutes: 150 },
        { partyId: 'msp-noc', side: 'provider', minutes: 30 },
      ]);
      expect(early.targets.resolution?.handoffs.map((h) => h.to)).toEqual(['msp-noc']);
      expect(early).toStrictEqual(
        slaAttribution(
          policy,
          ticket.filter((e) => e.at <= at(3, 12)),
          at(3, 12),
          options,
        ),
      );
    });
  });

  describe('given a target on the holder’s calendar', () => {
    // Friday 16:00 to internal IT (office hours), at 17:00 to the MSP (24/7) over the weekend,
    // back to internal IT on Monday at 09:00 (the source does not say who did either).
    const weekend: TicketHistory = [
      { type: 'created', at: at(6, 16), priority: 'P3', partyId: 'internal-it' },
      { type: 'assigned', at: at(6, 17), partyId: 'msp-noc', by: 'internal-it' },
      { type: 'assigned', at: at(9, 9), partyId: 'internal-it' },
    ];
    const { targets } = slaAttribution(policy, weekend, at(9, 10), options);

    it('counts each holder on their own calendar', () => {
      expect(targets.resolution?.held).toEqual([
        { partyId: 'internal-it', side: 'internal', minutes: 120 },
        { partyId: 'msp-noc', side: 'provider', minutes: 64 * 60 },
      ]);
      expect(targets.resolution?.runningMinutes).toBe(
        computeSla(policy, weekend, at(9, 10), options).clocks.resolution?.elapsedMinutes,
      );
    });

    it('costs a hand-off nobody acted on up to when the holder let go', () => {
      const [toMsp, back] = targets.resolution?.handoffs ?? [];
      expect(toMsp).toMatchObject({ to: 'msp-noc', actedAt: null, minutes: 64 * 60 });
      expect(back).toMatchObject({ to: 'internal-it', actedAt: null, minutes: 60 });
      // The breach came at 480 minutes: Friday 16:00 + 60 office minutes + 420 of the MSP's.
      expect(targets.resolution?.breaches).toEqual([
        { at: at(6, 24), partyId: 'msp-noc', side: 'provider' },
      ]);
    });
  });

  describe('given holders on one side, or of unknown side', () => {
    const base = { type: 'created', at: at(2, 9), priority: 'P2', partyId: 'msp-noc' } as const;

    it('sees no hand-off between two teams of the MSP', () => {
      const history: TicketHistory = [
        base,
        { type: 'assigned', at: at(2, 10), partyId: 'msp-soc' },
      ];
      const { targets } = slaAttribution(policy, history, at(2, 11), options);
      expect(targets.resolution?.handoffs).toEqual([]);
      expect(targets.resolution?.held.map((h) => [h.partyId, h.minutes])).toEqual([
        ['msp-noc', 60],
        ['msp-soc', 60],
      ]);
    });

    it('sees a hand-off to a vendor, across the unassigned stretch before it', () => {
      const history: TicketHistory = [
        base,
        { type: 'assigned', at: at(2, 10), partyId: null },
        { type: 'assigned', at: at(2, 10, 45), partyId: 'acme-isp', by: 'acme-isp' },
      ];
      const handoffs = slaAttribution(policy, history, at(2, 11), options).targets.resolution
        ?.handoffs;
      expect(handoffs).toEqual([
        {
          from: 'msp-noc',
          to: 'acme-isp',
          fromSide: 'provider',
          toSide: 'vendor',
          at: at(2, 10),
          takenAt: at(2, 10, 45),
          actedAt: at(2, 10, 45),
          queueMinutes: 45,
          minutes: 45,
        },
      ]);
    });

    it('sees none for parties the options do not know', () => {
      const history: TicketHistory = [
        base,
        { type: 'assigned', at: at(2, 10), partyId: 'internal-it' },
      ];
      const { targets } = slaAttribution(policy, history, at(2, 11), { calendars });
      expect(targets.resolution?.handoffs).toEqual([]);
      expect(targets.resolution?.held).toEqual([
        { partyId: 'msp-noc', minutes: 60 },
        { partyId: 'internal-it', minutes: 60 },
      ]);
    });

    it('lists a holder of only closed hours with 0 minutes', () => {
      const history: TicketHistory = [
        { type: 'created', at: at(2, 16), priority: 'P2', partyId: 'internal-it' },
        { type: 'assigned', at: at(2, 18), partyId: 'msp-noc' },
        { type: 'assigned', at: at(3, 8), partyId: 'internal-it' },
      ];
      const held = slaAttribution(policy, history, at(3, 10), options).targets.resolution?.held;
      expect(held?.map((h) => [h.partyId, h.minutes])).toEqual([
        ['internal-it', 120],
        ['msp-noc', 0],
      ]);
    });

    it('splits a pause where its status changes, each with who set it', () => {
      const history: TicketHistory = [
        { ...base, status: 'scheduled', by: 'msp-noc' },
        { type: 'status', at: at(2, 10), status: 'waiting-on-customer', by: 'internal-it' },
        { type: 'status', at: at(2, 10), status: 'waiting-on-customer' },
      ];
      const pauses = slaAttribution(policy, history, at(2, 12), options).targets.resolution?.pauses;
      expect(pauses).toEqual([
        { status: 'scheduled', from: at(2, 9), to: at(2, 10), by: 'msp-noc', minutes: 60 },
        {
          status: 'waiting-on-customer',
          from: at(2, 10),
          to: null,
          by: 'internal-it',
          minutes: 120,
        },
      ]);
    });
  });
});
