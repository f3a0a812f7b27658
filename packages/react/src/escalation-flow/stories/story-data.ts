import { type Matrix, parseMatrix } from '@tandem/core';
import {
  type EscalationPolicy,
  parsePolicy,
  parseRouting,
  type Routing,
} from '@tandem/core/escalation';
import { createCalendarRegistry, parseSlaPolicy, type SlaPolicy } from '@tandem/core/sla';
import {
  commonRouting,
  MONDAY_10,
  officeCalendar,
  socRouting,
  standardPolicy,
  standardSla,
  threeTeamMatrix,
  tierOneToEngineering as tierOneToEngineeringPolicy,
} from '@tandem/fixtures';
import type { SimulationSample } from '../hooks/use-flow-simulation';
import type { EscalationFlowValue } from '../model/flow-value';

// Data for the stories and tests, read through the core's parse functions so a story can never
// show something the core would refuse. Times are fixed: Monday 2 March 2026 and around it.

function read<T>(result: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T {
  if (!result.ok)
    throw new Error(`[tandem] story data does not parse: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The office of the stories: open 08:00–18:00 UTC on weekdays. */
export const office = officeCalendar({ opens: '08:00', closes: '18:00' });
export const calendars = createCalendarRegistry([office]);

/** Internal IT, the MSP and its SOC over the helpdesk, security and business apps. */
export const matrix: Matrix = read(parseMatrix(threeTeamMatrix));

export const sla: SlaPolicy = read(parseSlaPolicy(standardSla, calendars));

/** The common split: VIPs and business apps inside, security to the SOC, after hours and the rest to the MSP. */
export const routing: Routing = read(parseRouting(socRouting, calendars));

const policy = (input: unknown): EscalationPolicy => read(parsePolicy(input, calendars));

// The stories' policies recombine the fixtures' pieces: the tier-1 and engineering steps of
// `standardPolicy`, the queues of `standardPolicy`, `tierOneToEngineering` and `socRouting`,
// and the rules of `commonRouting`.
const [tierOne, engineering] = standardPolicy.steps;
const [up, alarm] = standardPolicy.transitions;
const [, , review] = tierOneToEngineeringPolicy.steps;
const [, , afterHoursRule, helpdesk] = commonRouting.rules;
const [, socSecurity] = socRouting.rules;

/** Queues of the stories, by party and tier: internal IT's desk (tier 1) and lead (tier 2). */
export const itDesk = tierOne.targets[0];
export const [itLead, mspEngineers] = review.targets;
export const mspDesk = commonRouting.default;
export const socDesk = socSecurity.queue;
export const socEngineers = { ...socDesk, tier: 2 } as const;

/** A trigger after `minutes`, or unacknowledged for that long. */
export const after = (minutes: number) => ({ kind: 'after', minutes }) as const;
export const unacknowledged = (minutes: number) => ({ kind: 'not-acknowledged', minutes }) as const;

/** Tier 1 inside; unresolved at 75 % of the response SLA it goes to the MSP's engineers. */
export const tierOneToEngineering: EscalationFlowValue = {
  routing,
  policy: policy(tierOneToEngineeringPolicy),
};

/** After hours the MSP's NOC takes the ticket; its on-call engineer if nobody acknowledges. */
export const afterHours: EscalationFlowValue = {
  routing,
  policy: policy({
    id: 'after-hours',
    name: 'After hours',
    startStepId: 'noc',
    steps: [
      { ...tierOne, id: 'noc', name: 'MSP NOC', targets: [mspDesk] },
      { ...engineering, id: 'oncall', name: 'On-call engineer' },
      { ...review, id: 'morning', name: 'Morning hand-over', targets: [itDesk] },
    ],
    transitions: [
      { id: 'page', from: 'noc', to: 'oncall', trigger: unacknowledged(15) },
      { id: 'repage', from: 'oncall', to: 'oncall', trigger: unacknowledged(15), repeat: 2 },
      { id: 'handover', from: 'oncall', to: 'morning', trigger: after(120) },
    ],
  }),
};

/** A critical security event reaches both teams at once, then the SOC and the IT lead. */
export const securityEvent: EscalationFlowValue = {
  routing,
  policy: policy({
    id: 'security',
    name: 'Critical security event',
    startStepId: 'both',
    steps: [
      { id: 'both', name: 'Alert both teams', action: 'notify', targets: [socDesk, itDesk] },
      { id: 'triage', name: 'SOC triage', action: 'assign', targets: [socDesk] },
      { id: 'lead', name: 'Internal IT lead', action: 'assign', targets: [itLead], terminal: true },
    ],
    transitions: [
      { id: 'triage', from: 'both', to: 'triage', trigger: after(5) },
      { id: 'decide', from: 'triage', to: 'lead', trigger: { ...alarm.trigger, percent: 50 } },
    ],
  }),
};

/** VIP tickets stay inside: the desk, then the IT lead, the MSP only as overflow. */
export const vipInternal: EscalationFlowValue = {
  routing,
  policy: policy({
    id: 'vip',
    name: 'VIP requests',
    startStepId: 'desk',
    steps: [
      { ...tierOne, id: 'desk', name: 'VIP desk' },
      { id: 'it-lead', name: 'IT lead', action: 'assign', targets: [itLead] },
      { ...tierOne, id: 'overflow', name: 'MSP overflow', targets: [mspDesk], terminal: true },
    ],
    transitions: [
      { id: 'to-lead', from: 'desk', to: 'it-lead', trigger: { ...up.trigger, minutes: 15 } },
      {
        id: 'to-msp',
        from: 'it-lead',
        to: 'overflow',
        trigger: { ...after(30), calendarId: up.trigger.calendarId },
      },
    ],
  }),
};

// Rules that overlap and shadow each other, one sending security events inside.
const brokenRules = [
  { ...helpdesk, id: 'all-help', name: 'All helpdesk' },
  {
    id: 'help-p1',
    name: 'Helpdesk P1',
    when: { ...helpdesk.when, priorities: ['P1'] },
    queue: mspEngineers,
  },
  { ...afterHoursRule, id: 'night', name: 'Nights to internal', queue: itDesk },
  { ...helpdesk, id: 'sec-it', name: 'Security to internal', when: { categoryIds: ['security'] } },
  // Overlaps the rules above (a P1 helpdesk ticket, say) with another queue.
  { id: 'p1-msp', name: 'P1 to the MSP', when: { priorities: ['P1'] }, queue: mspDesk },
];

// A party the matrix does not know.
const acme = { partyId: 'acme' };

/** Every kind of check failing at once. */
export const everythingWrong: EscalationFlowValue = {
  routing: read(parseRouting({ rules: brokenRules }, calendars)),
  policy: policy({
    id: 'broken',
    name: 'Broken policy',
    startStepId: 'page',
    steps: [
      { id: 'page', name: 'Page the MSP', action: 'notify', targets: [{ partyId: 'msp' }] },
      { ...tierOne, id: 'desk', name: 'Internal desk' },
      { id: 'ping', name: 'Ping-pong', action: 'assign', targets: [mspDesk] },
      { id: 'echo', name: 'Tell internal', action: 'notify', targets: [{ partyId: 'it' }] },
      { id: 'wait', name: 'Waiting on vendor', action: 'assign', targets: [itLead] },
      { ...tierOne, id: 'vendor', name: 'Printer vendor', targets: [acme], terminal: true },
      { ...engineering, id: 'lost', name: 'Forgotten step' },
    ],
    transitions: [
      { id: 'hand', from: 'page', to: 'desk', trigger: after(5) },
      { id: 'tell', from: 'page', to: 'echo', trigger: after(0) },
      { id: 'park', from: 'echo', to: 'wait', trigger: { kind: 'manual' } },
      { id: 'slow', from: 'desk', to: 'ping', trigger: unacknowledged(300) },
      { id: 'back', from: 'ping', to: 'desk', trigger: after(20) },
    ],
  }),
};

/** Sample tickets for simulation: office hours, the night, a VIP, a security alert. */
export const samples: readonly SimulationSample[] = [
  {
    label: 'Helpdesk P2, Monday 10:00',
    ticket: { categoryId: 'helpdesk', priority: 'P2', openedAt: MONDAY_10 },
  },
  {
    label: 'Helpdesk P3, Monday 22:00',
    ticket: { categoryId: 'helpdesk', priority: 'P3', openedAt: Date.UTC(2026, 2, 2, 22) },
  },
  {
    label: 'VIP P2, Tuesday 09:30',
    ticket: {
      categoryId: 'apps',
      priority: 'P2',
      vip: true,
      openedAt: Date.UTC(2026, 2, 3, 9, 30),
    },
  },
  {
    label: 'Security P1, acknowledged after 20 min',
    ticket: { categoryId: 'security', priority: 'P1', source: 'security', openedAt: MONDAY_10 },
    events: [{ at: MONDAY_10 + 20 * 60_000, type: 'acknowledged' }],
  },
];

/** A policy of 100 steps over the three parties and a table of 200 rules. */
export function largeFlow(steps = 100, rules = 200): EscalationFlowValue {
  const parties = ['it', 'msp', 'soc'];
  return {
    policy: policy({
      id: 'large',
      name: `${steps} steps`,
      startStepId: 's0',
      steps: Array.from({ length: steps }, (_, i) => ({
        id: `s${i}`,
        name: `Step ${i + 1}`,
        action: i % 7 === 3 ? 'notify' : 'assign',
        targets: [{ partyId: parties[i % 3], tier: 1 + (i % 2) }],
        ...(i === steps - 1 ? { terminal: true } : {}),
      })),
      transitions: Array.from({ length: steps - 1 }, (_, i) => ({
        id: `t${i}`,
        from: `s${i}`,
        to: `s${i + 1}`,
        trigger:
          i % 2 === 0
            ? { kind: 'after', minutes: 15 + i }
            : { kind: 'sla', target: 'resolution', percent: 50 },
      })),
    }),
    routing: read(
      parseRouting({
        rules: Array.from({ length: rules }, (_, i) => ({
          id: `r${i}`,
          name: `Site ${i + 1}`,
          when: { siteIds: [`site-${i}`], priorities: [`P${1 + (i % 3)}`] },
          queue: { partyId: parties[i % 3], tier: 1 },
        })),
        default: { partyId: 'msp', tier: 1 },
      }),
    ),
  };
}
