import { createHash } from 'node:crypto';
import { weekdays } from '@tandem/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Matrix, Party } from '../matrix/model';
import { createCalendarRegistry } from '../sla/registry';
import baseline from './fixtures/simulation-baseline.json';
import type { EscalationPolicy, EscalationStep } from './model';
import { type SimulationContext, simulateEscalation, type TraceEntry } from './simulate';
import { type SimulationCase, simulationCase } from './simulation-cases';
import { assign, calendars, edge, matrix, routing, sla } from './test-fixtures';

const MINUTE = 60_000;
const time = (at: number) => new Date(at).toISOString().slice(5, 16);
// New York office hours (the clocks go forward on Sunday 8 March 2026), a London desk with
// Christmas off, and a Sunday early shift in New York whose hours straddle the DST change.
const zoned = createCalendarRegistry([
  { id: 'ny', timeZone: 'America/New_York', hours: weekdays([['09:00', '17:00']]) },
  {
    id: 'london',
    timeZone: 'Europe/London',
    hours: weekdays([['09:00', '17:00']]),
    holidays: ['2026-12-25'],
    recurringHolidays: [{ yearly: '01-01' }],
  },
  { id: 'sunday', timeZone: 'America/New_York', hours: { sun: [['03:00', '05:00']] } },
]);
// The fixtures' internal IT in New York, a London desk, and the fixtures' MSP.
const [internalIt, msp] = matrix.parties as [Party, Party];
const parties: Matrix = {
  ...matrix,
  parties: [
    { ...internalIt, calendarId: 'ny' },
    { id: 'uk', name: 'UK desk', side: 'internal', calendarId: 'london' },
    msp,
  ],
};
const everyone = { rules: [], default: { partyId: 'it', tier: 1 } };

function run(policy: EscalationPolicy, openedAt: number, events = [], hours = 48) {
  const context: SimulationContext = {
    routing: everyone,
    policy,
    calendars: zoned,
    matrix: parties,
  };
  return simulateEscalation(
    context,
    { priority: 'P3', openedAt },
    events,
    openedAt + hours * 3_600_000,
  );
}
const reached = (trace: TraceEntry[]) =>
  trace
    .filter((e) => e.kind === 'assigned' || e.kind === 'notified')
    .map(
      (e) =>
        `${time(e.at)} ${e.kind} ${e.partyIds?.join('+')}${e.heldSince === undefined ? '' : ` held since ${time(e.heldSince)}`}`,
    );

describe('simulateEscalation with conditions', () => {
  describe('a branch on the holder’s working hours', () => {
    const branch: EscalationPolicy = {
      id: 'hours',
      startStepId: 'desk',
      steps: [
        assign('desk', 'it', { terminal: false }),
        assign('lead', 'uk'),
        assign('oncall', 'msp'),
      ],
      transitions: [
        edge('day', 'desk', 'lead', [{ kind: 'hours', open: true }]),
        edge('night', 'desk', 'oncall', [{ kind: 'hours', open: false }]),
      ],
    };

    it('takes the open branch at 09:30 in New York after the clocks went forward (13:30 UTC)', () => {
      expect(reached(run(branch, Date.UTC(2026, 2, 9, 13, 30))).at(-1)).toBe(
        '03-09T13:30 assigned uk',
      );
    });

    it('takes the after-hours branch at the same UTC time a week earlier (08:30 EST)', () => {
      expect(reached(run(branch, Date.UTC(2026, 2, 2, 13, 30))).at(-1)).toBe(
        '03-02T13:30 assigned msp',
      );
    });

    it('judges a calendar on the DST day itself: 03:30 EDT is inside a 03:00–05:00 shift', () => {
      const sunday: EscalationPolicy = {
        ...branch,
        transitions: [
          edge('day', 'desk', 'lead', [{ kind: 'hours', open: true, calendarId: 'sunday' }]),
          edge('night', 'desk', 'oncall'),
        ],
      };
      // 07:30 UTC is 03:30 EDT on 8 March, but 02:30 EST on 1 March.
      expect(reached(run(sunday, Date.UTC(2026, 2, 8, 7, 30))).at(-1)).toContain('uk');
      expect(reached(run(sunday, Date.UTC(2026, 2, 1, 7, 30))).at(-1)).toContain('msp');
    });
  });

  describe('a branch on a holiday of a party’s calendar', () => {
    const holiday: EscalationPolicy = {
      id: 'holiday',
      startStepId: 'desk',
      steps: [assign('desk', 'msp', { terminal: false }), assign('uk', 'uk'), assign('it', 'it')],
      transitions: [
        edge('off', 'desk', 'it', [{ kind: 'holiday', holiday: true, partyId: 'uk' }]),
        edge('on', 'desk', 'uk', [{ kind: 'holiday', holiday: false, partyId: 'uk' }]),
      ],
    };

    it('sends Christmas Day tickets past the UK desk', () => {
      expect(reached(run(holiday, Date.UTC(2026, 11, 25, 10))).at(-1)).toBe(
        '12-25T10:00 assigned it',
      );
    });

    it('keeps Christmas Eve with the UK desk', () => {
      expect(reached(run(holiday, Date.UTC(2026, 11, 24, 10))).at(-1)).toBe(
        '12-24T10:00 assigned uk',
      );
    });

    it('reads the holiday by London’s date, and from yearly rules', () => {
      // 23:30 UTC on 31 December is still New Year's Eve in London; 00:30 is New Year's Day.
      expect(reached(run(holiday, Date.UTC(2026, 11, 31, 23, 30))).at(-1)).toContain('uk');
      expect(reached(run(holiday, Date.UTC(2027, 0, 1, 0, 30))).at(-1)).toContain('it');
    });
  });

  it('escalates on priority only for the listed priorities', () => {
    const urgent: EscalationPolicy = {
      id: 'urgent',
      startStepId: 'desk',
      steps: [assign('desk', 'it', { terminal: false }), assign('soc', 'msp')],
      transitions: [edge('p1', 'desk', 'soc', [{ kind: 'priority', priorities: ['P1'] }])],
    };
    const context = { routing: everyone, policy: urgent, calendars: zoned, matrix: parties };
    const at = Date.UTC(2026, 2, 2, 15);
    const p1 = simulateEscalation(context, { priority: 'P1', openedAt: at }, [], at + MINUTE);
    const p3 = simulateEscalation(context, { priority: 'P3', openedAt: at }, [], at + MINUTE);
    expect(reached(p1).at(-1)).toContain('msp');
    expect(reached(p3).at(-1)).toContain('it');
  });

  it('holds a step until the target’s working hours begin, across the DST change', () => {
    const held: EscalationPolicy = {
      id: 'held',
      startStepId: 'desk',
      steps: [
        assign('desk', 'it', { terminal: false, hold: { until: 'open' } }),
        assign('msp', 'msp'),
      ],
      transitions: [
        { id: 'up', from: 'desk', to: 'msp', trigger: { kind: 'not-acknowledged', minutes: 30 } },
      ],
    };
    // Saturday 7 March 22:00 UTC; the office opens Monday 09:00 EDT, 13:00 UTC (not 14:00).
    const trace = run(held, Date.UTC(2026, 2, 7, 22), [], 72);
    expect(reached(trace)).toEqual([
      '03-09T13:00 assigned it held since 03-07T22:00',
      '03-09T13:30 assigned msp',
    ]);
    expect(trace[1]?.reason).toBe(
      'Step "desk" assigns Internal IT, after waiting for the working hours of Internal IT.',
    );
  });

  it('does not hold a step entered in working hours', () => {
    const held: EscalationPolicy = {
      id: 'held',
      startStepId: 'desk',
      steps: [assign('desk', 'it', { hold: { until: 'open', calendarId: 'ny' } })],
      transitions: [],
    };
    expect(reached(run(held, Date.UTC(2026, 2, 9, 14)))).toEqual(['03-09T14:00 assigned it']);
  });

  describe('a parallel “both teams” step', () => {
    const both = (ack: 'first' | 'all'): EscalationPolicy => ({
      id: 'both',
      startStepId: 'both',
      steps: [
        {
          id: 'both',
          action: 'notify',
          targets: [{ partyId: 'it' }, { partyId: 'msp' }],
          ack,
        },
        assign('lead', 'uk'),
      ],
      transitions: [
        { id: 'up', from: 'both', to: 'lead', trigger: { kind: 'not-acknowledged', minutes: 15 } },
      ],
    });
    const at = Date.UTC(2026, 2, 9, 14);
    const itAcks = [{ at: at + 5 * MINUTE, type: 'acknowledged' as const, partyId: 'it' }];

    it('stops at the first acknowledgement with ack "first"', () => {
      expect(reached(run(both('first'), at, itAcks as never))).toEqual([
        '03-09T14:00 notified it+msp',
      ]);
    });

    it('still escalates with ack "all" when only one team acknowledged', () => {
      const trace = run(both('all'), at, itAcks as never);
      expect(reached(trace).at(-1)).toBe('03-09T14:15 assigned uk');
      expect(trace.find((e) => e.kind === 'acknowledged')?.reason).toBe(
        'Acknowledged by Internal IT; still waiting for Northwind MSP.',
      );
    });

    it('stops with ack "all" once both teams acknowledged', () => {
      const events = [...itAcks, { at: at + 9 * MINUTE, type: 'acknowledged', partyId: 'msp' }];
      expect(reached(run(both('all'), at, events as never))).toEqual([
        '03-09T14:00 notified it+msp',
      ]);
    });
  });

  describe('round robin with rotate-after', () => {
    const rota = (rotate: EscalationStep['rotate']): EscalationPolicy => ({
      id: 'rota',
      startStepId: 'noc',
      steps: [
        assign('noc', ['it', 'msp'], {
          terminal: false,
          mode: 'round-robin',
          ...(rotate ? { rotate } : {}),
        }),
      ],
      transitions: [
        {
          id: 'again',
          from: 'noc',
          to: 'noc',
          trigger: { kind: 'not-acknowledged', minutes: 20 },
          repeat: 4,
        },
      ],
    });
    const holders = (trace: TraceEntry[]) =>
      trace.filter((e) => e.kind === 'assigned').map((e) => e.partyIds?.[0]);
    const at = Date.UTC(2026, 2, 9, 14);

    it('passes the turn on after two notifications', () => {
      expect(holders(run(rota({ notifications: 2 }), at))).toEqual([
        'it',
        'it',
        'msp',
        'msp',
        'it',
      ]);
    });

    it('passes the turn on every 30 minutes since the ticket opened', () => {
      // Visits at 0, 20, 40, 60, 80 minutes: turns 0, 0, 1, 2, 2.
      expect(holders(run(rota({ minutes: 30 }), at))).toEqual(['it', 'it', 'msp', 'it', 'it']);
    });

    it('takes the next target on every visit without rotate', () => {
      expect(holders(run(rota(undefined), at))).toEqual(['it', 'msp', 'it', 'msp', 'it']);
    });
  });
});

describe('simulateEscalation without conditions', () => {
  const context = (policy: EscalationPolicy): SimulationContext => ({
    routing,
    policy,
    calendars,
    sla,
    matrix,
  });
  const simulate = (c: SimulationCase, policy = c.policy) =>
    simulateEscalation(context(policy), c.ticket, c.events, c.until);

  it('gives exactly the traces of the simulation before conditions existed', () => {
    // Recorded from the main branch's build before this change: 80 random policies and tickets.
    for (const recorded of baseline as unknown as (SimulationCase & { sha256: string })[]) {
      const trace = simulate(recorded);
      expect(createHash('sha256').update(JSON.stringify(trace)).digest('hex')).toBe(
        recorded.sha256,
      );
    }
  });

  it('simulates alike with neutral conditions: first acknowledgement, rotation after one, no conditions, holds on 24/7 parties', () => {
    const neutral = (policy: EscalationPolicy): EscalationPolicy => ({
      ...policy,
      steps: policy.steps.map((s) => ({
        ...s,
        ack: 'first',
        ...(s.mode === 'round-robin' ? { rotate: { notifications: 1 } } : {}),
        ...(s.targets.every((t) => t.partyId === 'msp') ? { hold: { until: 'open' } } : {}),
      })),
      transitions: policy.transitions.map((t) => ({ ...t, when: [] })),
    });
    let held = 0;
    fc.assert(
      fc.property(simulationCase, (c) => {
        if (c.policy.steps.some((s) => s.targets.every((t) => t.partyId === 'msp'))) held += 1;
        expect(simulate(c, neutral(c.policy))).toEqual(simulate(c));
      }),
      { numRuns: 200 },
    );
    // Not vacuous: some cases did carry a hold.
    expect(held).toBeGreaterThan(0);
  });
});
