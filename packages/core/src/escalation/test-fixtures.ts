import type { Matrix } from '../matrix/model';
import type { SlaPolicy } from '../sla/policy';
import { createCalendarRegistry } from '../sla/registry';
import type { EscalationPolicy, Routing } from './model';

// Shared fixtures for the escalation tests: a two-team matrix, an office calendar, a routing
// table in the BRIEF's common split and a three-step policy.

export const calendars = createCalendarRegistry([
  {
    id: 'office',
    timeZone: 'UTC',
    hours: {
      mon: [['09:00', '17:00']],
      tue: [['09:00', '17:00']],
      wed: [['09:00', '17:00']],
      thu: [['09:00', '17:00']],
      fri: [['09:00', '17:00']],
    },
  },
]);

export const matrix: Matrix = {
  variant: 'raci',
  parties: [
    { id: 'it', name: 'Internal IT', side: 'internal', calendarId: 'office' },
    { id: 'msp', name: 'Northwind MSP', side: 'provider', calendarId: '24x7' },
  ],
  categories: [
    { id: 'helpdesk', name: 'Helpdesk' },
    { id: 'security', name: 'Security' },
  ],
  rows: [
    {
      id: 'tier1',
      name: 'Tier 1',
      categoryId: 'helpdesk',
      kind: 'task',
      cells: { it: { roles: ['R', 'A'] }, msp: { roles: ['R'], qualifier: 'overflow' } },
    },
    {
      id: 'siem',
      name: 'Security monitoring',
      categoryId: 'security',
      kind: 'task',
      cells: { msp: { roles: ['R'] }, it: { roles: ['A'] } },
    },
  ],
};

export const routing: Routing = {
  rules: [
    { id: 'vip', name: 'VIP users', when: { vip: true }, queue: { partyId: 'it', tier: 1 } },
    {
      id: 'sec',
      name: 'Security events',
      when: { sources: ['security'] },
      queue: { partyId: 'msp', tier: 2 },
    },
    {
      id: 'night',
      name: 'After hours',
      when: { hours: { calendarId: 'office', open: false } },
      queue: { partyId: 'msp', tier: 1 },
    },
    {
      id: 'desk',
      name: 'Helpdesk',
      when: { categoryIds: ['helpdesk'] },
      queue: { partyId: 'it', tier: 1 },
    },
  ],
  default: { partyId: 'msp', tier: 1 },
};

export const policy: EscalationPolicy = {
  id: 'standard',
  name: 'Standard',
  startStepId: 't1',
  steps: [
    { id: 't1', name: 'Tier 1', action: 'assign', targets: [{ partyId: 'it', tier: 1 }] },
    {
      id: 'eng',
      name: 'MSP engineering',
      action: 'assign',
      targets: [{ partyId: 'msp', tier: 2 }],
    },
    {
      id: 'both',
      name: 'Notify both',
      action: 'notify',
      targets: [{ partyId: 'it' }, { partyId: 'msp' }],
      terminal: true,
    },
  ],
  transitions: [
    {
      id: 'up',
      from: 't1',
      to: 'eng',
      trigger: { kind: 'not-acknowledged', minutes: 10, calendarId: 'office' },
    },
    {
      id: 'alarm',
      from: 'eng',
      to: 'both',
      trigger: { kind: 'sla', target: 'resolution', percent: 75 },
    },
  ],
};

export const sla: SlaPolicy = {
  id: 'std',
  calendarId: 'office',
  priorities: {
    P1: {
      response: { minutes: 15, calendarId: '24x7' },
      resolution: { minutes: 240, calendarId: '24x7' },
    },
    P3: { response: { minutes: 240 }, resolution: { minutes: 960 } },
  },
};

/** Monday 2 March 2026, 10:00 UTC: the office is open. */
export const MONDAY_10 = Date.UTC(2026, 2, 2, 10);
export const MINUTE = 60_000;
