import type { Matrix } from '../matrix/model';
import type { TicketReading } from './ticket-reading';
import type { GreyZoneTicket, ReviewTicket } from './types';

// The grey zone: a party held a ticket's running clock although the matrix does not make it
// Responsible (Driver in DACI) for the ticket's row — or for any row of the ticket's category
// when only the category is known. Backup letters count as Responsible: covering is allowed.

function doersOf(matrix: Matrix, ticket: ReviewTicket): ReadonlySet<string> | undefined {
  const letter = matrix.variant === 'daci' ? 'D' : 'R';
  const rows =
    ticket.rowId !== undefined
      ? matrix.rows.filter((row) => row.id === ticket.rowId)
      : ticket.categoryId !== undefined
        ? matrix.rows.filter((row) => row.categoryId === ticket.categoryId)
        : [];
  if (rows.length === 0) return undefined;
  const doers = new Set<string>();
  for (const row of rows) {
    for (const [partyId, cell] of Object.entries(row.cells)) {
      if (cell.roles.includes(letter)) doers.add(partyId);
    }
  }
  return doers;
}

/** Grey-zone holdings, in ticket order, each with the minutes the party held the clock. */
export function greyZone(
  matrix: Matrix,
  tickets: ReadonlyMap<string, ReviewTicket>,
  readings: readonly TicketReading[],
): GreyZoneTicket[] {
  const found: GreyZoneTicket[] = [];
  // Tickets of one row (or category) share its doers: read each once.
  const known = new Map<string, ReadonlySet<string> | undefined>();
  for (const reading of readings) {
    const ticket = tickets.get(reading.ticketId);
    if (!ticket) continue;
    const key =
      ticket.rowId !== undefined ? `row:${ticket.rowId}` : `category:${ticket.categoryId}`;
    if (!known.has(key)) known.set(key, doersOf(matrix, ticket));
    const doers = known.get(key);
    if (!doers) continue;
    for (const { partyId, minutes } of reading.held) {
      if (minutes <= 0 || doers.has(partyId)) continue;
      found.push({
        ticketId: ticket.id,
        partyId,
        ...(ticket.rowId === undefined ? {} : { rowId: ticket.rowId }),
        ...(ticket.rowId === undefined && ticket.categoryId !== undefined
          ? { categoryId: ticket.categoryId }
          : {}),
        minutes,
      });
    }
  }
  return found;
}
