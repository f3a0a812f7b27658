import * as z from 'zod/mini';
import { built } from '../../pure';
import type { SlaPolicy, SlaPriorityTargets, SlaTarget } from '../../sla/policy';
import {
  failed,
  guarded,
  newReport,
  type PsaResult,
  type ReportBuilder,
  readInputs,
} from '../report';
import { slaPolicyOf } from '../sla-policy-of';

const slaSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.number(),
    name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    workday_id: z.optional(z.nullable(z.number())),
  }),
);
const prioritiesSchema = /* @__PURE__ */ built(() =>
  z
    .array(
      z.object({
        slaid: z.optional(z.nullable(z.number())),
        priorityid: z.optional(z.nullable(z.number())),
        name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
        responsetime: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(1e6)))),
        responseunits: z.optional(z.nullable(z.string().check(z.maxLength(10)))),
        fixtime: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(1e6)))),
        fixunits: z.optional(z.nullable(z.string().check(z.maxLength(10)))),
      }),
    )
    .check(z.maxLength(500)),
);

/**
 * Options of {@link policyFromHalo}: the statuses Halo flags as SLA hold (their names: the SLA
 * payload does not carry them), the hours of a working day for targets in days (`D`), and the
 * calendar id of the SLA's workday if the host named it otherwise than `halo-workday-<id>`.
 *
 * @example
 * const options: HaloSlaOptions = { pauseStatuses: ['On Hold', 'Waiting on User'], hoursPerDay: 8 };
 */
export interface HaloSlaOptions {
  readonly pauseStatuses?: readonly string[];
  readonly hoursPerDay?: number;
  readonly calendarId?: string;
}

/**
 * Converts a HaloPSA SLA (`GET /api/SLA/{id}`) and its priorities (`GET /api/Priority`, the
 * records whose `slaid` is the SLA's) into an {@link SlaPolicy} whose priority ids are the
 * priority names. Never throws. Follows HaloPSA's API reference for SLA and Priority (fields as
 * a ticket's embedded `priority` shows them: `responsetime`/`responseunits`,
 * `fixtime`/`fixunits`, units `M` minutes, `H` hours, `D` working days). Targets count on the
 * SLA's workday calendar (see {@link calendarFromHalo}), or 24/7 without one (reported).
 *
 * @example
 * const result = policyFromHalo(slaJson, priorityJson, { pauseStatuses: ['On Hold'] });
 * if (result.ok) policies.push(result.value);
 */
export function policyFromHalo(
  sla: unknown,
  priorities: unknown,
  options: HaloSlaOptions = {},
): PsaResult<SlaPolicy> {
  return guarded(() => {
    const read = readInputs({
      sla: [slaSchema, sla],
      priorities: [prioritiesSchema, priorities ?? []],
    });
    if (!read.ok) return read;
    const base = read.values.sla;
    const report = newReport();
    let calendarId = options.calendarId;
    if (calendarId === undefined) {
      if (base.workday_id != null) calendarId = `halo-workday-${base.workday_id}`;
      else {
        calendarId = '24x7';
        report.inferred.push({
          path: ['sla', 'workday_id'],
          message: 'The SLA names no workday; its targets count on every hour (24x7).',
        });
      }
    }
    const out: Record<string, SlaPriorityTargets> = {};
    read.values.priorities.forEach((row, index) => {
      const path = ['priorities', index];
      if (row.slaid != null && row.slaid !== base.id) return;
      const name = row.name?.trim();
      if (!name) {
        report.lost.push({
          path: [...path, 'name'],
          message: 'A priority without a name cannot be matched to tickets; left out.',
        });
        return;
      }
      const response = target(row.responsetime, row.responseunits, options, report, [
        ...path,
        'responseunits',
      ]);
      const resolution = target(row.fixtime, row.fixunits, options, report, [...path, 'fixunits']);
      if (!response || !resolution) {
        report.lost.push({
          path,
          message: `Priority "${name}" has no ${response ? 'fix' : 'response'} target; left out.`,
        });
        return;
      }
      out[name] = { response, resolution };
    });
    if (Object.keys(out).length === 0) {
      return failed([
        {
          path: ['priorities'],
          code: 'too_small',
          message: 'No priority of the SLA has response and fix targets.',
        },
      ]);
    }
    if (!options.pauseStatuses)
      report.lost.push({
        path: ['sla'],
        message: 'Which statuses hold the SLA is set on the statuses; pass pauseStatuses.',
      });
    return {
      ok: true,
      value: slaPolicyOf('halo', base, calendarId, out, options.pauseStatuses, {
        sla: String(base.id),
      }),
      report,
    };
  });
}

function target(
  amount: number | null | undefined,
  units: string | null | undefined,
  options: HaloSlaOptions,
  report: ReportBuilder,
  path: (string | number)[],
): SlaTarget | undefined {
  if (amount == null || amount <= 0) return undefined;
  const unit = (units ?? 'H').trim().toUpperCase();
  let minutes: number;
  if (unit === 'M') minutes = amount;
  else if (unit === 'H') minutes = amount * 60;
  else if (unit === 'D' && options.hoursPerDay !== undefined)
    minutes = amount * options.hoursPerDay * 60;
  else {
    report.lost.push({
      path,
      message:
        unit === 'D'
          ? 'A target in working days needs hoursPerDay; left out.'
          : `Units "${units}" are not known; left out.`,
    });
    return undefined;
  }
  return { minutes: Math.round(minutes * 1000) / 1000 };
}
