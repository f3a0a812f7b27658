import * as z from 'zod/mini';
import { built } from '../../pure';
import type { SlaPolicy, SlaPriorityTargets, SlaTarget } from '../../sla/policy';
import { failed, guarded, newReport, type PsaResult, readInputs } from '../report';
import { slaPolicyOf } from '../sla-policy-of';

const hours = /* @__PURE__ */ built(() =>
  z.optional(z.nullable(z.number().check(z.gte(0), z.lte(87_600)))),
);
const percent = /* @__PURE__ */ built(() =>
  z.optional(z.nullable(z.number().check(z.gte(0), z.lte(10_000)))),
);
const ref = /* @__PURE__ */ built(() =>
  z.object({
    id: z.optional(z.union([z.number(), z.string()])),
    name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  }),
);
const slaSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.union([z.number(), z.string()]),
    name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    basedOn: z.optional(z.nullable(z.string().check(z.maxLength(50)))),
    customCalendar: z.optional(z.nullable(ref)),
    respondHours: hours,
    planWithin: hours,
    resolutionHours: hours,
  }),
);
const prioritiesSchema = /* @__PURE__ */ built(() =>
  z
    .array(
      z.object({
        priority: ref,
        respondHours: hours,
        respondPercent: percent,
        planWithin: hours,
        planWithinPercent: percent,
        resolutionHours: hours,
        resolutionPercent: percent,
      }),
    )
    .check(z.maxLength(500)),
);

/**
 * Where the calendars of a ConnectWise SLA's `basedOn` live in the host's registry:
 * `MyCalendar` (the MSP's own hours), `Customer` (the company's), `Custom` (the SLA's
 * `customCalendar`, by default `connectwise-calendar-<id>`, as {@link calendarFromConnectWise}
 * names it). `AllHours` is `'24x7'`. `pauseStatuses` are the board statuses whose SLA status is
 * "Waiting" — the SLA payload does not carry them.
 *
 * @example
 * const options: ConnectWiseSlaOptions = { myCalendarId: 'msp-office', customerCalendarId: 'client-office', pauseStatuses: ['Waiting on Client'] };
 */
export interface ConnectWiseSlaOptions {
  readonly myCalendarId?: string;
  readonly customerCalendarId?: string;
  readonly customCalendarId?: string;
  readonly pauseStatuses?: readonly string[];
}

/**
 * Converts a ConnectWise SLA (`GET /service/SLAs/{id}`) and its priorities
 * (`GET /service/SLAs/{id}/priorities`) into an {@link SlaPolicy} whose priority ids are the
 * priority names (as tickets and audit entries write them). Never throws.
 *
 * A priority's target is its own hours where it gives them (`respondHours`, `planWithin`,
 * `resolutionHours`), else the SLA's hours times its percent (`respondPercent`…); ConnectWise
 * counts both in hours of the `basedOn` calendar. A priority with neither for response or
 * resolution is left out and reported. The policy applies to tickets whose `sla` attribute is
 * the SLA's name (see `selectSlaPolicy`).
 *
 * @example
 * const result = policyFromConnectWise(slaJson, prioritiesJson, { myCalendarId: 'msp-office' });
 * if (result.ok) policies.push(result.value);
 */
export function policyFromConnectWise(
  sla: unknown,
  priorities: unknown,
  options: ConnectWiseSlaOptions = {},
): PsaResult<SlaPolicy> {
  return guarded(() => {
    const read = readInputs({
      sla: [slaSchema, sla],
      priorities: [prioritiesSchema, priorities ?? []],
    });
    if (!read.ok) return read;
    const s = { data: read.values.sla };
    const p = { data: read.values.priorities };
    const report = newReport();
    const base = s.data;
    const basedOn = (base.basedOn ?? 'MyCalendar').replace(/\s+/g, '').toLowerCase();
    let calendarId: string;
    if (basedOn === 'allhours') calendarId = '24x7';
    else if (basedOn === 'custom') {
      const custom = base.customCalendar?.id;
      calendarId =
        options.customCalendarId ??
        (custom === undefined ? 'connectwise-custom-calendar' : `connectwise-calendar-${custom}`);
      if (custom === undefined && options.customCalendarId === undefined)
        report.lost.push({
          path: ['sla', 'customCalendar'],
          message: 'basedOn is Custom but no customCalendar is given; pass customCalendarId.',
        });
    } else if (basedOn === 'customer') {
      calendarId = options.customerCalendarId ?? 'connectwise-customer-calendar';
      if (options.customerCalendarId === undefined)
        report.inferred.push({
          path: ['sla', 'basedOn'],
          message:
            'The SLA counts on the customer\'s calendar; it is named "connectwise-customer-calendar" (pass customerCalendarId).',
        });
    } else {
      if (basedOn !== 'mycalendar')
        report.lost.push({
          path: ['sla', 'basedOn'],
          message: `basedOn "${base.basedOn}" is not known; counted on MyCalendar.`,
        });
      calendarId = options.myCalendarId ?? 'connectwise-my-calendar';
      if (options.myCalendarId === undefined)
        report.inferred.push({
          path: ['sla', 'basedOn'],
          message:
            'The SLA counts on your own calendar; it is named "connectwise-my-calendar" (pass myCalendarId).',
        });
    }
    const out: Record<string, SlaPriorityTargets> = {};
    p.data.forEach((row, index) => {
      const path = ['priorities', index];
      const name = row.priority.name?.trim();
      if (!name) {
        report.lost.push({
          path: [...path, 'priority'],
          message: 'A priority without a name cannot be matched to tickets; left out.',
        });
        return;
      }
      const target = (
        own: number | null | undefined,
        pct: number | null | undefined,
        whole: number | null | undefined,
      ): SlaTarget | undefined => {
        const h =
          own != null && own > 0
            ? own
            : pct != null && whole != null
              ? (whole * pct) / 100
              : undefined;
        return h !== undefined && h > 0 ? { minutes: Math.round(h * 60 * 1000) / 1000 } : undefined;
      };
      const response = target(row.respondHours, row.respondPercent, base.respondHours);
      const plan = target(row.planWithin, row.planWithinPercent, base.planWithin);
      const resolution = target(row.resolutionHours, row.resolutionPercent, base.resolutionHours);
      if (!response || !resolution) {
        report.lost.push({
          path,
          message: `Priority "${name}" has no ${response ? 'resolution' : 'response'} target; left out.`,
        });
        return;
      }
      out[name] = { response, resolution, ...(plan ? { plan } : {}) };
    });
    if (Object.keys(out).length === 0) {
      return failed([
        {
          path: ['priorities'],
          code: 'too_small',
          message: 'No priority of the SLA has response and resolution targets.',
        },
      ]);
    }
    if (!options.pauseStatuses)
      report.lost.push({
        path: ['sla'],
        message:
          'Which statuses pause the clock is set on the board statuses, not the SLA; pass pauseStatuses.',
      });
    const name = base.name?.trim();
    const when = name ? { sla: name } : undefined;
    const policy = slaPolicyOf('connectwise', base, calendarId, out, options.pauseStatuses, when);
    return { ok: true, value: policy, report };
  });
}
