import {
  commonRouting,
  officeCalendar,
  standardPolicy,
  standardSla,
  twoTeamMatrix,
} from '@tandem/fixtures';
import type { Matrix } from '../matrix/model';
import type { SlaPolicy } from '../sla/policy';
import { createCalendarRegistry } from '../sla/registry';
import type { EscalationPolicy, EscalationStep, Routing, Transition } from './model';

// The escalation tests' view of @tandem/fixtures, typed: a two-team matrix, an office calendar
// (09:00–17:00 UTC), a routing table in the BRIEF's common split, a three-step policy and the
// standard SLA policy; and the two builders the tests write small policies with.

export const calendars = createCalendarRegistry([officeCalendar()]);
export const matrix: Matrix = twoTeamMatrix;
export const routing: Routing = commonRouting;
export const policy: EscalationPolicy = standardPolicy;
export const sla: SlaPolicy = standardSla;

export { MINUTE, MONDAY_10 } from '@tandem/fixtures';

/**
 * A step that assigns the ticket to a party (or to each of several, at once or in turn as
 * `extra.mode` says) and, unless `extra` says otherwise, ends the policy.
 *
 * @example
 * assign('desk', 'it', { terminal: false }); // { id: 'desk', action: 'assign', targets: [{ partyId: 'it' }], terminal: false }
 * assign('noc', ['it', 'msp'], { mode: 'round-robin' });
 */
export const assign = (
  id: string,
  partyIds: string | readonly string[],
  extra: Partial<EscalationStep> = {},
): EscalationStep => ({
  id,
  action: 'assign',
  targets: [partyIds].flat().map((partyId) => ({ partyId })),
  terminal: true,
  ...extra,
});

/**
 * A transition that fires at once, on the conditions `when` when given.
 *
 * @example
 * edge('night', 'desk', 'oncall', [{ kind: 'hours', open: false }]);
 */
export const edge = (
  id: string,
  from: string,
  to: string,
  when?: Transition['when'],
): Transition => ({
  id,
  from,
  to,
  trigger: { kind: 'after', minutes: 0 },
  ...(when ? { when } : {}),
});
