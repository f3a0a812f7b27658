import type { PartySide } from '../matrix/model';
import type { SlaHandoff } from './attribution-types';
import type { TicketHistory } from './history';
import { pauseTracker } from './pause-spans';

// A ticket's history read as who held it when (tenures), its pauses and who did what, and from
// those the hand-offs across sides that the attribution of every clock measures.

interface Tenure {
  readonly partyId: string | undefined;
  readonly from: number;
  to: number;
  /** Who made the event that started it. */
  readonly by: string | undefined;
}

/** The history up to `end` as holder tenures, pauses and who did what when. */
export function scanHolders(history: TicketHistory, pauseStatuses: readonly string[], end: number) {
  const tenures: Tenure[] = [];
  const actions: { at: number; by: string }[] = [];
  const { pauses, set: setStatus } = pauseTracker(pauseStatuses);
  for (const event of history) {
    if (event.at > end) break;
    if (event.by !== undefined) actions.push({ at: event.at, by: event.by });
    if (event.type === 'created') {
      tenures.push({ partyId: event.partyId, from: event.at, to: end, by: event.by });
      setStatus(event.status, event.at, event.by);
    } else if (event.type === 'status') {
      setStatus(event.status, event.at, event.by);
    } else if (event.type === 'assigned') {
      const last = tenures[tenures.length - 1];
      const partyId = event.partyId ?? undefined;
      if (!last || last.partyId === partyId) continue;
      last.to = event.at;
      tenures.push({ partyId, from: event.at, to: end, by: event.by });
    }
  }
  return { tenures, pauses, actions };
}

export type Handoff = Omit<SlaHandoff, 'queueMinutes' | 'minutes'> & { readonly until: number };

/** Hand-offs between holders on different sides, skipping unassigned stretches between them. */
export function handoffsOf(
  tenures: readonly Tenure[],
  actions: readonly { at: number; by: string }[],
  sides: ReadonlyMap<string, PartySide | undefined>,
): Handoff[] {
  const handoffs: Handoff[] = [];
  let previous: { partyId: string; side: PartySide | undefined; release: Tenure } | undefined;
  // Tenures are in time order: the search for each one's first action starts where the last did.
  let first = 0;
  tenures.forEach((tenure, k) => {
    const partyId = tenure.partyId;
    if (partyId === undefined) return;
    const side = sides.get(partyId);
    const fromSide = previous?.side;
    if (previous && fromSide !== undefined && side !== undefined && fromSide !== side) {
      while (first < actions.length && (actions[first] as { at: number }).at < tenure.from) first++;
      let acted: { at: number } | undefined;
      for (let a = first; a < actions.length; a++) {
        const action = actions[a] as { at: number; by: string };
        if (action.at > tenure.to) break;
        if (action.by === partyId) {
          acted = action;
          break;
        }
      }
      const { release } = previous;
      handoffs.push({
        from: previous.partyId,
        to: partyId,
        fromSide,
        toSide: side,
        at: release.from,
        takenAt: tenure.from,
        actedAt: acted?.at ?? null,
        ...(release.by === undefined ? {} : { by: release.by }),
        until: acted?.at ?? tenure.to,
      });
    }
    const release = tenures[k + 1];
    previous = release ? { partyId, side, release } : undefined;
  });
  return handoffs;
}
