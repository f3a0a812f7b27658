import type { Matrix } from '../matrix/model';
import { doerLetter } from './ownership-gaps';
import type { TicketReading } from './ticket-reading';
import type { GreyZoneTicket, ReviewTicket } from './types';

// The grey zone: a party held a ticket's running clock although the matrix does not make it
// Responsible (Driver in DACI) for the ticket's row — or for any row of the ticket's category
// when only the category is known. Backup letters count as Responsible: covering is allowed.

function doersOf(matrix: Matrix, ticket: ReviewTicket): ReadonlySet<string> | undefined {
  const letter = doerLetter(matrix);
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

/** Collects grey-zone holdings ticket by ticket, in the order given, with the minutes held. */
export function greyZone(matrix: Matrix): {
  add(ticket: ReviewTicket, reading: TicketReading): void;
  readonly found: readonly GreyZoneTicket[];
} {
  const found: GreyZoneTicket[] = [];
  // Tickets of one row (or category) share its doers: read each once.
  const byRow = new Map<string, ReadonlySet<string> | undefined>();
  const byCategory = new Map<string | undefined, ReadonlySet<string> | undefined>();
  const add = (ticket: ReviewTicket, reading: TicketReading) => {
    const known = ticket.rowId !== undefined ? byRow : byCategory;
    const key = ticket.rowId ?? ticket.categoryId;
    let doers = known.get(key as string);
    if (doers === undefined && !known.has(key as string)) {
      doers = doersOf(matrix, ticket);
      known.set(key as string, doers);
    }
    if (!doers) return;
    for (const { partyId, minutes } of reading.held) {
      if (minutes <= 0 || doers.has(partyId)) continue;
      const { id: ticketId, rowId, categoryId } = ticket;
      // Literals, not spreads: a quarter can hold a hundred thousand of these.
      found.push(
        rowId !== undefined
          ? { ticketId, partyId, rowId, minutes }
          : categoryId !== undefined
            ? { ticketId, partyId, categoryId, minutes }
            : { ticketId, partyId, minutes },
      );
    }
  };
  return { add, found };
}
