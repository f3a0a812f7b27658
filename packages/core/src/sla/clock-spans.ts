import { openMs } from './business-time';
import type { ClockPiece } from './measure';
import type { TicketPiece } from './replay';

// Reading a clock's pieces (in time order) at an instant or over a span.

/** Open ms of `[a, b]` over the clock's pieces that are (or are not) paused. */
export function openIn(
  pieces: readonly ClockPiece[],
  a: number,
  b: number,
  paused: boolean,
): number {
  let ms = 0;
  for (let k = firstEndingAfter(pieces, a); k < pieces.length; k++) {
    const piece = pieces[k] as ClockPiece;
    if (piece.from >= b) break;
    if (piece.paused !== paused) continue;
    const from = Math.max(piece.from, a);
    const to = Math.min(piece.to, b);
    if (to > from) ms += openMs(piece.tables, from, to);
  }
  return ms;
}

/** The index of the first piece that ends after `t` (pieces are in time order). */
function firstEndingAfter(pieces: readonly { to: number }[], t: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((pieces[mid] as { to: number }).to <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Who held the ticket in the moment before `t`: whose time ran out at a breach. */
export function holderBefore(pieces: readonly TicketPiece[], t: number): string | undefined {
  const k = firstEndingAfter(pieces, t - 1);
  return (pieces[k] ?? pieces[pieces.length - 1])?.partyId;
}
