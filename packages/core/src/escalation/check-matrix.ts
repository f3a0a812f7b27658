import { cellOf } from '../matrix/get-cell';
import type { Matrix } from '../matrix/model';
import { isOpen } from '../sla/business-time';
import type { Calendar } from '../sla/calendar';
import type { CalendarRegistry } from '../sla/registry';
import { firstSample } from './coverage-samples';
import {
  ESCALATION_MESSAGES,
  type EscalationIssue,
  type EscalationMessages,
  issue,
} from './issues';
import type { EscalationPolicy, Routing } from './model';

// Cross-checks of routing and policies against the matrix and the parties' coverage calendars,
// compared on the reference weeks of ./coverage-samples.

/** The first sampled instant when `when` is open (any, if null) and `party` is closed. */
function uncovered(when: Calendar | null, party: Calendar): number | undefined {
  return firstSample((t) => (when === null || isOpen(when, t)) && !isOpen(party, t));
}

/**
 * Checks routing and policies against the matrix: queues and targets that are not parties;
 * rules that send a category first to a party Responsible for none of its rows (an R held as
 * overflow, when-unavailable or after-hours counts: those are the qualified stand-ins); after-
 * hours rules whose party's calendar is closed for part of the hours they catch; and assign
 * steps whose party has no coverage at a time the step can fire (business-minute triggers fire
 * while their calendar is open, others at any time). Parties without a `calendarId`, and
 * calendars missing from `calendars`, are not judged.
 *
 * @example
 * checkAgainstMatrix(matrix, { routing, policies: [standard], calendars });
 */
export function checkAgainstMatrix(
  matrix: Matrix,
  input: {
    routing?: Routing;
    policies?: readonly EscalationPolicy[];
    calendars?: CalendarRegistry;
    messages?: Partial<EscalationMessages>;
  },
): EscalationIssue[] {
  const m = { ...ESCALATION_MESSAGES, ...input.messages };
  const parties = new Map(matrix.parties.map((p) => [p.id, p]));
  const calendar = (id: string | undefined) =>
    id === undefined ? undefined : input.calendars?.get(id);
  const partyCalendar = (partyId: string) => calendar(parties.get(partyId)?.calendarId);
  const partyName = (partyId: string) => parties.get(partyId)?.name ?? partyId;
  const issues: EscalationIssue[] = [];
  const routing = input.routing;
  for (const rule of routing?.rules ?? []) {
    const ruleName = rule.name ?? rule.id;
    const partyId = rule.queue.partyId;
    if (!parties.has(partyId)) {
      issues.push(
        issue('unknown-party', 'error', m['unknown-party'](partyId, `Rule "${ruleName}"`), {
          ruleIds: [rule.id],
          partyIds: [partyId],
        }),
      );
      continue;
    }
    for (const categoryId of rule.when.categoryIds ?? []) {
      const rows = matrix.rows.filter((row) => row.categoryId === categoryId);
      if (rows.length === 0 || rows.some((row) => cellOf(row, partyId)?.roles.includes('R')))
        continue;
      const category = matrix.categories.find((c) => c.id === categoryId)?.name ?? categoryId;
      issues.push(
        issue(
          'route-not-responsible',
          'warning',
          m['route-not-responsible'](ruleName, partyName(partyId), category),
          { ruleIds: [rule.id], partyIds: [partyId] },
        ),
      );
    }
    const hours = rule.when.hours;
    const own = partyCalendar(partyId);
    const gate = calendar(hours?.calendarId);
    if (hours && !hours.open && own && gate) {
      const at = firstClosedTogether(gate, own);
      if (at !== undefined) {
        issues.push(
          issue(
            'after-hours-closed',
            'warning',
            m['after-hours-closed'](ruleName, partyName(partyId)),
            { ruleIds: [rule.id], partyIds: [partyId] },
          ),
        );
      }
    }
  }
  for (const policy of input.policies ?? []) {
    const byId = new Map(policy.steps.map((s) => [s.id, s]));
    const reported = new Set<string>();
    for (const t of policy.transitions) {
      const step = byId.get(t.to);
      if (step?.action !== 'assign' || t.trigger.kind === 'manual') continue;
      const fires =
        'calendarId' in t.trigger && t.trigger.calendarId !== undefined
          ? calendar(t.trigger.calendarId)
          : null;
      if (fires === undefined) continue;
      for (const target of step.targets) {
        const own = partyCalendar(target.partyId);
        const key = `${step.id}\u0000${target.partyId}`;
        if (!own || reported.has(key) || uncovered(fires, own) === undefined) continue;
        reported.add(key);
        issues.push(
          issue(
            'no-coverage-when-fired',
            'warning',
            m['no-coverage-when-fired'](step.name ?? step.id, partyName(target.partyId)),
            { stepIds: [step.id], partyIds: [target.partyId] },
          ),
        );
      }
    }
  }
  return issues;
}

function firstClosedTogether(gate: Calendar, party: Calendar): number | undefined {
  return firstSample((t) => !isOpen(gate, t) && !isOpen(party, t));
}
