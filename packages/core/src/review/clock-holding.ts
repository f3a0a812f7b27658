import type { Party } from '../matrix/model';
import type { TicketReading } from './ticket-reading';
import type { BoundaryCrossings, ClockHolding } from './types';

// Who held the clock over the period: each party's business minutes on the tickets' main
// clocks, the breaches on its watch, and the hand-offs between the two teams with their cost.

// One of four constant keys, not a string built per crossing.
const crossingKey = (from: 'internal' | 'provider', to: 'internal' | 'provider') =>
  from === 'internal'
    ? to === 'internal'
      ? 'internal>internal'
      : 'internal>provider'
    : to === 'internal'
      ? 'provider>internal'
      : 'provider>provider';

/**
 * Adds readings up as they come (`add`); `result` gives each party's holding, most minutes
 * first (then by id), the minutes nobody held, and the crossings between the teams.
 */
export function clockHolding(parties: readonly Party[]): {
  add(reading: TicketReading): void;
  result(): { byParty: ClockHolding[]; unassignedMinutes: number; crossings: BoundaryCrossings[] };
} {
  const sides = new Map(parties.map((party) => [party.id, party.side]));
  const byParty = new Map<
    string,
    { minutes: number; tickets: number; breaches: number; breachedTicketIds: string[] }
  >();
  const entry = (partyId: string) => {
    let held = byParty.get(partyId);
    if (!held) {
      held = { minutes: 0, tickets: 0, breaches: 0, breachedTicketIds: [] };
      byParty.set(partyId, held);
    }
    return held;
  };
  let unassignedMinutes = 0;
  type Crossing = { -readonly [K in keyof BoundaryCrossings]: BoundaryCrossings[K] } & {
    ticketIds: string[];
  };
  const crossings = new Map<string, Crossing>();
  const add = (reading: TicketReading) => {
    unassignedMinutes += reading.unassignedMinutes;
    for (const { partyId, minutes } of reading.held) {
      const held = entry(partyId);
      held.minutes += minutes;
      // A reading lists each party once, so counting readings counts tickets.
      held.tickets += 1;
    }
    for (const { partyId } of reading.breaches) {
      if (partyId === undefined) continue;
      const held = entry(partyId);
      held.breaches += 1;
      // Readings come one ticket at a time, so a repeat can only be the last id listed.
      if (held.breachedTicketIds.at(-1) !== reading.ticketId) {
        held.breachedTicketIds.push(reading.ticketId);
      }
    }
    for (const { from, to, minutes } of reading.crossings) {
      const key = crossingKey(from, to);
      let crossing = crossings.get(key);
      if (!crossing) {
        crossing = { from, to, count: 0, minutes: 0, ticketIds: [] };
        crossings.set(key, crossing);
      }
      crossing.count += 1;
      crossing.minutes += minutes;
      if (crossing.ticketIds.at(-1) !== reading.ticketId) crossing.ticketIds.push(reading.ticketId);
    }
  };
  const result = () => {
    const holdings = [...byParty].map(([partyId, held]): ClockHolding => {
      const side = sides.get(partyId);
      return {
        partyId,
        ...(side === undefined ? {} : { side }),
        minutes: held.minutes,
        tickets: held.tickets,
        breaches: held.breaches,
        breachedTicketIds: held.breachedTicketIds,
      };
    });
    holdings.sort((a, b) => b.minutes - a.minutes || (a.partyId < b.partyId ? -1 : 1));
    const order = (c: BoundaryCrossings) => (c.from === 'internal' ? 0 : 1);
    return {
      byParty: holdings,
      unassignedMinutes,
      crossings: [...crossings.values()].sort((a, b) => order(a) - order(b)),
    };
  };
  return { add, result };
}
