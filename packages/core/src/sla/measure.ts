import { addMs, openMs } from './business-time';
import type { Tables } from './chunk';

/** A stretch of one clock: a ticket piece with the calendar and goal in force for the target. */
export interface ClockPiece {
  readonly from: number;
  readonly to: number;
  readonly paused: boolean;
  readonly priority: string;
  readonly partyId: string | undefined;
  readonly calendarId: string;
  readonly tables: Tables;
  /** The target in ms for the piece's priority; `Infinity` when that priority sets none. */
  readonly goal: number;
}

/** What a run of pieces adds up to. */
export interface Measure {
  /** Open ms counted while running. */
  readonly elapsed: number;
  /** For each fraction of the goal, the first instant it was reached (or will be, projected). */
  readonly reached: readonly (number | undefined)[];
}

/**
 * Counts open time over a clock's pieces and finds when each fraction of the goal is reached:
 * the first instant the time counted so far is at least the fraction of the goal *in force then*
 * — so a priority raised past the time already spent reaches it at the change, never before.
 * With `project`, the last piece is carried on forever to find instants still to come. With
 * `opens`, the open ms of each piece are appended to it (attribution shares them out by holder).
 *
 * @example
 * measure(pieces, [0.5, 1], true).reached; // [halfway instant, due instant]
 */
export function measure(
  pieces: readonly ClockPiece[],
  fractions: readonly number[],
  project: boolean,
  opens?: number[],
): Measure {
  let elapsed = 0;
  const count = fractions.length;
  // Made at its length (grown by push, it would make room for 17).
  const reached: (number | undefined)[] = new Array(count);
  for (let k = 0; k < count; k++) reached[k] = undefined;
  for (const piece of pieces) {
    const open = piece.paused ? 0 : openMs(piece.tables, piece.from, piece.to);
    opens?.push(open);
    for (let k = 0; k < count; k++) {
      if (reached[k] !== undefined) continue;
      const goal = Math.round(piece.goal * (fractions[k] as number));
      if (elapsed >= goal) reached[k] = piece.from;
      else if (open >= goal - elapsed) reached[k] = addMs(piece.tables, piece.from, goal - elapsed);
    }
    elapsed += open;
  }
  const last = pieces[pieces.length - 1];
  if (project && last && !last.paused) {
    for (let k = 0; k < count; k++) {
      const goal = Math.round(last.goal * (fractions[k] as number));
      if (reached[k] === undefined && goal < Number.POSITIVE_INFINITY) {
        reached[k] = elapsed >= goal ? last.to : addMs(last.tables, last.to, goal - elapsed);
      }
    }
  }
  return { elapsed, reached };
}
