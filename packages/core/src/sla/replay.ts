import { tandemError } from '../errors';
import type { TicketHistory } from './history';

// Replays a ticket's history up to `now` into pieces of constant state — priority, holder,
// paused, resolved — plus the instants of the milestones that stop or restart clocks. Every
// clock is then measured from these pieces, so nothing depends on what was computed before.

/** A stretch of a ticket's life in which nothing an SLA looks at changed. */
export interface TicketPiece {
  readonly from: number;
  readonly to: number;
  readonly priority: string;
  readonly partyId: string | undefined;
  readonly paused: boolean;
  readonly resolved: boolean;
}

/** A history as pieces, with the instants that stop and restart clocks. */
export interface Replay {
  readonly createdAt: number;
  readonly pieces: readonly TicketPiece[];
  /** The first `responded`, `planned` and `resolved` events up to now. */
  readonly firstResponse: number | undefined;
  readonly firstPlan: number | undefined;
  readonly firstResolution: number | undefined;
  /** Where the update cadence starts over: creation, every response, update and reopen. */
  readonly updateResets: readonly number[];
  /** The state at `now`. */
  readonly last: TicketPiece;
}

/**
 * Replays `history` up to `now` (later events are not known yet; a `now` before creation counts
 * as the creation instant).
 *
 * @example
 * replay([{ type: 'created', at: 0, priority: 'P2' }], ['waiting'], 3_600_000).pieces.length; // 1
 */
export function replay(history: TicketHistory, pauseStatuses: readonly string[], now: number) {
  const created = history[0];
  if (created?.type !== 'created') {
    throw tandemError(
      'E108',
      'a ticket history starts with its "created" event; parse it with parseTicketHistory.',
    );
  }
  const end = Math.max(now, created.at);
  // Plain locals and one object literal per piece (no closure over them): a single hidden
  // class keeps bulk runs fast.
  let from = created.at;
  let priority = created.priority;
  let partyId = created.partyId;
  let paused = created.status !== undefined && pauseStatuses.includes(created.status);
  let resolved = false;
  const pieces: TicketPiece[] = [];
  const resets = [created.at];
  let firstResponse: number | undefined;
  let firstPlan: number | undefined;
  let firstResolution: number | undefined;
  for (let k = 1; k < history.length; k++) {
    const event = history[k];
    if (!event || event.at > end) break;
    let nextPriority = priority;
    let nextParty = partyId;
    let nextPaused = paused;
    let nextResolved: boolean = resolved;
    switch (event.type) {
      case 'priority':
        nextPriority = event.priority;
        break;
      case 'status':
        nextPaused = pauseStatuses.includes(event.status);
        break;
      case 'assigned':
        nextParty = event.partyId ?? undefined;
        break;
      case 'resolved':
        firstResolution ??= event.at;
        nextResolved = true;
        break;
      case 'reopened':
        if (resolved) resets.push(event.at);
        nextResolved = false;
        break;
      case 'responded':
      case 'updated':
        if (event.type === 'responded') firstResponse ??= event.at;
        // Every response is an update for the cadence — while the ticket is open: one sent
        // after resolving must not start a cycle the resolved ticket cannot finish.
        if (!resolved) resets.push(event.at);
        break;
      case 'planned':
        firstPlan ??= event.at;
        break;
      case 'created':
        throw tandemError(
          'E108',
          'a ticket history has one "created" event; parse it with parseTicketHistory.',
        );
    }
    if (
      nextPriority !== priority ||
      nextParty !== partyId ||
      nextPaused !== paused ||
      nextResolved !== resolved
    ) {
      if (event.at > from) pieces.push({ from, to: event.at, priority, partyId, paused, resolved });
      from = event.at;
      priority = nextPriority;
      partyId = nextParty;
      paused = nextPaused;
      resolved = nextResolved;
    }
  }
  const last: TicketPiece = { from, to: end, priority, partyId, paused, resolved };
  pieces.push(last);
  return {
    createdAt: created.at,
    pieces,
    firstResponse,
    firstPlan,
    firstResolution,
    updateResets: resets,
    last,
  } satisfies Replay;
}
