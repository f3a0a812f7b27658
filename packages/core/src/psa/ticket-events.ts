import type { Issue } from '../result';
import { MAX_TICKET_EVENTS, type TicketEvent, type TicketHistory } from '../sla/history';
import type { ReportBuilder } from './report';
import { eventId } from './text';

// What the three PSA ticket converters (ConnectWise, Autotask, HaloPSA) do alike once each has
// read its own trail: open the history, sort what it read, turn changes into events, close the
// history. Each converter keeps only what its PSA says differently.

type Path = readonly (string | number)[];

/**
 * The issue for a ticket without the date its history opens with (`path` is where that date
 * should be, e.g. `['ticket', '_info', 'dateEntered']`).
 *
 * @example
 * if (createdAt === undefined && issues.length === 0) issues.push(missingCreatedDate(['ticket', 'createDate']));
 */
export function missingCreatedDate(path: Path): Issue {
  return {
    path: [...path],
    code: 'missing_date',
    message: `The ticket has no ${path.slice(1).join('.')}; a history needs the moment it was created.`,
  };
}

/**
 * Sorts what a converter read into time order, in place, and says so in `inferred` when the PSA
 * did not give it in that order. The sort is stable: entries at one instant keep the PSA's order.
 *
 * @example
 * sortByTime(changes, report, ['audit'], 'The audit trail was not in time order; it was sorted.');
 */
export function sortByTime(
  read: { readonly at: number }[],
  report: ReportBuilder,
  path: Path,
  message: string,
): void {
  for (let i = 1; i < read.length; i++) {
    if ((read[i] as { at: number }).at < (read[i - 1] as { at: number }).at) {
      report.inferred.push({ path, message });
      read.sort((x, y) => x.at - y.at);
      return;
    }
  }
}

/**
 * Notes in `lost`, one item per field, the changes of fields no SLA reads (`counts`: field name
 * → how many).
 *
 * @example
 * noteUnreadFields(others, report, ['history']); // '2 changes of "Description", which no SLA reads; left out.'
 */
export function noteUnreadFields(
  counts: ReadonlyMap<string, number>,
  report: ReportBuilder,
  path: Path,
): void {
  for (const [field, count] of counts) {
    report.lost.push({
      path,
      message: `${count} change${count === 1 ? '' : 's'} of "${field}", which no SLA reads; left out.`,
    });
  }
}

/** The first state of a ticket: when it was entered, its priority, status, holder and author. */
export interface CreatedState {
  readonly at: number;
  readonly priority: string;
  readonly status?: string | undefined;
  readonly partyId?: string | undefined;
  readonly by?: string | undefined;
}

/**
 * Builds a ticket's history after `created`: status and priority changes, a hand-off whenever
 * the holder's party changes, and milestones. An event before creation — PSAs stamp a response
 * seconds before the entry date — is taken as at creation and reported in `inferred`. `history`
 * gives the events in time order (events at one instant keep the order they were added in), or
 * the issue of a history longer than a history may be.
 *
 * @example
 * const events = ticketEvents({ at: createdAt, priority: 'P2', partyId: 'msp' }, report);
 * events.change(at, 'status', 'In Progress', by, ['audit', 3]);
 * events.holder(at, 'internal-it', by, ['audit', 4]);
 * events.milestone(respondedAt, 'responded', ['ticket', 'dateResponded']);
 * const history = events.history(['audit'], 'The audit trail gives');
 */
export function ticketEvents(created: CreatedState, report: ReportBuilder) {
  const createdAt = created.at;
  const pending: { at: number; event: TicketEvent }[] = [];
  let partyId = created.partyId;
  const add = (at: number, event: TicketEvent, path: Path, what: string) => {
    if (at < createdAt) {
      const seconds = Math.round((createdAt - at) / 1000);
      report.inferred.push({
        path,
        message: `${what} is ${seconds} s before the ticket was entered; taken as at entry.`,
      });
      pending.push({ at: createdAt, event: { ...event, at: createdAt } as TicketEvent });
    } else pending.push({ at, event });
  };
  const byOf = (by: string | undefined) => (by === undefined ? {} : { by });
  return {
    /** A status or priority change to `to`; a change to nothing is noted in `lost`. */
    change(
      at: number,
      field: 'status' | 'priority',
      to: string | undefined,
      by: string | undefined,
      path: Path,
    ) {
      if (!to)
        report.lost.push({ path, message: `The ${field} was changed to nothing; left out.` });
      else if (field === 'status')
        add(at, { type: 'status', at, status: eventId(to), ...byOf(by) }, path, 'A status change');
      else
        add(
          at,
          { type: 'priority', at, priority: eventId(to), ...byOf(by) },
          path,
          'A priority change',
        );
    },
    /** The holder's party after a change of holder: a hand-off if it is another party. */
    holder(at: number, next: string | undefined, by: string | undefined, path: Path) {
      if (next === partyId) return;
      partyId = next;
      add(at, { type: 'assigned', at, partyId: next ?? null, ...byOf(by) }, path, 'A hand-off');
    },
    /** A milestone the ticket records as a date field (`field` names it in a report). */
    milestone(at: number, type: 'responded' | 'planned' | 'resolved', path: Path, field: string) {
      add(at, { type, at }, path, field);
    },
    /**
     * `created` and the events in time order; `gives` starts the message of a history that is
     * too long ("The audit trail gives").
     */
    history(
      path: Path,
      gives: string,
    ): { ok: true; history: TicketHistory } | { ok: false; issues: Issue[] } {
      pending.sort((x, y) => x.at - y.at);
      const first: TicketEvent = {
        type: 'created',
        at: createdAt,
        priority: eventId(created.priority),
        ...(created.status ? { status: eventId(created.status) } : {}),
        ...(created.partyId === undefined ? {} : { partyId: created.partyId }),
        ...byOf(created.by),
      };
      const history = [first, ...pending.map((p) => p.event)];
      if (history.length <= MAX_TICKET_EVENTS) return { ok: true, history };
      return {
        ok: false,
        issues: [
          {
            path: [...path],
            code: 'too_many_events',
            message: `${gives} ${history.length} events; a history holds at most ${MAX_TICKET_EVENTS}.`,
          },
        ],
      };
    },
  };
}
