import { idProblem } from '../matrix/ids';
import { fail, type Issue, ok, type ParseResult } from '../result';
import { toIssues } from '../schema-issues';
import { HOLDER_CALENDAR } from '../sla/policy';
import type { CalendarRegistry } from '../sla/registry';
import type { EscalationPolicy, Routing } from './model';
import { policySchema, routingSchema } from './schema';

type Path = (string | number)[];

function guarded<T>(read: () => ParseResult<T>): ParseResult<T> {
  try {
    return read();
  } catch (error) {
    // Throwing getters, revoked proxies and the like: report, never rethrow.
    const reason = error instanceof Error ? error.message : 'unknown error';
    return fail([
      { path: [], code: 'unreadable', message: `The input could not be read (${reason}).` },
    ]);
  }
}

/** Reports reserved and repeated ids among `items`, at `path[i].id`. */
function checkIds(items: readonly { id: string }[], path: Path, issues: Issue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const problem = idProblem(item.id);
    if (problem)
      issues.push({
        path: [...path, index, 'id'],
        code: 'reserved_id',
        message: `The id ${problem}.`,
      });
    else if (seen.has(item.id)) {
      issues.push({
        path: [...path, index, 'id'],
        code: 'duplicate_id',
        message: `The id "${item.id}" is used twice.`,
      });
    }
    seen.add(item.id);
  });
  return seen;
}

/** Reports a calendar id the registry lacks (`'24x7'` is always known). */
function checkCalendar(
  calendars: CalendarRegistry | undefined,
  id: string,
  path: Path,
  issues: Issue[],
) {
  if (!calendars || id === '24x7' || calendars.has(id)) return;
  issues.push({ path, code: 'unknown_calendar', message: `No calendar has the id "${id}".` });
}

/**
 * Reads a routing table from untrusted input. Never throws: it returns the table or every
 * problem found, each with its path (bad shapes, reserved or repeated rule ids). With a calendar
 * registry it also reports `hours` calendars the registry lacks.
 *
 * @example
 * const result = parseRouting(JSON.parse(text));
 * if (!result.ok) console.table(result.issues);
 */
export function parseRouting(input: unknown, calendars?: CalendarRegistry): ParseResult<Routing> {
  return guarded(() => {
    const shape = routingSchema.safeParse(input);
    if (!shape.success) return fail(toIssues(shape.error.issues));
    const routing = shape.data as Routing;
    const issues: Issue[] = [];
    checkIds(routing.rules, ['rules'], issues);
    routing.rules.forEach((rule, index) => {
      const hours = rule.when.hours;
      if (hours)
        checkCalendar(
          calendars,
          hours.calendarId,
          ['rules', index, 'when', 'hours', 'calendarId'],
          issues,
        );
    });
    return issues.length > 0 ? fail(issues) : ok(routing);
  });
}

/**
 * Reads an escalation policy from untrusted input. Never throws. Beyond the shape it checks
 * that step and transition ids are unique and usable, and that the start step and every
 * transition's ends name steps of the policy; with a calendar registry, that the calendars of
 * triggers, conditions and holds exist (`'holder'`, the holder's own calendar, is always
 * accepted for triggers).
 *
 * @example
 * const result = parsePolicy(json);
 * if (result.ok) render(result.value);
 */
export function parsePolicy(
  input: unknown,
  calendars?: CalendarRegistry,
): ParseResult<EscalationPolicy> {
  return guarded(() => {
    const shape = policySchema.safeParse(input);
    if (!shape.success) return fail(toIssues(shape.error.issues));
    const policy = shape.data as EscalationPolicy;
    const issues: Issue[] = [];
    const idProblemOf = idProblem(policy.id);
    if (idProblemOf)
      issues.push({ path: ['id'], code: 'reserved_id', message: `The id ${idProblemOf}.` });
    const steps = checkIds(policy.steps, ['steps'], issues);
    checkIds(policy.transitions, ['transitions'], issues);
    const unknown = (path: Path, stepId: string) =>
      issues.push({ path, code: 'unknown_step', message: `No step has the id "${stepId}".` });
    if (!steps.has(policy.startStepId)) unknown(['startStepId'], policy.startStepId);
    policy.transitions.forEach((transition, index) => {
      if (!steps.has(transition.from)) unknown(['transitions', index, 'from'], transition.from);
      if (!steps.has(transition.to)) unknown(['transitions', index, 'to'], transition.to);
      const trigger = transition.trigger;
      if (
        'calendarId' in trigger &&
        trigger.calendarId !== undefined &&
        trigger.calendarId !== HOLDER_CALENDAR
      ) {
        checkCalendar(
          calendars,
          trigger.calendarId,
          ['transitions', index, 'trigger', 'calendarId'],
          issues,
        );
      }
      transition.when?.forEach((condition, k) => {
        if ('calendarId' in condition && condition.calendarId !== undefined)
          checkCalendar(
            calendars,
            condition.calendarId,
            ['transitions', index, 'when', k, 'calendarId'],
            issues,
          );
      });
    });
    policy.steps.forEach((step, index) => {
      const id = step.hold?.calendarId;
      if (id !== undefined)
        checkCalendar(calendars, id, ['steps', index, 'hold', 'calendarId'], issues);
    });
    return issues.length > 0 ? fail(issues) : ok(policy);
  });
}
