import type { Issue } from '../../result';
import type { TicketHistory } from '../../sla/history';
import { type Holder, holderParty, unmappedNoter } from '../holder';
import { type PartyLookup, type PartyMapping, partyLookup } from '../party-mapping';
import { readDate } from '../read-date';
import { failed, guarded, newReport, type PsaResult, readInputs } from '../report';
import { clip } from '../text';
import { missingCreatedDate, noteUnreadFields, sortByTime, ticketEvents } from '../ticket-events';
import { type AuditChange, readAuditText } from './audit';
import {
  type ConnectWiseAuditInput,
  type ConnectWiseTicketInput,
  connectwiseAuditSchema,
  connectwiseTicketSchema,
  isConnectWiseAudit,
  isConnectWiseTicket,
} from './ticket-schema';

/**
 * What ConnectWise itself recorded about a ticket's SLA, carried beside the history so a host can
 * compare it with Tandem's recomputation. `*Minutes` are ConnectWise's business minutes.
 *
 * @example
 * if (ticket.outcome.isInSla === false) flag(ticket.id);
 */
export interface ConnectWiseOutcome {
  readonly slaName?: string;
  readonly slaStatus?: string;
  readonly isInSla?: boolean;
  readonly respondMinutes?: number;
  readonly resPlanMinutes?: number;
  readonly resolveMinutes?: number;
  /** Minutes ConnectWise booked to a stage that was skipped (responded and planned at once). */
  readonly respondedSkippedMinutes?: number;
  readonly resplanSkippedMinutes?: number;
}

/**
 * A ConnectWise ticket in Tandem's terms: its event history (what `parseTicketHistory` accepts
 * and `computeSla` reads), the outcome ConnectWise recorded, and the attributes for choosing a
 * policy with `selectSlaPolicy` (`sla`, `board`, `company` by name).
 *
 * @example
 * const sla = computeSla(selectSlaPolicy(policies, ticket.attributes) ?? fallback, ticket.history, Date.now());
 */
export interface ConnectWiseTicket {
  readonly id: string;
  readonly history: TicketHistory;
  readonly outcome: ConnectWiseOutcome;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Options of {@link connectwiseTicketHistory}. `parties` maps members, teams and boards to the
 * matrix's parties. `timeZone` (IANA) reads audit dates written without an offset; without it
 * such a date is an issue, never a guess.
 *
 * @example
 * const options: ConnectWiseTicketOptions = { parties: { teams: { 'Network Security': 'msp-soc' } } };
 */
export interface ConnectWiseTicketOptions {
  readonly parties?: PartyMapping;
  readonly timeZone?: string;
}

// The holder as ConnectWise's audit trail names it: the owner's identifier, team and board names.
interface Names {
  owner: string;
  team: string;
  board: string;
}

/**
 * Converts a ConnectWise ticket (`GET /service/tickets/{id}`) and its audit trail
 * (`GET /system/audittrail?type=Ticket&id={id}`, any order) into a {@link ConnectWiseTicket}.
 * Never throws.
 *
 * - `_info.dateEntered` opens the history (there is no top-level `dateEntered`); the first
 *   priority, status and holder are the "from" values of the earliest audited changes, else the
 *   ticket's current ones.
 * - Audited status, priority, owner, team and board changes become `status`, `priority` and
 *   `assigned` events; the holder is the party of the owner, else of the team, else of the board
 *   (see {@link PartyMapping}). `by` is the party of the member who made the change.
 * - `dateResponded`, `dateResplan` and `dateResolved` become `responded`, `planned` and `resolved`.
 *   ConnectWise can stamp `dateResponded` seconds before the entry date; such milestones are
 *   taken as at entry and reported in `inferred`.
 * - Reported in `lost`: changes to fields an SLA does not read (one item per field), texts that
 *   are no change, duplicate entries, unmapped members, teams and boards.
 *
 * @example
 * const result = connectwiseTicketHistory(ticketJson, auditJson, { parties: mapping });
 * if (result.ok) computeSla(policy, result.value.history, Date.now(), { calendars });
 */
export function connectwiseTicketHistory(
  ticket: unknown,
  audit: unknown,
  options: ConnectWiseTicketOptions = {},
): PsaResult<ConnectWiseTicket> {
  return guarded(() => {
    const trail = audit ?? [];
    if (isConnectWiseTicket(ticket) && isConnectWiseAudit(trail)) {
      return convert(ticket, trail, options, partyLookup(options.parties));
    }
    const read = readInputs({
      ticket: [connectwiseTicketSchema, ticket],
      audit: [connectwiseAuditSchema, trail],
    });
    if (!read.ok) return read;
    return convert(read.values.ticket, read.values.audit, options, partyLookup(options.parties));
  });
}

// The conversion proper, on input the schemas have read.
function convert(
  ticket: ConnectWiseTicketInput,
  audit: ConnectWiseAuditInput,
  options: ConnectWiseTicketOptions,
  parties: PartyLookup,
): PsaResult<ConnectWiseTicket> {
  const report = newReport();
  const issues: Issue[] = [];
  const entered = ticket._info.dateEntered;
  const createdAt = entered
    ? readDate(entered, ['ticket', '_info', 'dateEntered'], options.timeZone, issues, report)
    : undefined;
  if (createdAt === undefined && issues.length === 0)
    issues.push(missingCreatedDate(['ticket', '_info', 'dateEntered']));
  const changes: { at: number; index: number; change: AuditChange; by: string | undefined }[] = [];
  const others = new Map<string, number>();
  // Entries by date: a repeat has the date of the entry it repeats, and dates are mostly
  // distinct, so the whole entry is compared only within a date.
  const byDate = new Map<string, number | Map<string, number>>();
  audit.forEach((entry, index) => {
    const first = repeated(byDate, audit, entry, index);
    if (first !== undefined) {
      report.lost.push({
        path: ['audit', index],
        message: `Audit entry ${index} repeats entry ${first}; left out.`,
      });
      return;
    }
    const read = readAuditText(entry.text);
    if (read === undefined) {
      report.lost.push({
        path: ['audit', index, 'text'],
        message: `"${clip(entry.text)}" is no field change; left out.`,
      });
      return;
    }
    if ('other' in read) {
      others.set(read.other, (others.get(read.other) ?? 0) + 1);
      return;
    }
    const at = readDate(
      entry.enteredDate,
      ['audit', index, 'enteredDate'],
      options.timeZone,
      issues,
      report,
    );
    if (at !== undefined)
      changes.push({ at, index, change: read, by: entry.enteredBy ?? undefined });
  });
  noteUnreadFields(others, report, ['audit']);
  sortByTime(changes, report, ['audit'], 'The audit trail was not in time order; it was sorted.');
  if (issues.length > 0 || createdAt === undefined) return failed(issues);

  const firstOf = (field: AuditChange['field']) =>
    changes.find((c) => c.change.field === field)?.change.from;
  const priority = firstOf('priority') || name(ticket.priority);
  const status = firstOf('status') || name(ticket.status);
  if (!priority) {
    return failed([
      {
        path: ['ticket', 'priority'],
        code: 'missing_priority',
        message: 'The ticket has no priority name; SLA targets are by priority.',
      },
    ]);
  }
  const unaudited = (['priority', 'status', 'owner'] as const).filter(
    (f) => firstOf(f) === undefined,
  );
  if (unaudited.length > 0) {
    report.inferred.push({
      path: ['audit'],
      message: `No audited change of ${unaudited.join(', ')}: the ticket's current value is taken as its first.`,
    });
  }
  const names: Names = {
    owner: firstOf('owner') ?? refText(ticket.owner),
    team: firstOf('team') ?? name(ticket.team),
    board: firstOf('board') ?? name(ticket.board),
  };
  const note = unmappedNoter(report, WORDS, (kind) => [
    'ticket',
    kind === 'member' ? 'owner' : kind,
  ]);
  const currentParty = () => holderParty(holderOf(names), parties, note);
  const byOf = (member: string | undefined) => {
    if (!member) return undefined;
    const ref = { identifier: member, name: member };
    const party = parties.member(ref);
    if (party === undefined) note('member', ref, ['audit']);
    return party;
  };
  const events = ticketEvents(
    {
      at: createdAt,
      priority,
      status,
      partyId: currentParty(),
      by: byOf(ticket._info.enteredBy ?? undefined),
    },
    report,
  );
  for (const { at, index, change, by: member } of changes) {
    const by = byOf(member);
    const path = ['audit', index];
    if (change.field === 'status' || change.field === 'priority') {
      events.change(at, change.field, change.to, by, path);
      continue;
    }
    names[change.field] = change.to;
    events.holder(at, currentParty(), by, path);
  }
  for (const [field, type] of MILESTONES) {
    const value = ticket[field];
    if (value == null) continue;
    const at = readDate(value, ['ticket', field], options.timeZone, issues, report);
    if (at !== undefined) events.milestone(at, type, ['ticket', field], field);
  }
  if (issues.length > 0) return failed(issues);
  const built = events.history(['audit'], 'The audit trail gives');
  if (!built.ok) return built;
  return {
    ok: true,
    value: {
      id: String(ticket.id),
      history: built.history,
      outcome: outcomeOf(ticket),
      attributes: attributesOf(ticket),
    },
    report,
  };
}

// The index of an earlier entry equal to `entry` (date, member and text), after noting `entry`
// under its date; `undefined` for a first occurrence. A date seen once holds that entry's index;
// from its second entry on, the date's entries are kept by member and text. The earliest equal
// entry is found either way: a repeat's own index is never noted.
function repeated(
  byDate: Map<string, number | Map<string, number>>,
  audit: ConnectWiseAuditInput,
  entry: ConnectWiseAuditInput[number],
  index: number,
): number | undefined {
  const date = entry.enteredDate;
  // A short trail (the usual ticket) is scanned: cheaper than hashing every date.
  if (audit.length <= 32) {
    for (let k = 0; k < index; k++) {
      const other = audit[k];
      if (other && other.enteredDate === date && sameEntry(other, entry)) return k;
    }
    return undefined;
  }
  let within = byDate.get(date);
  if (within === undefined) {
    byDate.set(date, index);
    return undefined;
  }
  if (typeof within === 'number') {
    const first = audit[within];
    within = new Map(first ? [[keyOf(first), within]] : []);
    byDate.set(date, within);
  }
  const key = keyOf(entry);
  const earlier = within.get(key);
  if (earlier !== undefined) return earlier;
  within.set(key, index);
  return undefined;
}

const sameEntry = (a: ConnectWiseAuditInput[number], b: ConnectWiseAuditInput[number]) =>
  a.text === b.text && (a.enteredBy ?? '') === (b.enteredBy ?? '');
const keyOf = (entry: ConnectWiseAuditInput[number]) =>
  `${entry.enteredBy ?? ''}\u0000${entry.text}`;

function outcomeOf(ticket: ConnectWiseTicketInput): ConnectWiseOutcome {
  const out: { -readonly [K in keyof ConnectWiseOutcome]: ConnectWiseOutcome[K] } = {};
  const sla = name(ticket.sla);
  if (sla) out.slaName = sla;
  if (ticket.slaStatus != null) out.slaStatus = ticket.slaStatus;
  if (ticket.isInSla != null) out.isInSla = ticket.isInSla;
  if (ticket.respondMinutes != null) out.respondMinutes = ticket.respondMinutes;
  if (ticket.resPlanMinutes != null) out.resPlanMinutes = ticket.resPlanMinutes;
  if (ticket.resolveMinutes != null) out.resolveMinutes = ticket.resolveMinutes;
  if (ticket.respondedSkippedMinutes != null)
    out.respondedSkippedMinutes = ticket.respondedSkippedMinutes;
  if (ticket.resplanSkippedMinutes != null)
    out.resplanSkippedMinutes = ticket.resplanSkippedMinutes;
  return out;
}

function attributesOf(ticket: ConnectWiseTicketInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['sla', 'board', 'company', 'team'] as const) {
    const value = name(ticket[key]);
    if (value) out[key] = value;
  }
  return out;
}

const WORDS = { member: 'member', team: 'team', board: 'board' } as const;
const MILESTONES = [
  ['dateResponded', 'responded'],
  ['dateResplan', 'planned'],
  ['dateResolved', 'resolved'],
] as const;

function holderOf(names: Names): Holder {
  return {
    member: names.owner ? { identifier: names.owner, name: names.owner } : undefined,
    team: names.team ? { name: names.team } : undefined,
    board: names.board ? { name: names.board } : undefined,
  };
}

const name = (ref: ConnectWiseTicketInput['status']) => ref?.name?.trim() ?? '';
const refText = (ref: ConnectWiseTicketInput['owner']) => ref?.identifier?.trim() || name(ref);
