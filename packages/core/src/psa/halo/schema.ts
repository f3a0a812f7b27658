import * as z from 'zod/mini';
import { built } from '../../pure';

// HaloPSA's REST API (`/api/Tickets/{id}`, `/api/Actions?ticket_id=`, `/api/Workdays/{id}`,
// `/api/SLA/{id}`, `/api/Priority`), snake_case as Halo spells its fields. Dates come with or
// without an offset; times of day as "HH:MM:SS". Only what an SLA reads is kept.
const date = /* @__PURE__ */ built(() => z.optional(z.nullable(z.string().check(z.maxLength(64)))));
const int = /* @__PURE__ */ built(() => z.optional(z.nullable(z.number())));
const flag = /* @__PURE__ */ built(() => z.optional(z.nullable(z.boolean())));
const text = /* @__PURE__ */ built(() =>
  z.optional(z.nullable(z.string().check(z.maxLength(2_000)))),
);

/**
 * The fields of a HaloPSA ticket the adapter reads (zod mini).
 *
 * @example
 * haloTicketSchema.safeParse(json).success;
 */
export const haloTicketSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.number(),
    dateoccurred: date,
    status_id: int,
    priority_id: int,
    priority: z.optional(z.nullable(z.object({ name: text }))),
    sla_id: int,
    sla_name: text,
    agent_id: int,
    team: text,
    respondbydate: date,
    fixbydate: date,
    responsedate: date,
    dateclosed: date,
    slaresponsestate: text,
    slastate: text,
    onhold: flag,
    slaholdtime: z.optional(z.nullable(z.number())),
    excludefromsla: flag,
    site_timezone: text,
  }),
);

/**
 * The fields of HaloPSA Actions the adapter reads: when, who, and what the action changed.
 *
 * @example
 * haloActionsSchema.safeParse([{ id: 1, datetime: '2026-03-02T15:00:00Z', new_status: 2 }]).success;
 */
export const haloActionsSchema = /* @__PURE__ */ built(() =>
  z
    .array(
      z.object({
        id: int,
        outcome: text,
        who: text,
        who_agentid: int,
        datetime: date,
        actiondatetime: date,
        new_status: int,
        new_status_name: text,
        new_slastatus: int,
        new_agent: int,
        new_team: text,
        new_priority: int,
        new_onhold: flag,
        slaholdtime: z.optional(z.nullable(z.number())),
      }),
    )
    .check(z.maxLength(1_000_000)),
);

/** A HaloPSA ticket as the schema reads it. */
export type HaloTicketInput = z.infer<typeof haloTicketSchema>;
/** HaloPSA actions as the schema reads them. */
export type HaloActionsInput = z.infer<typeof haloActionsSchema>;
