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
import type { EscalationPolicy, Routing } from './model';

// The escalation tests' view of @tandem/fixtures, typed: a two-team matrix, an office calendar
// (09:00–17:00 UTC), a routing table in the BRIEF's common split, a three-step policy and the
// standard SLA policy.

export const calendars = createCalendarRegistry([officeCalendar()]);
export const matrix: Matrix = twoTeamMatrix;
export const routing: Routing = commonRouting;
export const policy: EscalationPolicy = standardPolicy;
export const sla: SlaPolicy = standardSla;

export { MINUTE, MONDAY_10 } from '@tandem/fixtures';
