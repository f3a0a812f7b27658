import * as z from 'zod/mini';
import { built } from '../../pure';

// Autotask REST API v1.0 (`/atservicesrest/v1.0/Tickets`, `/TicketHistory`,
// `/ServiceLevelAgreementResults`), camelCase as the REST entities spell their fields. Picklists
// (status, priority) are integer ids; references (resources, roles, queues) are integer ids.
// Unset values come back null. Only what an SLA reads is kept; other fields are ignored.
const date = /* @__PURE__ */ built(() => z.optional(z.nullable(z.string().check(z.maxLength(64)))));
const int = /* @__PURE__ */ built(() => z.optional(z.nullable(z.number())));
const hours = /* @__PURE__ */ built(() => z.optional(z.nullable(z.number())));
const flag = /* @__PURE__ */ built(() => z.optional(z.nullable(z.boolean())));
const text = /* @__PURE__ */ built(() =>
  z.optional(z.nullable(z.string().check(z.maxLength(20_000)))),
);

/**
 * The fields of an Autotask `Tickets` entity the adapter reads (zod mini).
 *
 * @example
 * autotaskTicketSchema.safeParse(json).success;
 */
export const autotaskTicketSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.number(),
    ticketNumber: text,
    createDate: date,
    status: int,
    priority: int,
    queueID: int,
    assignedResourceID: int,
    assignedResourceRoleID: int,
    companyID: int,
    serviceLevelAgreementID: int,
    serviceLevelAgreementHasBeenMet: flag,
    serviceLevelAgreementPausedNextEventHours: hours,
    firstResponseDateTime: date,
    firstResponseDueDateTime: date,
    resolutionPlanDateTime: date,
    resolutionPlanDueDateTime: date,
    resolvedDateTime: date,
    resolvedDueDateTime: date,
  }),
);

/**
 * The fields of Autotask `TicketHistory` entries the adapter reads: what was done (`action`),
 * its detail, when and by which resource.
 *
 * @example
 * autotaskHistorySchema.safeParse([{ action: 'Status', detail: 'New > In Progress', date: '2026-03-02T15:00:00.000Z' }]).success;
 */
export const autotaskHistorySchema = /* @__PURE__ */ built(() =>
  z
    .array(
      z.object({
        id: int,
        action: z.string().check(z.maxLength(2_000)),
        detail: text,
        date: z.string().check(z.maxLength(64)),
        resourceID: int,
      }),
    )
    .check(z.maxLength(1_000_000)),
);

/**
 * The fields of an Autotask `ServiceLevelAgreementResults` entry (one per ticket) the adapter
 * carries: Autotask's own met flags and elapsed business hours per SLA event.
 *
 * @example
 * autotaskSlaResultsSchema.safeParse({ ticketID: 7, isFirstResponseMet: true }).success;
 */
export const autotaskSlaResultsSchema = /* @__PURE__ */ built(() =>
  z.optional(
    z.nullable(
      z.object({
        ticketID: int,
        serviceLevelAgreementName: text,
        firstResponseElapsedHours: hours,
        isFirstResponseMet: flag,
        resolutionPlanElapsedHours: hours,
        isResolutionPlanMet: flag,
        resolutionElapsedHours: hours,
        isResolutionMet: flag,
      }),
    ),
  ),
);

/** An Autotask ticket as the schema reads it. */
export type AutotaskTicketInput = z.infer<typeof autotaskTicketSchema>;
/** Autotask ticket history entries as the schema reads them. */
export type AutotaskHistoryInput = z.infer<typeof autotaskHistorySchema>;
/** An Autotask SLA results entry as the schema reads it. */
export type AutotaskSlaResultsInput = z.infer<typeof autotaskSlaResultsSchema>;
