import type { Queue, Routing } from '../escalation/model';
import type { Matrix, Row } from '../matrix/model';
import { isOpen } from '../sla/business-time';
import type { Calendar } from '../sla/calendar';
import type { AfterHoursTicket, ReviewTicket, UnroutedRow } from './types';

// Ownership gaps beyond the grey zone: matrix rows whose work the routing table never delivers
// to anyone who does it, and tickets that arrived after hours and sat with a party that does not
// cover the night.

/** The letter that makes a party do a row's work in the matrix's variant. */
export const doerLetter = (matrix: Matrix) => (matrix.variant === 'daci' ? 'D' : 'R');

/**
 * Rows the routing cannot send to a party Responsible for them. A rule can catch a row's
 * tickets when it names the row's category or leaves categories open; the default queue catches
 * everything. `no-route`: nothing catches the category. `no-responsible-route`: what catches
 * it goes to parties holding no Responsible letter (qualified ones count) on the row. Each row
 * lists the period's tickets of it as evidence.
 */
export function unroutedRows(
  matrix: Matrix,
  routing: Routing,
  tickets: readonly ReviewTicket[],
): UnroutedRow[] {
  const letter = doerLetter(matrix);
  const ticketsByRow = new Map<string, string[]>();
  for (const ticket of tickets) {
    if (ticket.rowId === undefined) continue;
    const list = ticketsByRow.get(ticket.rowId) ?? [];
    list.push(ticket.id);
    ticketsByRow.set(ticket.rowId, list);
  }
  const queuesOf = new Map<string, Queue[]>();
  const queuesFor = (categoryId: string) => {
    let queues = queuesOf.get(categoryId);
    if (!queues) {
      queues = routing.rules
        .filter((rule) => rule.when.categoryIds?.includes(categoryId) ?? true)
        .map((rule) => rule.queue);
      if (routing.default) queues.push(routing.default);
      queuesOf.set(categoryId, queues);
    }
    return queues;
  };
  const gaps: UnroutedRow[] = [];
  for (const row of matrix.rows) {
    const queues = queuesFor(row.categoryId);
    const partyIds = [...new Set(queues.map((queue) => queue.partyId))].sort();
    const doers = doersOf(row, letter);
    if (queues.length > 0 && partyIds.some((id) => doers.has(id))) continue;
    gaps.push({
      rowId: row.id,
      categoryId: row.categoryId,
      reason: queues.length === 0 ? 'no-route' : 'no-responsible-route',
      partyIds,
      ticketIds: ticketsByRow.get(row.id) ?? [],
    });
  }
  return gaps;
}

function doersOf(row: Row, letter: 'R' | 'D'): Set<string> {
  const doers = new Set<string>();
  for (const [partyId, cell] of Object.entries(row.cells)) {
    if (cell.roles.includes(letter)) doers.add(partyId);
  }
  return doers;
}

/**
 * The after-hours gap of one ticket, if it has one: created while `office` was closed and
 * held at that instant by a party whose calendar is not always open (`alwaysOpen` lists the
 * calendar ids that are; a party without a calendar does not cover the night).
 */
export function afterHoursGap(
  ticket: ReviewTicket,
  holder: string | undefined,
  office: Calendar,
  partyCalendarIds: ReadonlyMap<string, string | undefined>,
  alwaysOpen: ReadonlySet<string>,
): AfterHoursTicket | undefined {
  const at = ticket.history[0]?.at;
  if (at === undefined || holder === undefined || !partyCalendarIds.has(holder)) return undefined;
  const calendarId = partyCalendarIds.get(holder);
  if (calendarId !== undefined && alwaysOpen.has(calendarId)) return undefined;
  if (isOpen(office, at)) return undefined;
  return {
    ticketId: ticket.id,
    partyId: holder,
    at,
    ...(calendarId === undefined ? {} : { calendarId }),
  };
}
