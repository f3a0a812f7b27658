import { parsePolicy } from '@tandem/core/escalation';
import { createCalendarRegistry } from '@tandem/core/sla';
import { standardPolicy } from '@tandem/fixtures';
import type { SimulationSample } from '../hooks/use-flow-simulation';
import type { EscalationFlowValue } from '../model/flow-value';
import {
  after,
  itLead,
  mspEngineers,
  office,
  routing,
  socDesk,
  socEngineers,
  unacknowledged,
} from './story-data';

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

const [tierOne] = standardPolicy.steps;

const parsed = parsePolicy(
  {
    ...standardPolicy,
    id: 'conditions',
    name: 'Conditions',
    steps: [
      tierOne,
      {
        id: 'rota',
        name: 'On-call rota',
        action: 'assign',
        mode: 'round-robin',
        rotate: { notifications: 2 },
        targets: [mspEngineers, socEngineers],
      },
      {
        id: 'major',
        name: 'Major incident',
        action: 'notify',
        ack: 'all',
        targets: [socDesk, itLead],
        terminal: true,
      },
      {
        ...tierOne,
        id: 'morning',
        name: 'Morning queue',
        hold: { until: 'open' },
        targets: [itLead],
        terminal: true,
      },
    ],
    transitions: [
      {
        id: 'night',
        from: 't1',
        to: 'rota',
        trigger: unacknowledged(15),
        when: [{ kind: 'hours', open: false, partyId: 'it' }],
      },
      {
        id: 'urgent',
        from: 't1',
        to: 'major',
        trigger: after(0),
        when: [{ kind: 'priority', priorities: ['P1', 'P2'] }],
      },
      {
        id: 'holiday',
        from: 'rota',
        to: 'major',
        trigger: after(60),
        when: [{ kind: 'holiday', holiday: true, calendarId: 'uk' }],
      },
      {
        id: 'handover',
        from: 'rota',
        to: 'morning',
        trigger: after(120),
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
