import * as z from 'zod/mini';
import { built } from '../../pure';
import { toIssues } from '../../schema-issues';
import type { SlaPolicy, SlaPriorityTargets, SlaTarget } from '../../sla/policy';
import { failed, guarded, newReport, type PsaResult } from '../report';
import { slaPolicyOf } from '../sla-policy-of';

const hours = /* @__PURE__ */ built(() =>
  z.optional(z.nullable(z.number().check(z.gte(0), z.lte(87_600)))),
);
const slaSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.number(),
    name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    priorities: z
      .array(
        z.object({
          priority: z.union([z.number(), z.string().check(z.maxLength(200))]),
          firstResponseHours: hours,
          resolutionPlanHours: hours,
          resolvedHours: hours,
        }),
      )
      .check(z.maxLength(500)),
  }),
);

/**
 * Options of {@link policyFromAutotask}: the calendar its hours count on (the SLA's business
 * hours set in Autotask — internal or the organization's — as the host registered it; `'24x7'`
 * for an SLA on all hours), the priority labels (tickets' histories name priorities by label),
 * and the statuses that pause the clock (Autotask sets them per status, not on the SLA).
 *
 * @example
 * const options: AutotaskSlaOptions = { calendarId: 'msp-office', priorities: { '1': 'High', '2': 'Medium' }, pauseStatuses: ['Waiting Customer'] };
 */
export interface AutotaskSlaOptions {
  readonly calendarId?: string;
  readonly priorities?: Readonly<Record<string, string>>;
  readonly pauseStatuses?: readonly string[];
}

/**
 * Converts an Autotask SLA's targets into an {@link SlaPolicy} whose priority ids are the
 * priority labels. Never throws.
 *
 * Autotask's REST API reference lists no entity for an SLA's targets (only a ticket's
 * `serviceLevelAgreementID` and its `ServiceLevelAgreementResults`), so the host gives them as
 * set under Admin › Service Level Agreements: `{ id, name, priorities: [{ priority,
 * firstResponseHours, resolutionPlanHours, resolvedHours }] }`, `priority` an id or a label.
 * Hours are business hours of the SLA's business hours; a priority without first-response or
 * resolved hours is left out and reported. The policy applies to tickets whose `sla` attribute
 * is the SLA's id.
 *
 * @example
 * const result = policyFromAutotask({ id: 3, name: 'Standard', priorities: [{ priority: 2, firstResponseHours: 2, resolvedHours: 16 }] }, { calendarId: 'msp-office', priorities: { '2': 'Medium' } });
 * if (result.ok) policies.push(result.value);
 */
export function policyFromAutotask(
  sla: unknown,
  options: AutotaskSlaOptions = {},
): PsaResult<SlaPolicy> {
  return guarded(() => {
    const read = slaSchema.safeParse(sla);
    if (!read.success) return failed(toIssues(read.error.issues, ['sla']));
    const report = newReport();
    const base = read.data;
    const calendarId = options.calendarId ?? `autotask-sla-${base.id}-hours`;
    if (options.calendarId === undefined)
      report.inferred.push({
        path: ['sla'],
        message: `The SLA's business hours are named "${calendarId}" (pass calendarId).`,
      });
    const out: Record<string, SlaPriorityTargets> = {};
    base.priorities.forEach((row, index) => {
      const path = ['sla', 'priorities', index];
      const id = String(row.priority).trim();
      const label = typeof row.priority === 'number' ? options.priorities?.[id]?.trim() : id;
      if (!label) {
        report.lost.push({
          path: [...path, 'priority'],
          message: `Priority ${id} has no label in options.priorities; tickets name priorities by label, so it is left out.`,
        });
        return;
      }
      const target = (h: number | null | undefined): SlaTarget | undefined =>
        h != null && h > 0 ? { minutes: Math.round(h * 60 * 1000) / 1000 } : undefined;
      const response = target(row.firstResponseHours);
      const plan = target(row.resolutionPlanHours);
      const resolution = target(row.resolvedHours);
      if (!response || !resolution) {
        report.lost.push({
          path,
          message: `Priority "${label}" has no ${response ? 'resolved' : 'first-response'} hours; left out.`,
        });
        return;
      }
      out[label] = { response, resolution, ...(plan ? { plan } : {}) };
    });
    if (Object.keys(out).length === 0) {
      return failed([
        {
          path: ['sla', 'priorities'],
          code: 'too_small',
          message: 'No priority of the SLA has first-response and resolved hours.',
        },
      ]);
    }
    if (!options.pauseStatuses)
      report.lost.push({
        path: ['sla'],
        message:
          'Which statuses pause the clock is set on the statuses, not the SLA; pass pauseStatuses.',
      });
    return {
      ok: true,
      value: slaPolicyOf('autotask', base, calendarId, out, options.pauseStatuses, {
        sla: String(base.id),
      }),
      report,
    };
  });
}
