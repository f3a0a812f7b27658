import { parsePolicy } from '@tandem/core/escalation';
import { createCalendarRegistry } from '@tandem/core/sla';
import type { SimulationSample } from '../hooks/use-flow-simulation';
import type { EscalationFlowValue } from '../model/flow-value';
import { office, routing } from './story-data';

// A policy with every kind of condition, for the conditions story and tests: working hours of a
// party and of a calendar, a holiday of a calendar, priority, a hold, an `all` acknowledgement
// and a round robin that rotates. Times are fixed, around the weekend of 7 March 2026.

export const conditionCalendars = createCalendarRegistry([
  { ...office, name: 'Office' },
  {
    id: 'uk',
    name: 'UK',
    timeZone: 'Europe/London',
    hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
    holidays: ['2026-12-25'],
  },
]);

const parsed = parsePolicy(
  {
    id: 'conditions',
    name: 'Conditions',
    startStepId: 't1',
    steps: [
      { id: 't1', name: 'Tier 1', action: 'assign', targets: [{ partyId: 'it', tier: 1 }] },
      {
        id: 'rota',
        name: 'On-call rota',
        action: 'assign',
        mode: 'round-robin',
        rotate: { notifications: 2 },
        targets: [
          { partyId: 'msp', tier: 2 },
          { partyId: 'soc', tier: 2 },
        ],
      },
      {
        id: 'major',
        name: 'Major incident',
        action: 'notify',
        ack: 'all',
        targets: [
          { partyId: 'soc', tier: 1 },
          { partyId: 'it', tier: 2 },
        ],
        terminal: true,
      },
      {
        id: 'morning',
        name: 'Morning queue',
        action: 'assign',
        hold: { until: 'open' },
        targets: [{ partyId: 'it', tier: 2 }],
        terminal: true,
      },
    ],
    transitions: [
      {
        id: 'night',
        from: 't1',
        to: 'rota',
        trigger: { kind: 'not-acknowledged', minutes: 15 },
        when: [{ kind: 'hours', open: false, partyId: 'it' }],
      },
      {
        id: 'urgent',
        from: 't1',
        to: 'major',
        trigger: { kind: 'after', minutes: 0 },
        when: [{ kind: 'priority', priorities: ['P1', 'P2'] }],
      },
      {
        id: 'holiday',
        from: 'rota',
        to: 'major',
        trigger: { kind: 'after', minutes: 60 },
        when: [{ kind: 'holiday', holiday: true, calendarId: 'uk' }],
      },
      {
        id: 'handover',
        from: 'rota',
        to: 'morning',
        trigger: { kind: 'after', minutes: 120 },
        when: [
          { kind: 'holiday', holiday: false, calendarId: 'uk' },
          { kind: 'hours', open: false, calendarId: 'office' },
        ],
      },
    ],
  },
  conditionCalendars,
);
if (!parsed.ok)
  throw new Error(`[tandem] story data does not parse: ${JSON.stringify(parsed.issues)}`);

/** Every condition kind in one policy. */
export const everyCondition: EscalationFlowValue = { routing, policy: parsed.value };

/** A ticket opened on Saturday night: the morning queue holds it until Monday 08:00. */
export const saturdayNight: readonly SimulationSample[] = [
  {
    label: 'Helpdesk P3, Saturday 22:00',
    ticket: { categoryId: 'helpdesk', priority: 'P3', openedAt: Date.UTC(2026, 2, 7, 22) },
    windowMinutes: 48 * 60,
  },
];
