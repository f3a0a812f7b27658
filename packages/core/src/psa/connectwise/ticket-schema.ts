import * as z from 'zod/mini';
import { built } from '../../pure';

// ConnectWise leaves unset dates out rather than writing null; both are accepted. References are
// `{ id, name, _info }` (members add `identifier`); only what an SLA reads is kept.
const text = /* @__PURE__ */ built(() => z.string().check(z.maxLength(10_000)));
const date = /* @__PURE__ */ built(() => z.optional(z.nullable(z.string().check(z.maxLength(64)))));
const minutes = /* @__PURE__ */ built(() => z.optional(z.nullable(z.number())));
const ref = /* @__PURE__ */ built(() =>
  z.optional(
    z.nullable(
      z.object({
        id: z.optional(z.union([z.number(), z.string()])),
        identifier: z.optional(z.nullable(text)),
        name: z.optional(z.nullable(text)),
      }),
    ),
  ),
);

/**
 * The fields of a ConnectWise `/service/tickets` record the adapter reads (zod mini); others are
 * ignored.
 *
 * @example
 * connectwiseTicketSchema.safeParse(json).success;
 */
export const connectwiseTicketSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.union([z.number(), z.string()]),
    board: ref,
    status: ref,
    team: ref,
    owner: ref,
    priority: ref,
    company: ref,
    sla: ref,
    slaStatus: z.optional(z.nullable(text)),
    isInSla: z.optional(z.nullable(z.boolean())),
    closedFlag: z.optional(z.nullable(z.boolean())),
    dateResponded: date,
    dateResplan: date,
    dateResolved: date,
    respondMinutes: minutes,
    resPlanMinutes: minutes,
    resolveMinutes: minutes,
    respondedSkippedMinutes: minutes,
    resplanSkippedMinutes: minutes,
    _info: z.object({
      dateEntered: date,
      enteredBy: z.optional(z.nullable(text)),
    }),
  }),
);

/**
 * The fields of a ConnectWise `/system/audittrail?type=Ticket` entry the adapter reads.
 *
 * @example
 * connectwiseAuditSchema.safeParse([{ text: 'Status has been changed from "New" to "Open"', enteredDate: '2026-03-02T14:00:00Z' }]).success;
 */
export const connectwiseAuditSchema = /* @__PURE__ */ built(() =>
  z
    .array(
      z.object({
        text: z.string().check(z.maxLength(20_000)),
        enteredDate: z.string().check(z.maxLength(64)),
        enteredBy: z.optional(z.nullable(text)),
        auditType: z.optional(z.nullable(text)),
        auditSubType: z.optional(z.nullable(text)),
      }),
    )
    .check(z.maxLength(1_000_000)),
);

/** A ConnectWise ticket as the schema reads it. */
export type ConnectWiseTicketInput = z.infer<typeof connectwiseTicketSchema>;
/** A ConnectWise audit trail as the schema reads it. */
export type ConnectWiseAuditInput = z.infer<typeof connectwiseAuditSchema>;

// Bulk conversion reads a million audit entries; zod takes microseconds an object, so a
// hand-written check of the same rules, at most as lenient, lets valid input through first and
// zod runs only to say what is wrong (the property test holds the two together).
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const isOptText = (v: unknown, max: number) => v === undefined || v === null || isText(v, max);
const isOptNumber = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'number' && !Number.isNaN(v));
const isId = (v: unknown) => (typeof v === 'number' && !Number.isNaN(v)) || typeof v === 'string';
const isOptRef = (v: unknown) =>
  v === undefined ||
  v === null ||
  (isObject(v) &&
    (v.id === undefined || isId(v.id)) &&
    isOptText(v.identifier, 10_000) &&
    isOptText(v.name, 10_000));

/**
 * Whether `value` certainly passes {@link connectwiseTicketSchema}: a fast check for bulk input.
 *
 * @example
 * const ticket = isConnectWiseTicket(json) ? json : connectwiseTicketSchema.safeParse(json);
 */
export function isConnectWiseTicket(value: unknown): value is ConnectWiseTicketInput {
  if (!isObject(value) || !isId(value.id) || !isObject(value._info)) return false;
  const info = value._info;
  return (
    isOptText(info.dateEntered, 64) &&
    isOptText(info.enteredBy, 10_000) &&
    isOptRef(value.board) &&
    isOptRef(value.status) &&
    isOptRef(value.team) &&
    isOptRef(value.owner) &&
    isOptRef(value.priority) &&
    isOptRef(value.company) &&
    isOptRef(value.sla) &&
    isOptText(value.slaStatus, 10_000) &&
    (value.isInSla === undefined || value.isInSla === null || typeof value.isInSla === 'boolean') &&
    (value.closedFlag === undefined ||
      value.closedFlag === null ||
      typeof value.closedFlag === 'boolean') &&
    isOptText(value.dateResponded, 64) &&
    isOptText(value.dateResplan, 64) &&
    isOptText(value.dateResolved, 64) &&
    isOptNumber(value.respondMinutes) &&
    isOptNumber(value.resPlanMinutes) &&
    isOptNumber(value.resolveMinutes) &&
    isOptNumber(value.respondedSkippedMinutes) &&
    isOptNumber(value.resplanSkippedMinutes)
  );
}

/**
 * Whether `value` certainly passes {@link connectwiseAuditSchema}: a fast check for bulk input.
 *
 * @example
 * if (!isConnectWiseAudit(json)) report(connectwiseAuditSchema.safeParse(json));
 */
export function isConnectWiseAudit(value: unknown): value is ConnectWiseAuditInput {
  if (!Array.isArray(value) || value.length > 1_000_000) return false;
  for (const entry of value) {
    if (
      !isObject(entry) ||
      !isText(entry.text, 20_000) ||
      !isText(entry.enteredDate, 64) ||
      !isOptText(entry.enteredBy, 10_000) ||
      !isOptText(entry.auditType, 10_000) ||
      !isOptText(entry.auditSubType, 10_000)
    )
      return false;
  }
  return true;
}
