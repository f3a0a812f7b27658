import type { Matrix } from '../matrix/model';
import { isOpen } from '../sla/business-time';
import { CALENDAR_24X7, type Calendar } from '../sla/calendar';
import { epochDayOf } from '../sla/calendar-spec';
import { startOfLocalDate } from '../sla/local-days';
import { HOLDER_CALENDAR } from '../sla/policy';
import { recurringDaysOfYear } from '../sla/recurring-holidays';
import type { CalendarRegistry } from '../sla/registry';
import { DAY, wallTimeAt } from '../sla/tz';
import { type CalendarOfWho, conditionsHold } from './conditions';
import { firstSample, HALF_HOUR } from './coverage-samples';
import { type EscalationIssue, type EscalationMessages, issue } from './issues';
import type { EscalationPolicy, EscalationStep, Transition } from './model';

// Checks of a policy against its parties' working hours and holidays: steps that can fire while
// everyone they reach is closed, and holidays that open such a gap where normal weeks have none.
// Parties without a calendar (or whose calendar the registry lacks) are not judged.

/** One way into a step: the start, or a transition (with its index in the policy). */
interface Entry {
  readonly step: EscalationStep;
  readonly via?: Transition;
  readonly index: number;
}

const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `Mon 18:00 Europe/London`: an instant as a party would read it. */
function readAt(calendar: Calendar, at: number): string {
  const wall = wallTimeAt(calendar.timeZone, at);
  return `${WEEKDAY[wall.weekday]} ${pad(wall.hour)}:${pad(wall.minute)} ${calendar.timeZone}`;
}

/** The local dates (epoch days) a calendar lists as holidays: dated ones and yearly rules'. */
function holidaysOf(calendar: Calendar, years: readonly number[]): number[] {
  const spec = calendar.spec;
  const days = new Set<number>();
  for (const holiday of spec.holidays ?? []) {
    const day = epochDayOf(typeof holiday === 'string' ? holiday : holiday.date);
    if (day !== undefined) days.add(day);
  }
  const rules = spec.recurringHolidays ?? [];
  if (rules.length > 0)
    for (const year of years) for (const [day] of recurringDaysOfYear(rules, year)) days.add(day);
  return [...days].sort((a, b) => a - b).slice(0, 400);
}

/**
 * The working-hours and holiday checks of `checkPolicy` (which runs them when given a matrix
 * and calendars).
 *
 * @example
 * hoursIssues(policy, matrix, calendars, [2026], messages, name);
 */
export function hoursIssues(
  policy: EscalationPolicy,
  matrix: Matrix,
  calendars: CalendarRegistry,
  years: readonly number[],
  m: EscalationMessages,
  name: (id: string) => string,
): EscalationIssue[] {
  const byId = new Map(policy.steps.map((s) => [s.id, s]));
  const partyName = (id: string) => matrix.parties.find((p) => p.id === id)?.name ?? id;
  const calendar = (id: string): Calendar | undefined =>
    id === CALENDAR_24X7.id ? CALENDAR_24X7 : calendars.get(id);
  const partyCalendar = (id: string): Calendar | undefined => {
    const own = matrix.parties.find((p) => p.id === id)?.calendarId;
    return own === undefined ? undefined : calendar(own);
  };
  // The holder while a step runs, when the step alone tells: the first target it assigns.
  const holderOf = (stepId: string): string | undefined => {
    const step = byId.get(stepId);
    return step?.action === 'assign' && step.mode !== 'round-robin'
      ? step.targets[0]?.partyId
      : undefined;
  };
  const whoFor =
    (holder: string | undefined): CalendarOfWho =>
    (who) =>
      who.calendarId !== undefined
        ? who.calendarId === HOLDER_CALENDAR
          ? holder === undefined
            ? undefined
            : partyCalendar(holder)
          : calendar(who.calendarId)
        : partyCalendar(who.partyId ?? holder ?? '');

  const entries: Entry[] = [];
  const start = byId.get(policy.startStepId);
  if (start) entries.push({ step: start, index: -1 });
  policy.transitions.forEach((t, index) => {
    const step = byId.get(t.to);
    if (step && t.trigger.kind !== 'manual') entries.push({ step, via: t, index });
  });

  // Whether the entry's transition can fire at t: its conditions (priority aside: any ticket
  // may come) do not fail, and a business-minute trigger's calendar is open.
  const canFire = ({ via }: Entry, t: number): boolean => {
    if (!via) return true;
    const who = whoFor(holderOf(via.from));
    const when = via.when?.filter((c) => c.kind !== 'priority');
    if (conditionsHold(when, t, who, undefined) === false) return false;
    const trigger = via.trigger;
    if ('calendarId' in trigger && trigger.calendarId !== undefined) {
      const counted = who({ calendarId: trigger.calendarId });
      if (counted && !isOpen(counted, t)) return false;
    }
    return true;
  };
  // The parties a step reaches that are closed at t, or [] when someone it reaches is open
  // (any target of an `all` step; every one of a round robin, as any may have the turn).
  const closedAt = (step: EscalationStep, t: number): string[] => {
    if (step.hold || step.targets.length === 0) return [];
    const state = step.targets.map((target) => {
      const own = partyCalendar(target.partyId);
      return { partyId: target.partyId, open: own === undefined || isOpen(own, t) };
    });
    const closed = state.filter((s) => !s.open).map((s) => s.partyId);
    if (step.mode === 'round-robin') return closed;
    return closed.length === state.length ? closed : [];
  };
  const gap = (entry: Entry, t: number) => (canFire(entry, t) ? closedAt(entry.step, t) : []);
  const pathOf = (entry: Entry) => (entry.via ? ['transitions', entry.index] : ['startStepId']);
  const holdFix = (step: EscalationStep) => [
    {
      label: `Hold "${name(step.id)}" until working hours`,
      changes: [
        { type: 'updateStep' as const, stepId: step.id, patch: { hold: { until: 'open' } } },
      ],
    },
  ];

  const issues: EscalationIssue[] = [];
  const flagged = new Set<string>();
  for (const entry of entries) {
    if (flagged.has(entry.step.id)) continue;
    const at = firstSample((t) => gap(entry, t).length > 0);
    if (at === undefined) continue;
    const closed = gap(entry, at);
    flagged.add(entry.step.id);
    const seen = partyCalendar(closed[0] as string) ?? CALENDAR_24X7;
    issues.push(
      issue(
        'fires-while-closed',
        'warning',
        m['fires-while-closed'](
          name(entry.step.id),
          closed.map(partyName).join(', '),
          readAt(seen, at),
        ),
        {
          stepIds: [entry.step.id],
          partyIds: closed,
          path: pathOf(entry),
          fixes: holdFix(entry.step),
        },
      ),
    );
  }

  // Holidays: a day of a party's (or a condition's) calendar on which some step can fire with
  // nobody open, although at the same time a week earlier it could not or someone was open.
  const named = new Map<Calendar, string>();
  for (const party of matrix.parties) {
    const own = partyCalendar(party.id);
    if (own && !named.has(own)) named.set(own, party.name);
  }
  for (const t of policy.transitions)
    for (const c of t.when ?? []) {
      const id = c.kind === 'priority' ? undefined : c.calendarId;
      const own = id === undefined ? undefined : calendar(id);
      if (own && !named.has(own)) named.set(own, `"${id}"`);
    }
  const reported = new Set<string>();
  for (const [cal, owner] of named) {
    for (const day of holidaysOf(cal, years)) {
      const date = new Date(day * DAY).toISOString().slice(0, 10);
      const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
      const from = startOfLocalDate(cal.timeZone, y, mo, d);
      const to = startOfLocalDate(cal.timeZone, y, mo, d + 1);
      for (const entry of entries) {
        const key = `${date}\u0000${entry.step.id}`;
        if (flagged.has(entry.step.id) || reported.has(key)) continue;
        for (let t = from; t < to; t += HALF_HOUR) {
          const closed = gap(entry, t);
          if (closed.length === 0 || gap(entry, t - 7 * DAY).length > 0) continue;
          reported.add(key);
          issues.push(
            issue(
              'holiday-leaves-nobody',
              'warning',
              m['holiday-leaves-nobody'](
                date,
                owner,
                name(entry.step.id),
                closed.map(partyName).join(', '),
              ),
              {
                stepIds: [entry.step.id],
                partyIds: closed,
                path: pathOf(entry),
                fixes: holdFix(entry.step),
              },
            ),
          );
          break;
        }
      }
    }
  }
  return issues;
}
