import type { Matrix } from '../matrix/model';
import { type SlaPolicy, targetsFor } from '../sla/policy';
import type { CalendarRegistry } from '../sla/registry';
import { hoursIssues } from './check-hours';
import { loops, reachable } from './graph';
import {
  ESCALATION_MESSAGES,
  type EscalationIssue,
  type EscalationMessages,
  issue,
} from './issues';
import type { EscalationPolicy, EscalationStep, Transition } from './model';

/**
 * What the policy checks may compare against: the matrix (party names and membership), the
 * SLA policy whose targets the triggers protect, the parties' calendars, overridden messages.
 *
 * @example
 * const options: PolicyCheckOptions = { matrix, sla: standard, calendars };
 */
export interface PolicyCheckOptions {
  readonly matrix?: Matrix;
  readonly sla?: SlaPolicy;
  readonly messages?: Partial<EscalationMessages>;
  /** The parties' calendars: with `matrix`, the working-hours and holiday checks run. */
  readonly calendars?: CalendarRegistry;
  /** Years whose yearly holiday rules the holiday check expands (default: 2026 and 2027). */
  readonly holidayYears?: readonly number[];
}

const stepName = (step: EscalationStep | undefined, id: string) => step?.name ?? id;

/**
 * Checks a policy's graph: unreachable steps, dead ends (no way on, not terminal), places a
 * ticket can stop without ever having been assigned, loops of automatic transitions with no
 * repeat limit, time triggers that fire only after the SLA target they protect has breached,
 * and targets that are not parties of the matrix. Given the matrix and calendars too: steps
 * that can fire while every party they reach is closed and nothing covers it (no hold, no open
 * target; conditions and business-minute triggers are judged on two sampled weeks), and
 * holidays of the parties' calendars on which a step fires with nobody open although normal
 * weeks cover it. These carry the `path` of the start or transition that fires the step.
 *
 * Trigger timing is judged on the shortest path from the start, with wall-clock and business
 * minutes counted alike against the target's minutes (the check cannot know the ticket's
 * opening time; the simulation can).
 *
 * @example
 * for (const found of checkPolicy(policy, { matrix, sla })) console.warn(found.message);
 */
export function checkPolicy(
  policy: EscalationPolicy,
  options: PolicyCheckOptions = {},
): EscalationIssue[] {
  const m = { ...ESCALATION_MESSAGES, ...options.messages };
  const byId = new Map(policy.steps.map((step) => [step.id, step]));
  const name = (id: string) => stepName(byId.get(id), id);
  const issues: EscalationIssue[] = [];
  const outgoing = (id: string) => policy.transitions.filter((t) => t.from === id);

  const live = reachable(policy, policy.startStepId);
  for (const step of policy.steps) {
    if (!live.has(step.id)) {
      const touching = policy.transitions.filter((t) => t.from === step.id || t.to === step.id);
      issues.push(
        issue('unreachable-step', 'warning', m['unreachable-step'](name(step.id)), {
          stepIds: [step.id],
          fixes: [
            {
              label: `Remove "${name(step.id)}"`,
              changes: [
                ...touching.map((t) => ({ type: 'removeTransition' as const, transitionId: t.id })),
                { type: 'removeStep', stepId: step.id },
              ],
            },
          ],
        }),
      );
    } else if (!step.terminal && outgoing(step.id).length === 0) {
      issues.push(
        issue('dead-end', 'warning', m['dead-end'](name(step.id)), {
          stepIds: [step.id],
          fixes: [
            {
              label: `Mark "${name(step.id)}" as terminal`,
              changes: [{ type: 'updateStep', stepId: step.id, patch: { terminal: true } }],
            },
          ],
        }),
      );
    }
  }

  // Steps a ticket reaches before any assignment: only paths through notify steps count.
  const unowned = reachable(
    policy,
    policy.startStepId,
    (t) => byId.get(t.from)?.action === 'notify',
  );
  for (const id of unowned) {
    const step = byId.get(id);
    if (step?.action === 'notify' && outgoing(id).every((t) => t.trigger.kind === 'manual')) {
      issues.push(
        issue('owned-by-nobody', 'error', m['owned-by-nobody'](name(id)), { stepIds: [id] }),
      );
    }
  }

  // A loop people drive (manual) or that a repeat caps is fine; an automatic uncapped one is not.
  const unbounded = policy.transitions.filter(
    (t) => t.trigger.kind !== 'manual' && t.repeat === undefined,
  );
  for (const cycle of loops(
    policy.steps.map((s) => s.id),
    unbounded,
  )) {
    const edge = unbounded.find(
      (t) => cycle.includes(t.from) && cycle.includes(t.to),
    ) as Transition;
    issues.push(
      issue(
        'unbounded-cycle',
        'error',
        m['unbounded-cycle'](cycle.map((id) => `"${name(id)}"`).join(', ')),
        {
          stepIds: cycle,
          fixes: [
            {
              label: 'Repeat the loop at most 3 times',
              changes: [{ type: 'updateTransition', transitionId: edge.id, patch: { repeat: 3 } }],
            },
          ],
        },
      ),
    );
  }

  if (options.sla) issues.push(...lateTriggers(policy, options.sla, m, name));

  const matrix = options.matrix;
  if (matrix) {
    const parties = new Set(matrix.parties.map((p) => p.id));
    for (const step of policy.steps) {
      for (const target of step.targets) {
        if (parties.has(target.partyId)) continue;
        issues.push(
          issue(
            'unknown-party',
            'error',
            m['unknown-party'](target.partyId, `Step "${name(step.id)}"`),
            { stepIds: [step.id], partyIds: [target.partyId] },
          ),
        );
      }
    }
    if (options.calendars) {
      const years = options.holidayYears ?? [2026, 2027];
      issues.push(...hoursIssues(policy, matrix, options.calendars, years, m, name));
    }
  }
  return issues;
}

/** Earliest entry minute of each step: shortest path, counting only timed triggers. */
function entryMinutes(
  policy: EscalationPolicy,
  delay: (t: Transition) => number | undefined,
): Map<string, number> {
  const best = new Map([[policy.startStepId, 0]]);
  // Bellman-Ford style relaxation: delays are never negative, so |steps| rounds settle it.
  for (let round = 0; round < policy.steps.length; round++) {
    let changed = false;
    for (const t of policy.transitions) {
      const from = best.get(t.from);
      const d = delay(t);
      if (from === undefined || d === undefined) continue;
      if (from + d < (best.get(t.to) ?? Number.POSITIVE_INFINITY)) {
        best.set(t.to, from + d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return best;
}

function lateTriggers(
  policy: EscalationPolicy,
  sla: SlaPolicy,
  m: EscalationMessages,
  name: (id: string) => string,
): EscalationIssue[] {
  const issues: EscalationIssue[] = [];
  for (const priority of Object.keys(sla.priorities)) {
    const targets = targetsFor(sla, priority);
    if (!targets) continue;
    const delay = (t: Transition) =>
      t.trigger.kind === 'manual'
        ? undefined
        : t.trigger.kind === 'sla'
          ? (targets[t.trigger.target].minutes * t.trigger.percent) / 100
          : t.trigger.minutes;
    const entry = entryMinutes(policy, delay);
    for (const t of policy.transitions) {
      const trigger = t.trigger;
      if (trigger.kind !== 'not-acknowledged' && trigger.kind !== 'not-resolved') continue;
      const kind = trigger.kind === 'not-acknowledged' ? 'response' : 'resolution';
      const at = (entry.get(t.from) ?? Number.NaN) + trigger.minutes;
      if (!(at > targets[kind].minutes)) continue;
      issues.push(
        issue(
          'trigger-after-breach',
          'warning',
          m['trigger-after-breach'](`${name(t.from)} → ${name(t.to)}`, kind, priority),
          {
            stepIds: [t.from, t.to],
            fixes: [
              {
                label: `Fire at 75 % of the ${kind} target`,
                changes: [
                  {
                    type: 'updateTransition',
                    transitionId: t.id,
                    patch: { trigger: { kind: 'sla', target: kind, percent: 75 } },
                  },
                ],
              },
            ],
          },
        ),
      );
    }
  }
  return issues;
}
