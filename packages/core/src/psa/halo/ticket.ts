import type { Issue } from '../../result';
import type { TicketHistory } from '../../sla/history';
import { type Holder, holderParty, unmappedNoter } from '../holder';
import { checkedTimeZone } from '../host-time-zone';
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
import { missingCreatedDate, sortByTime, ticketEvents } from '../ticket-events';
import {
  type HaloActionsInput,
  type HaloTicketInput,
  haloActionsSchema,
  haloTicketSchema,
} from './schema';
import { windowsTimeZone } from './windows-zone';

/**
 * Names of a HaloPSA instance's statuses, priorities and agents by id as text (`/api/Status`,
 * `/api/Priority`, `/api/Agent`); actions give status ids (sometimes with a name), tickets
 * give ids.
 *
 * @example
 * const labels: HaloLabels = { statuses: { '1': 'New', '2': 'In Progress', '4': 'On Hold', '9': 'Closed' } };
 */
export interface HaloLabels {
  readonly statuses?: Readonly<Record<string, string>>;
  readonly priorities?: Readonly<Record<string, string>>;
  readonly agents?: Readonly<Record<string, string>>;
}

/**
 * Options of {@link haloTicketHistory}. `parties` maps agents (`members`: `'#<agent id>'` or the
 * agent's name) and teams (`teams`, by name) to the matrix's parties. `timeZone` (IANA) reads
 * dates written without an offset; without it the ticket's `site_timezone` (a Windows name) is
 * mapped through CLDR and reported, and with neither such a date is an issue.
 *
 * @example
 * const options: HaloTicketOptions = { labels, parties: { teams: { '1st Line': 'msp-noc' } } };
 */
export interface HaloTicketOptions {
  readonly parties?: PartyMapping;
  readonly labels?: HaloLabels;
  readonly timeZone?: string;
}

/**
 * What HaloPSA recorded about a ticket's SLA: the due dates (epoch ms), whether response and
 * resolution were inside the SLA (`slaresponsestate`/`slastate`: `I` in, `O` out), hours on
 * hold, and whether the ticket is excluded from SLA.
 *
 * @example
 * if (ticket.outcome.responseInSla === false) flag(ticket.id);
 */
export interface HaloOutcome {
  readonly slaId?: number;
  readonly slaName?: string;
  readonly respondByAt?: number;
  readonly fixByAt?: number;
  readonly responseInSla?: boolean;
  readonly resolutionInSla?: boolean;
  readonly holdHours?: number;
  readonly excludedFromSla?: boolean;
}

/**
 * A HaloPSA ticket in Tandem's terms: its history, what Halo recorded, and attributes for
 * `selectSlaPolicy` (`sla`: the SLA id as text, `team`).
 *
 * @example
 * const sla = computeSla(selectSlaPolicy(policies, ticket.attributes) ?? fallback, ticket.history, Date.now());
 */
export interface HaloTicket {
  readonly id: string;
  readonly history: TicketHistory;
  readonly outcome: HaloOutcome;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Converts a HaloPSA ticket (`GET /api/Tickets/{id}`) and its actions
 * (`GET /api/Actions?ticket_id={id}`, any order) into a {@link HaloTicket}. Never throws.
 * Field names follow HaloPSA's API reference (its Tickets and Actions objects) and a ticket
 * Halo returned as published in public code; the corpus holds no recorded Halo payloads.
 *
 * - `dateoccurred` opens the history with the ticket's first status: none of the actions'
 *   statuses are "from" values, so the created status is `New` only if `labels.statuses['1']`
 *   says so — otherwise the current one (reported).
 * - An action's `new_status` (named by `new_status_name` or the labels), `new_priority`,
 *   `new_agent` and `new_team` become `status`, `priority` and `assigned` events at its
 *   `datetime` (else `actiondatetime`); the holder is the party of the agent, else of the team.
 *   `by` is the party of `who_agentid`.
 * - `responsedate` and `dateclosed` become `responded` and `resolved`.
 * - Reported in `lost`: actions that change nothing an SLA reads (a note), `new_slastatus`
 *   (Halo's own SLA state, which Tandem recomputes), on-hold flags without a status (Tandem
 *   pauses by status: name the hold statuses in the policy), repeats, unmapped agents and teams.
 *
 * @example
 * const result = haloTicketHistory(ticketJson, actionsJson.actions, { labels, parties });
 * if (result.ok) computeSla(policy, result.value.history, Date.now(), { calendars });
 */
export function haloTicketHistory(
  ticket: unknown,
  actions: unknown,
  options: HaloTicketOptions = {},
): PsaResult<HaloTicket> {
  return guarded(() => {
    const read = readInputs({
      ticket: [haloTicketSchema, ticket],
      actions: [haloActionsSchema, actions ?? []],
    });
    if (!read.ok) return read;
    return convert(read.values.ticket, read.values.actions, options);
  });
}

function zoneOf(
  ticket: HaloTicketInput,
  options: HaloTicketOptions,
  report: ReportBuilder,
  issues: Issue[],
): string | undefined {
  if (options.timeZone !== undefined) return checkedTimeZone(options.timeZone, issues);
  const windows = ticket.site_timezone?.trim();
  if (!windows) return undefined;
  const zone = windowsTimeZone(windows);
  if (zone === undefined) {
    report.lost.push({
      path: ['ticket', 'site_timezone'],
      message: `"${windows}" is no Windows time zone CLDR knows; dates without an offset need timeZone.`,
    });
    return undefined;
  }
  report.inferred.push({
    path: ['ticket', 'site_timezone'],
    message: `Dates without an offset are read in ${zone}, the site's zone ("${windows}"); pass timeZone if your instance writes them in UTC.`,
  });
  return zone;
}

function convert(
  ticket: HaloTicketInput,
  actions: HaloActionsInput,
  options: HaloTicketOptions,
): PsaResult<HaloTicket> {
  const report = newReport();
  const issues: Issue[] = [];
  const zone = zoneOf(ticket, options, report, issues);
  const date = (text: string, path: (string | number)[]) =>
    readDate(text, path, zone, issues, report);
  const createdAt = ticket.dateoccurred
    ? date(ticket.dateoccurred, ['ticket', 'dateoccurred'])
    : undefined;
  if (createdAt === undefined && issues.length === 0)
    issues.push(missingCreatedDate(['ticket', 'dateoccurred']));
  const labels = options.labels ?? {};
  const parties = partyLookup(options.parties);
  const note = unmappedNoter(report, WORDS, (kind) => [
    'ticket',
    kind === 'member' ? 'agent_id' : 'team',
  ]);
  const agentRef = (id: number) => ({ id, name: labels.agents?.[String(id)] });
  const seen = new Map<string, number>();
  const read: { at: number; index: number; action: HaloActionsInput[number] }[] = [];
  let slaStatuses = 0;
  actions.forEach((action, index) => {
    const when = action.datetime ?? action.actiondatetime;
    const key = JSON.stringify([
      action.id,
      when,
      action.who_agentid,
      action.new_status,
      action.new_agent,
      action.new_team,
      action.new_priority,
      action.outcome,
    ]);
    const first = seen.get(key);
    if (first !== undefined) {
      report.lost.push({
        path: ['actions', index],
        message: `Action ${index} repeats action ${first}; left out.`,
      });
      return;
    }
    seen.set(key, index);
    if (action.new_slastatus != null) slaStatuses++;
    const changes =
      action.new_status != null ||
      action.new_priority != null ||
      action.new_agent != null ||
      action.new_team != null;
    if (action.new_onhold != null && action.new_status == null)
      report.lost.push({
        path: ['actions', index, 'new_onhold'],
        message:
          'An on-hold flag without a status; Tandem pauses by status, so name the hold statuses in the policy.',
      });
    if (!changes) {
      report.lost.push({
        path: ['actions', index],
        message: `Action ${index}${action.outcome ? ` ("${action.outcome}")` : ''} changes nothing an SLA reads; left out.`,
      });
      return;
    }
    if (when == null) {
      issues.push({
        path: ['actions', index, 'datetime'],
        code: 'missing_date',
        message: `Action ${index} has no datetime.`,
      });
      return;
    }
    const at = date(when, [
      'actions',
      index,
      action.datetime == null ? 'actiondatetime' : 'datetime',
    ]);
    if (at !== undefined) read.push({ at, index, action });
  });
  if (slaStatuses > 0)
    report.lost.push({
      path: ['actions'],
      message: `${slaStatuses} action${slaStatuses === 1 ? "'s" : "s'"} new_slastatus (HaloPSA's own SLA state) not carried; Tandem recomputes it.`,
    });
  sortByTime(read, report, ['actions'], 'The actions were not in time order; they were sorted.');
  if (issues.length > 0 || createdAt === undefined) return failed(issues);

  const statusOf = (id: number, name: string | null | undefined, path: (string | number)[]) => {
    const label = name?.trim() || labels.statuses?.[String(id)]?.trim();
    if (label) return label;
    report.inferred.push({
      path,
      message: `Status ${id} has no name in labels.statuses; it is kept as "${id}".`,
    });
    return String(id);
  };
  const priorityOf = (id: number | null | undefined, path: (string | number)[]) => {
    if (id == null) return undefined;
    const label = labels.priorities?.[String(id)]?.trim();
    if (label) return label;
    report.inferred.push({
      path,
      message: `Priority ${id} has no name in labels.priorities; it is kept as "${id}".`,
    });
    return String(id);
  };
  const firstPriority = read.find((r) => r.action.new_priority != null);
  const priority =
    ticket.priority?.name?.trim() && !firstPriority
      ? ticket.priority.name.trim()
      : priorityOf(ticket.priority_id, ['ticket', 'priority_id']);
  if (!priority) {
    return failed([
      {
        path: ['ticket', 'priority_id'],
        code: 'missing_priority',
        message: 'The ticket has no priority; SLA targets are by priority.',
      },
    ]);
  }
  if (firstPriority)
    report.inferred.push({
      path: ['actions', firstPriority.index, 'new_priority'],
      message:
        'Actions give no priority before a change; the ticket was taken as created on its current priority.',
    });
  const firstStatus = read.find((r) => r.action.new_status != null);
  const status = firstStatus
    ? labels.statuses?.['1']?.trim()
    : ticket.status_id == null
      ? undefined
      : statusOf(ticket.status_id, undefined, ['ticket', 'status_id']);
  if (firstStatus && status)
    report.inferred.push({
      path: ['ticket', 'status_id'],
      message: `Actions give no status before the first change; the ticket is taken as created in status 1 ("${status}"), Halo's first.`,
    });
  if (firstStatus && !status)
    report.lost.push({
      path: ['ticket', 'status_id'],
      message:
        'Actions give no status before a change and labels.statuses has no "1"; the created event has no status.',
    });
  // The first holder: actions say only what an agent or team became, so the ticket's current
  // one stands for the time before the first change of each (reported).
  const firstAgent = read.find((r) => r.action.new_agent != null);
  const firstTeam = read.find((r) => r.action.new_team != null);
  const holder: Holder = {
    member: firstAgent || !ticket.agent_id ? undefined : agentRef(ticket.agent_id),
    team: firstTeam || !ticket.team?.trim() ? undefined : { name: ticket.team.trim() },
  };
  if (firstAgent || firstTeam)
    report.inferred.push({
      path: ['actions'],
      message:
        'Actions give no holder before the first agent or team change; the ticket is taken as unassigned until then.',
    });
  const events = ticketEvents(
    { at: createdAt, priority, status, partyId: holderParty(holder, parties, note) },
    report,
  );
  for (const { at, index, action } of read) {
    const path = ['actions', index];
    let by: string | undefined;
    if (action.who_agentid != null) {
      const who = agentRef(action.who_agentid);
      by = parties.member(who);
      if (by === undefined) note('member', who, [...path, 'who_agentid']);
    }
    if (action.new_status != null) {
      const label = statusOf(action.new_status, action.new_status_name, [...path, 'new_status']);
      events.change(at, 'status', label, by, path);
    }
    const p = priorityOf(action.new_priority, [...path, 'new_priority']);
    if (p) events.change(at, 'priority', p, by, path);
    if (action.new_agent != null)
      holder.member = action.new_agent > 0 ? agentRef(action.new_agent) : undefined;
    if (action.new_team != null)
      holder.team = action.new_team.trim() ? { name: action.new_team.trim() } : undefined;
    events.holder(at, holderParty(holder, parties, note), by, path);
  }
  for (const [field, type] of MILESTONES) {
    const value = ticket[field];
    if (value == null) continue;
    const at = date(value, ['ticket', field]);
    if (at !== undefined) events.milestone(at, type, ['ticket', field], field);
  }
  const outcome = outcomeOf(ticket, date);
  if (issues.length > 0) return failed(issues);
  const built = events.history(['actions'], 'The actions give');
  if (!built.ok) return built;
  const history = built.history;
  const attributes: Record<string, string> = {};
  if (ticket.sla_id != null) attributes.sla = String(ticket.sla_id);
  if (ticket.team?.trim()) attributes.team = ticket.team.trim();
  return { ok: true, value: { id: String(ticket.id), history, outcome, attributes }, report };
}

const WORDS = { member: 'agent', team: 'team', board: 'board' } as const;
const MILESTONES = [
  ['responsedate', 'responded'],
  ['dateclosed', 'resolved'],
] as const;

// Halo writes SLA states as "I" (inside) and "O" (outside); anything else says nothing.
const inSla = (state: string | null | undefined) =>
  state === 'I' ? true : state === 'O' ? false : undefined;

function outcomeOf(
  ticket: HaloTicketInput,
  date: (text: string, path: (string | number)[]) => number | undefined,
): HaloOutcome {
  const out: { -readonly [K in keyof HaloOutcome]: HaloOutcome[K] } = {};
  if (ticket.sla_id != null) out.slaId = ticket.sla_id;
  if (ticket.sla_name?.trim()) out.slaName = ticket.sla_name.trim();
  const respondBy = ticket.respondbydate
    ? date(ticket.respondbydate, ['ticket', 'respondbydate'])
    : undefined;
  const fixBy = ticket.fixbydate ? date(ticket.fixbydate, ['ticket', 'fixbydate']) : undefined;
  if (respondBy !== undefined) out.respondByAt = respondBy;
  if (fixBy !== undefined) out.fixByAt = fixBy;
  const response = inSla(ticket.slaresponsestate);
  const resolution = inSla(ticket.slastate);
  if (response !== undefined) out.responseInSla = response;
  if (resolution !== undefined) out.resolutionInSla = resolution;
  if (ticket.slaholdtime != null) out.holdHours = ticket.slaholdtime;
  if (ticket.excludefromsla != null) out.excludedFromSla = ticket.excludefromsla;
  return out;
}
