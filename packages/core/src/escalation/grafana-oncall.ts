import * as z from 'zod/mini';
import { built } from '../pure';
import { toIssues } from '../schema-issues';
import { strayKeys } from './interop-carry';
import {
  type Chain,
  closeImportedChain,
  type ExternalMapping,
  type InteropResult,
  mappedTarget,
  unreadableInput,
} from './interop-chain';
import type { EscalationPolicy, EscalationStep, StepTarget, Transition } from './model';

// Grafana OnCall (the archived OSS) keeps a chain as escalation policies in `position` order:
// `wait` steps (seconds) between notify steps. Only the chain's timing and targets fit a
// Tandem policy; everything else is reported.

const grafanaSchema = /* @__PURE__ */ built(() =>
  z
    .array(
      z.object({
        id: z.optional(z.string()),
        escalation_chain_id: z.optional(z.string()),
        position: z.optional(z.int()),
        type: z.string(),
        duration: z.optional(z.number().check(z.gte(0), z.lte(315_360_000))),
        important: z.optional(z.boolean()),
        persons_to_notify: z.optional(z.array(z.string())),
        persons_to_notify_next_each_time: z.optional(z.array(z.string())),
        notify_on_call_from_schedule: z.optional(z.nullable(z.string())),
        group_to_notify: z.optional(z.nullable(z.string())),
      }),
    )
    .check(z.minLength(1), z.maxLength(500)),
);

const NOTIFY: Readonly<Record<string, readonly string[]>> = {
  notify_persons: ['persons_to_notify'],
  notify_person_next_each_time: ['persons_to_notify_next_each_time'],
  notify_on_call_from_schedule: ['notify_on_call_from_schedule'],
  notify_user_group: ['group_to_notify'],
};

/**
 * Imports a Grafana OnCall escalation chain: its escalation policies (an array, or a list
 * response `{ results }`), taken in `position` order. Notify steps up to the next `wait` become
 * one assign step (`notify_person_next_each_time`: round robin); a `wait` becomes a
 * `not-acknowledged` transition of its duration; `resolve` ends the chain. Other step types,
 * `important`, unknown keys and unmapped users, schedules and groups are reported in `lost`.
 * Never throws.
 *
 * @example
 * const result = policyFromGrafanaOnCall(json, { U1: 'it', S1: 'msp' });
 */
export function policyFromGrafanaOnCall(
  json: unknown,
  mapping: ExternalMapping,
): InteropResult<EscalationPolicy> {
  try {
    const listed =
      typeof json === 'object' && json !== null && !Array.isArray(json) && 'results' in json;
    const input = listed ? (json as { results: unknown }).results : json;
    const parsed = grafanaSchema.safeParse(input);
    if (!parsed.success)
      return { ok: false, issues: toIssues(parsed.error.issues, listed ? ['results'] : []) };
    const lost: Chain['lost'] = strayKeys(grafanaSchema, input);
    const ordered = parsed.data
      .map((policy, index) => ({ policy, index }))
      .sort((a, b) => (a.policy.position ?? a.index) - (b.policy.position ?? b.index));
    const steps: EscalationStep[] = [];
    const transitions: Transition[] = [];
    let current: { targets: StepTarget[]; roundRobin: boolean } | undefined;
    let wait = 0;
    let ended = false;
    const close = () => {
      if (!current) return;
      const id = `rule-${steps.length + 1}`;
      if (steps.length > 0)
        transitions.push({
          id: `escalate-${steps.length}`,
          from: `rule-${steps.length}`,
          to: id,
          trigger: { kind: 'not-acknowledged', minutes: wait },
        });
      steps.push({
        id,
        action: 'assign',
        targets: current.targets,
        ...(current.roundRobin ? { mode: 'round-robin' } : {}),
      });
      current = undefined;
      wait = 0;
    };
    for (const { policy, index } of ordered) {
      if (ended) {
        lost.push({ path: [index], message: 'Comes after "resolve"; never reached.' });
        continue;
      }
      const fields = NOTIFY[policy.type];
      if (policy.type === 'wait') {
        close();
        wait += (policy.duration ?? 0) / 60;
      } else if (policy.type === 'resolve') {
        close();
        ended = true;
      } else if (fields) {
        current ??= { targets: [], roundRobin: false };
        if (policy.type === 'notify_person_next_each_time') current.roundRobin = true;
        if (policy.important)
          lost.push({
            path: [index, 'important'],
            message: 'Important notifications have no equivalent.',
          });
        for (const field of fields) {
          const value = (policy as Record<string, unknown>)[field];
          const ids = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
          ids.forEach((externalId: string, k) => {
            const target = mappedTarget(mapping, externalId);
            if (target) current?.targets.push(target);
            else
              lost.push({
                path: Array.isArray(value) ? [index, field, k] : [index, field],
                message: `No party is mapped to "${externalId}"; left out.`,
              });
          });
        }
      } else {
        lost.push({
          path: [index, 'type'],
          message: `Step type "${policy.type}" has no equivalent; left out.`,
        });
      }
    }
    close();
    if (steps.length === 0) {
      return {
        ok: false,
        issues: [{ path: [], code: 'no_steps', message: 'The chain notifies nobody.' }],
      };
    }
    return closeImportedChain('grafana-oncall', undefined, steps, transitions, lost, undefined);
  } catch {
    return unreadableInput();
  }
}
