import type { Issue } from '../../result';
import type { TicketHistory } from '../../sla/history';
import { type Holder, holderParty, unmappedNoter } from '../holder';
import { type PartyMapping, partyLookup } from '../party-mapping';
import { readDate } from '../read-date';
import {
  failed,
  guarded,
  newReport,
  type PsaResult,
  type ReportBuilder,
  readInputs,
} from '../report';
import { clip } from '../text';
import { missingCreatedDate, noteUnreadFields, sortByTime, ticketEvents } from '../ticket-events';
import { type AutotaskChange, readAutotaskHistory } from './history-entry';
import {
  type AutotaskHistoryInput,
  type AutotaskSlaResultsInput,
  type AutotaskTicketInput,
  autotaskHistorySchema,
  autotaskSlaResultsSchema,
  autotaskTicketSchema,
} from './schema';

/**
 * Labels of an Autotask instance's picklists and records, by id as text: what
 * `GET /Tickets/entityInformation/fields` lists as `picklistValues` (`value` → `label`) for
 * `status` and `priority`, and the names of queues, resources and roles. Ticket history entries
 * name values by label, tickets by id; the labels join the two.
 *
 * @example
 * const labels: AutotaskLabels = { statuses: { '1': 'New', '5': 'Complete', '7': 'Waiting Customer' }, priorities: { '1': 'High', '2': 'Medium' } };
 */
export interface AutotaskLabels {
  readonly statuses?: Readonly<Record<string, string>>;
  readonly priorities?: Readonly<Record<string, string>>;
  readonly queues?: Readonly<Record<string, string>>;
  readonly resources?: Readonly<Record<string, string>>;
  readonly roles?: Readonly<Record<string, string>>;
}

/**
 * Options of {@link autotaskTicketHistory}. `parties` maps resources (`members`: `'#<id>'` or
 * the resource's name, as history entries name it), roles (`teams`) and queues (`boards`) to
 * the matrix's parties. `timeZone` reads dates without an offset; Autotask's reference says
 * the API returns UTC, so by default they are read as UTC (and reported).
 *
 * @example
 * const options: AutotaskTicketOptions = { labels, parties: { members: { '#29682885': 'msp-noc' }, boards: { 'Client Portal': 'internal-it' } } };
 */
export interface AutotaskTicketOptions {
  readonly parties?: PartyMapping;
  readonly labels?: AutotaskLabels;
  readonly timeZone?: string;
}

/**
 * What Autotask itself recorded about a ticket's SLA, for comparison with Tandem's
 * recomputation: the due dates (epoch ms), `serviceLevelAgreementHasBeenMet`, and the ticket's
 * `ServiceLevelAgreementResults` entry (met flags, elapsed business hours) when given.
 *
 * @example
 * if (ticket.outcome.hasBeenMet === false) flag(ticket.id);
 */
export interface AutotaskOutcome {
  readonly serviceLevelAgreementId?: number;
  readonly hasBeenMet?: boolean;
  readonly pausedNextEventHours?: number;
  readonly firstResponseDueAt?: number;
  readonly resolutionPlanDueAt?: number;
  readonly resolvedDueAt?: number;
  readonly results?: {
    readonly slaName?: string;
    readonly firstResponseMet?: boolean;
    readonly resolutionPlanMet?: boolean;
    readonly resolutionMet?: boolean;
    readonly firstResponseElapsedHours?: number;
    readonly resolutionPlanElapsedHours?: number;
    readonly resolutionElapsedHours?: number;
  };
}

/**
 * An Autotask ticket in Tandem's terms: its history, what Autotask recorded, and attributes for
 * `selectSlaPolicy` (`sla`: the SLA id as text, `queue`: the queue's label or `#id`).
 *
 * @example
 * const sla = computeSla(selectSlaPolicy(policies, ticket.attributes) ?? fallback, ticket.history, Date.now());
 */
export interface AutotaskTicket {
  readonly id: string;
  readonly history: TicketHistory;
  readonly outcome: AutotaskOutcome;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Converts an Autotask ticket (`GET /v1.0/Tickets/{id}`, its `item`), its history
 * (`GET /v1.0/TicketHistory/query` with the one filter the API allows, `ticketID eq`, any
 * order) and optionally its `ServiceLevelAgreementResults` entry into an {@link AutotaskTicket}.
 * Never throws. Shapes follow Autotask's REST API reference (the Tickets, TicketHistory and
 * ServiceLevelAgreementResults entities); the corpus holds no recorded Autotask payloads.
 *
 * - `createDate` opens the history; the first status, priority and holder are the "from" values
 *   of the earliest history changes, else the ticket's current ones (by their labels).
 * - History changes of status, priority, primary resource, role and queue become `status`,
 *   `priority` and `assigned` events; the holder is the party of the resource, else the role,
 *   else the queue. `by` is the party of the entry's `resourceID`.
 * - `firstResponseDateTime`, `resolutionPlanDateTime` and `resolvedDateTime` become
 *   `responded`, `planned` and `resolved`; the `…DueDateTime` fields go to the outcome.
 * - Picklist ids without a label are kept as their id (`'7'`) and reported in `inferred`;
 *   reported in `lost`: other fields' changes, entries that are no change, repeats, unmapped
 *   resources, roles and queues.
 *
 * @example
 * const result = autotaskTicketHistory(ticketJson.item, historyJson.items, { labels, parties }, slaResultsJson.item);
 * if (result.ok) computeSla(policy, result.value.history, Date.now(), { calendars });
 */
export function autotaskTicketHistory(
  ticket: unknown,
  history: unknown,
  options: AutotaskTicketOptions = {},
  slaResults?: unknown,
): PsaResult<AutotaskTicket> {
  return guarded(() => {
    const read = readInputs({
      ticket: [autotaskTicketSchema, ticket],
      history: [autotaskHistorySchema, history ?? []],
      slaResults: [autotaskSlaResultsSchema, slaResults],
    });
    if (!read.ok) return read;
    const { values } = read;
    return convert(values.ticket, values.history, values.slaResults, options);
  });
}

interface Change {
  readonly at: number;
  readonly index: number;
  readonly change: AutotaskChange;
  readonly resourceID: number | null | undefined;
}

function convert(
  ticket: AutotaskTicketInput,
  entries: AutotaskHistoryInput,
  results: AutotaskSlaResultsInput,
  options: AutotaskTicketOptions,
): PsaResult<AutotaskTicket> {
  const report = newReport();
  const issues: Issue[] = [];
  const zone = options.timeZone ?? 'UTC';
  const date = (text: string, path: (string | number)[]) =>
    readDate(text, path, zone, issues, report);
  const createdAt = ticket.createDate
    ? date(ticket.createDate, ['ticket', 'createDate'])
    : undefined;
  if (createdAt === undefined && issues.length === 0)
    issues.push(missingCreatedDate(['ticket', 'createDate']));
  const changes: Change[] = [];
  const others = new Map<string, number>();
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const key = `${entry.date}\u0000${entry.resourceID ?? ''}\u0000${entry.action}\u0000${entry.detail ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      report.lost.push({
        path: ['history', index],
        message: `History entry ${index} repeats entry ${first}; left out.`,
      });
      return;
    }
    seen.set(key, index);
    const read = readAutotaskHistory(entry.action, entry.detail);
    if (read === undefined) {
      report.lost.push({
        path: ['history', index, 'action'],
        message: `"${clip(entry.action)}" is no field change; left out.`,
      });
      return;
    }
    if ('other' in read) {
      others.set(read.other, (others.get(read.other) ?? 0) + 1);
      return;
    }
    const at = date(entry.date, ['history', index, 'date']);
    if (at !== undefined) changes.push({ at, index, change: read, resourceID: entry.resourceID });
  });
  noteUnreadFields(others, report, ['history']);
  sortByTime(
    changes,
    report,
    ['history'],
    'The ticket history was not in time order; it was sorted.',
  );
  if (issues.length > 0 || createdAt === undefined) return failed(issues);

  const labels = options.labels ?? {};
  const label = labeller(labels, report);
  // The value before the earliest change of `field` ('' for none); undefined if none changed it.
  const firstOf = (field: AutotaskChange['field']) =>
    changes.find((c) => c.change.field === field)?.change.from;
  const priority = firstOf('priority') || label('priorities', ticket.priority, 'priority');
  const status = firstOf('status') || label('statuses', ticket.status, 'status');
  if (!priority) {
    return failed([
      {
        path: ['ticket', 'priority'],
        code: 'missing_priority',
        message: 'The ticket has no priority; SLA targets are by priority.',
      },
    ]);
  }
  const parties = partyLookup(options.parties);
  const note = unmappedNoter(report, WORDS, (kind) => ['ticket', FIELD_OF[kind]]);
  const ref = (table: keyof AutotaskLabels, id: number | null | undefined, named?: string) =>
    named !== undefined
      ? named === ''
        ? undefined
        : { name: named }
      : id == null
        ? undefined
        : { id, ...(labels[table]?.[String(id)] ? { name: labels[table]?.[String(id)] } : {}) };
  const holder: Holder = {
    member: ref('resources', ticket.assignedResourceID, firstOf('resource')),
    team: ref('roles', ticket.assignedResourceRoleID, firstOf('role')),
    board: ref('queues', ticket.queueID, firstOf('queue')),
  };
  const byOf = (resourceID: number | null | undefined, path: (string | number)[]) => {
    if (resourceID == null) return undefined;
    const who = { id: resourceID, name: labels.resources?.[String(resourceID)] };
    const party = parties.member(who);
    if (party === undefined) note('member', who, path);
    return party;
  };
  const events = ticketEvents(
    { at: createdAt, priority, status, partyId: holderParty(holder, parties, note) },
    report,
  );
  for (const { at, index, change, resourceID } of changes) {
    const path = ['history', index];
    const by = byOf(resourceID, [...path, 'resourceID']);
    if (change.field === 'status' || change.field === 'priority') {
      events.change(at, change.field, change.to, by, path);
      continue;
    }
    holder[KIND_OF[change.field]] = change.to ? { name: change.to } : undefined;
    events.holder(at, holderParty(holder, parties, note), by, path);
  }
  for (const [field, type] of MILESTONES) {
    const value = ticket[field];
    if (value == null) continue;
    const at = date(value, ['ticket', field]);
    if (at !== undefined) events.milestone(at, type, ['ticket', field], field);
  }
  const outcome = outcomeOf(ticket, results, date);
  if (issues.length > 0) return failed(issues);
  const built = events.history(['history'], 'The ticket history gives');
  if (!built.ok) return built;
  const attributes: Record<string, string> = {};
  if (ticket.serviceLevelAgreementID != null)
    attributes.sla = String(ticket.serviceLevelAgreementID);
  if (ticket.queueID != null)
    attributes.queue = labels.queues?.[String(ticket.queueID)] ?? `#${ticket.queueID}`;
  return {
    ok: true,
    value: { id: String(ticket.id), history: built.history, outcome, attributes },
    report,
  };
}

const WORDS = { member: 'resource', team: 'role', board: 'queue' } as const;
const FIELD_OF = {
  member: 'assignedResourceID',
  team: 'assignedResourceRoleID',
  board: 'queueID',
} as const;
const KIND_OF = { resource: 'member', role: 'team', queue: 'board' } as const;
const MILESTONES = [
  ['firstResponseDateTime', 'responded'],
  ['resolutionPlanDateTime', 'planned'],
  ['resolvedDateTime', 'resolved'],
] as const;

// A picklist id's label; an id without one is kept as its text and reported once.
function labeller(labels: AutotaskLabels, report: ReportBuilder) {
  const noted = new Set<string>();
  return (
    table: 'statuses' | 'priorities',
    id: number | null | undefined,
    field: 'status' | 'priority',
  ): string | undefined => {
    if (id == null) return undefined;
    const found = labels[table]?.[String(id)]?.trim();
    if (found) return found;
    if (!noted.has(`${table}${id}`)) {
      noted.add(`${table}${id}`);
      report.inferred.push({
        path: ['ticket', field],
        message: `The ${field} ${id} has no label in labels.${table}; it is kept as "${id}" (history entries name ${table} by label).`,
      });
    }
    return String(id);
  };
}

function outcomeOf(
  ticket: AutotaskTicketInput,
  results: AutotaskSlaResultsInput,
  date: (text: string, path: (string | number)[]) => number | undefined,
): AutotaskOutcome {
  const out: { -readonly [K in keyof AutotaskOutcome]: AutotaskOutcome[K] } = {};
  if (ticket.serviceLevelAgreementID != null)
    out.serviceLevelAgreementId = ticket.serviceLevelAgreementID;
  if (ticket.serviceLevelAgreementHasBeenMet != null)
    out.hasBeenMet = ticket.serviceLevelAgreementHasBeenMet;
  if (ticket.serviceLevelAgreementPausedNextEventHours != null)
    out.pausedNextEventHours = ticket.serviceLevelAgreementPausedNextEventHours;
  const due = (
    field: 'firstResponseDueDateTime' | 'resolutionPlanDueDateTime' | 'resolvedDueDateTime',
  ) => {
    const value = ticket[field];
    return value == null ? undefined : date(value, ['ticket', field]);
  };
  const firstResponseDueAt = due('firstResponseDueDateTime');
  const resolutionPlanDueAt = due('resolutionPlanDueDateTime');
  const resolvedDueAt = due('resolvedDueDateTime');
  if (firstResponseDueAt !== undefined) out.firstResponseDueAt = firstResponseDueAt;
  if (resolutionPlanDueAt !== undefined) out.resolutionPlanDueAt = resolutionPlanDueAt;
  if (resolvedDueAt !== undefined) out.resolvedDueAt = resolvedDueAt;
  if (results) {
    const r: Record<string, string | number | boolean> = {};
    if (results.serviceLevelAgreementName) r.slaName = results.serviceLevelAgreementName;
    if (results.isFirstResponseMet != null) r.firstResponseMet = results.isFirstResponseMet;
    if (results.isResolutionPlanMet != null) r.resolutionPlanMet = results.isResolutionPlanMet;
    if (results.isResolutionMet != null) r.resolutionMet = results.isResolutionMet;
    if (results.firstResponseElapsedHours != null)
      r.firstResponseElapsedHours = results.firstResponseElapsedHours;
    if (results.resolutionPlanElapsedHours != null)
      r.resolutionPlanElapsedHours = results.resolutionPlanElapsedHours;
    if (results.resolutionElapsedHours != null)
      r.resolutionElapsedHours = results.resolutionElapsedHours;
    out.results = r;
  }
  return out;
}
