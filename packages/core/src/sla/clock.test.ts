import { officeCalendar, slaParties, standardSla } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../test-support/error-code';
import { computeSla } from './clock';
import type { TicketEvent } from './history';
import type { SlaPolicy } from './policy';
import { createCalendarRegistry } from './registry';

// Tuesday 3 March 2026 in New York (EST); the office is open 08:00–17:00 on weekdays.
const at = (hhmm: string, day = '2026-03-03') => Date.parse(`${day}T${hhmm}:00-05:00`);
const calendars = createCalendarRegistry([
  officeCalendar({ timeZone: 'America/New_York', opens: '08:00' }),
]);
const parties = slaParties;
const policy: SlaPolicy = standardSla;
const created = (priority: string, time = '09:00', partyId = 'internal-it'): TicketEvent => ({
  type: 'created',
  at: at(time),
  priority,
  partyId,
});
const sla = (history: TicketEvent[], now: number) =>
  computeSla(policy, history, now, { calendars, parties });

describe('computeSla', () => {
  it('meets a response given in time and projects resolution over business days', () => {
    const { clocks } = sla([created('P3'), { type: 'responded', at: at('10:30') }], at('11:00'));
    expect(clocks.response).toMatchObject({
      state: 'met',
      elapsedMinutes: 90,
      stoppedAt: at('10:30'),
      dueAt: at('13:00'),
      breachedAt: null,
    });
    expect(clocks.resolution).toMatchObject({
      state: 'running',
      elapsedMinutes: 120,
      dueAt: at('15:00', '2026-03-05'),
    });
    expect(clocks.plan).toBeUndefined();
  });

  it('breaches a response that did not come, with warnings at 50, 75 and 90 %', () => {
    const { clocks } = sla([created('P2')], at('10:30'));
    expect(clocks.response).toMatchObject({
      state: 'breached',
      breachedAt: at('10:00'),
      dueAt: at('10:00'),
      remainingMinutes: -30,
      percent: 150,
      breaches: 1,
    });
    expect(clocks.response?.warnings).toEqual([
      { percent: 50, at: at('09:30'), reached: true },
      { percent: 75, at: at('09:45'), reached: true },
      { percent: 90, at: at('09:54'), reached: true },
    ]);
  });

  it('stops counting while waiting on the customer and keeps the pause in the timeline', () => {
    const history: TicketEvent[] = [
      created('P3'),
      { type: 'status', at: at('10:00'), status: 'waiting-on-customer' },
      { type: 'status', at: at('14:00'), status: 'in-progress' },
    ];
    const { clocks } = sla(history, at('15:00'));
    expect(clocks.resolution?.elapsedMinutes).toBe(120);
    expect(clocks.response).toMatchObject({
      state: 'running',
      elapsedMinutes: 120,
      dueAt: at('17:00'),
    });
    expect(clocks.resolution?.segments.slice(0, 4)).toEqual([
      { from: at('09:00'), to: at('10:00'), state: 'open', priority: 'P3', partyId: 'internal-it' },
      {
        from: at('10:00'),
        to: at('14:00'),
        state: 'paused',
        priority: 'P3',
        partyId: 'internal-it',
      },
      { from: at('14:00'), to: at('15:00'), state: 'open', priority: 'P3', partyId: 'internal-it' },
      {
        from: at('15:00'),
        to: at('17:00'),
        state: 'open',
        priority: 'P3',
        partyId: 'internal-it',
        projected: true,
      },
    ]);
    expect(clocks.resolution?.segments[4]).toMatchObject({
      state: 'closed',
      to: at('08:00', '2026-03-04'),
    });
  });

  it('has no due time while paused', () => {
    const history: TicketEvent[] = [
      created('P3'),
      { type: 'status', at: at('10:00'), status: 'scheduled' },
    ];
    expect(sla(history, at('12:00')).clocks.resolution).toMatchObject({
      state: 'paused',
      dueAt: null,
      elapsedMinutes: 60,
    });
  });

  describe('given a priority change', () => {
    it('keeps the time counted and applies the new target and calendar from the change', () => {
      const history: TicketEvent[] = [
        created('P3'),
        { type: 'priority', at: at('11:00'), priority: 'P1' },
      ];
      expect(sla(history, at('11:30')).clocks.resolution).toMatchObject({
        state: 'running',
        calendarId: '24x7',
        targetMinutes: 240,
        elapsedMinutes: 150,
        dueAt: at('13:00'),
      });
    });

    it('breaches at the change when the raised target is already used up, not before', () => {
      const history: TicketEvent[] = [
        created('P3'),
        { type: 'priority', at: at('14:00'), priority: 'P1' },
      ];
      expect(sla(history, at('14:30')).clocks.resolution).toMatchObject({
        state: 'breached',
        breachedAt: at('14:00'),
      });
    });

    it('does not undo a breach when the priority is lowered', () => {
      const history: TicketEvent[] = [
        created('P1'),
        { type: 'priority', at: at('13:30'), priority: 'P3' },
      ];
      expect(sla(history, at('14:00')).clocks.resolution).toMatchObject({
        state: 'breached',
        breachedAt: at('13:00'),
        targetMinutes: 1440,
      });
    });
  });

  it("counts on the holder's calendar: office hours for internal IT, 24/7 once the MSP has it", () => {
    const history: TicketEvent[] = [
      created('P2', '13:00'),
      { type: 'assigned', at: at('17:00'), partyId: 'msp-noc' },
    ];
    const { clocks, partyId } = sla(history, at('18:00'));
    expect(partyId).toBe('msp-noc');
    expect(clocks.resolution).toMatchObject({
      calendarId: '24x7',
      elapsedMinutes: 300,
      dueAt: at('21:00'),
    });
    expect(clocks.resolution?.segments).toEqual([
      { from: at('13:00'), to: at('17:00'), state: 'open', priority: 'P2', partyId: 'internal-it' },
      { from: at('17:00'), to: at('18:00'), state: 'open', priority: 'P2', partyId: 'msp-noc' },
      {
        from: at('18:00'),
        to: at('21:00'),
        state: 'open',
        priority: 'P2',
        partyId: 'msp-noc',
        projected: true,
      },
    ]);
  });

  it('restarts the update cadence at every customer update and counts the cycles that ran over', () => {
    const history: TicketEvent[] = [
      created('P1'),
      { type: 'responded', at: at('09:10') },
      { type: 'updated', at: at('10:30') },
    ];
    expect(sla(history, at('11:00')).clocks.update).toMatchObject({
      state: 'running',
      startedAt: at('10:30'),
      elapsedMinutes: 30,
      dueAt: at('11:30'),
      breaches: 1,
      breachedAt: at('10:10'),
    });
  });

  it('stops resolution at resolved and resumes it on reopen with the time already spent', () => {
    const history: TicketEvent[] = [
      created('P3'),
      { type: 'resolved', at: at('10:00') },
      { type: 'reopened', at: at('12:00') },
    ];
    const resolved = sla(history.slice(0, 2), at('11:00'));
    expect(resolved.resolved).toBe(true);
    expect(resolved.clocks.resolution).toMatchObject({ state: 'met', stoppedAt: at('10:00') });
    const { clocks } = sla(history, at('13:00'));
    expect(clocks.resolution).toMatchObject({ state: 'running', elapsedMinutes: 120 });
    // Resolving counts as the response that never came.
    expect(clocks.response).toMatchObject({ state: 'met', stoppedAt: at('10:00') });
  });

  it('ignores events after now', () => {
    const history: TicketEvent[] = [created('P3'), { type: 'responded', at: at('10:30') }];
    expect(sla(history, at('10:00')).clocks.response).toMatchObject({
      state: 'running',
      elapsedMinutes: 60,
    });
  });

  it('leaves the timeline out on request', () => {
    const { clocks } = computeSla(policy, [created('P3')], at('10:00'), {
      calendars,
      timeline: false,
    });
    expect(clocks.resolution?.segments).toEqual([]);
  });

  it('throws E107 for a calendar missing from the registry and E108 for a history without "created"', () => {
    expect(errorCodeOf(() => computeSla(policy, [created('P3')], at('10:00')))).toBe('E107');
    expect(errorCodeOf(() => sla([{ type: 'responded', at: at('10:00') }], at('11:00')))).toBe(
      'E108',
    );
  });
});
