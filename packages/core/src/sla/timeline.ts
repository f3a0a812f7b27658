import { closedFrom, openFrom } from './business-time';
import type { ClockPiece } from './measure';

/**
 * What a stretch of an SLA timeline shows: the clock counting, the calendar closed, a pause.
 *
 * @example
 * <div data-state={segment.state} />
 */
export type SlaSegmentState = 'open' | 'closed' | 'paused';

/**
 * One stretch of a clock's timeline, ready to draw: `[from, to)` in epoch ms, whether the clock
 * counted, who held the ticket and at what priority. `projected` marks the stretch from now to
 * the due time, assuming nothing changes.
 *
 * @example
 * const segment: SlaSegment = { from: 0, to: 3_600_000, state: 'open', priority: 'P2', partyId: 'msp-noc' };
 */
export interface SlaSegment {
  readonly from: number;
  readonly to: number;
  readonly state: SlaSegmentState;
  readonly priority: string;
  readonly partyId?: string;
  readonly projected?: true;
}

type Writable = { -readonly [key in keyof SlaSegment]: SlaSegment[key] };

/**
 * Splits clock pieces into timeline segments: paused pieces whole, running ones at each opening
 * and closing of their calendar; neighbours that look the same are joined.
 *
 * @example
 * timelineOf(pieces, dueAt); // [{ state: 'open', … }, { state: 'closed', … }, …]
 */
export function timelineOf(pieces: readonly ClockPiece[], projectTo?: number): SlaSegment[] {
  const segments: Writable[] = [];
  const push = (
    piece: ClockPiece,
    from: number,
    to: number,
    state: SlaSegmentState,
    projected: boolean,
  ) => {
    const previous = segments[segments.length - 1];
    if (
      previous &&
      previous.to === from &&
      previous.state === state &&
      previous.priority === piece.priority &&
      previous.partyId === piece.partyId &&
      (previous.projected === true) === projected
    ) {
      previous.to = to;
      return;
    }
    const segment: Writable = { from, to, state, priority: piece.priority };
    // Optional keys are left out rather than set to undefined: the segments are plain JSON.
    if (piece.partyId !== undefined) segment.partyId = piece.partyId;
    if (projected) segment.projected = true;
    segments.push(segment);
  };
  const split = (piece: ClockPiece, from: number, to: number, projected: boolean) => {
    if (piece.paused) {
      if (to > from) push(piece, from, to, 'paused', projected);
      return;
    }
    for (let t = from; t < to; ) {
      const opens = openFrom(piece.tables, t) ?? to;
      if (opens > t) {
        push(piece, t, Math.min(opens, to), 'closed', projected);
        t = Math.min(opens, to);
      } else {
        const closes = Math.min(closedFrom(piece.tables, t) ?? to, to);
        push(piece, t, closes, 'open', projected);
        t = closes;
      }
    }
  };
  for (const piece of pieces) split(piece, piece.from, piece.to, false);
  const last = pieces[pieces.length - 1];
  if (last && projectTo !== undefined) split(last, last.to, projectTo, true);
  return segments;
}
