import type { TicketHistory } from '../sla/history';
import { type PauseSpan, pauseTracker } from '../sla/pause-spans';

// A ticket's history as consecutive stretches of one state — who held it, whether a pause
// status was set, whether it was open (not resolved) — read in one pass. The review's other
// questions (who held it when a clock stopped, how long it sat paused, whether its clock ran
// outside the holder's hours) are answered from these instead of re-reading the history.

/** `[from, to)` in epoch ms with the ticket's state over it. */
export interface Stretch {
  readonly from: number;
  readonly to: number;
  readonly partyId: string | undefined;
  readonly paused: boolean;
  readonly open: boolean;
}

export interface TicketTimeline {
  /** In time order, covering creation to `end`; stretches of zero length are kept (same instant). */
  readonly stretches: readonly Stretch[];
  readonly pauses: readonly PauseSpan[];
  /** When the ticket left a pause status for one that lets the clocks run. */
  readonly resumes: readonly number[];
}

/** The stretches and pauses of `history` up to `end` (events after it are not read). */
export function timelineOf(
  history: TicketHistory,
  pauseStatuses: readonly string[],
  end: number,
): TicketTimeline {
  const stretches: Stretch[] = [];
  const resumes: number[] = [];
  const tracker = pauseTracker(pauseStatuses);
  let start = history[0]?.at ?? end;
  let partyId: string | undefined;
  let open = true;
  // Plain loop and inline cuts, no closures: the review reads every ticket of a quarter.
  for (const event of history) {
    const t = event.at;
    if (t > end) break;
    const type = event.type;
    if (type === 'created') {
      partyId = event.partyId;
      if (tracker.set(event.status, t, event.by)) resumes.push(t);
      continue;
    }
    if (type !== 'assigned' && type !== 'status' && type !== 'resolved' && type !== 'reopened') {
      continue;
    }
    stretches.push({ from: start, to: t, partyId, paused: tracker.paused(), open });
    start = t;
    if (type === 'assigned') partyId = event.partyId ?? undefined;
    else if (type === 'status') {
      if (tracker.set(event.status, t, event.by)) resumes.push(t);
    } else open = type === 'reopened';
  }
  const last = Math.max(end, start);
  stretches.push({ from: start, to: last, partyId, paused: tracker.paused(), open });
  return { stretches, pauses: tracker.pauses, resumes };
}

/** The party holding the ticket at `t`: the holder of the last stretch starting at or before it. */
export function holderAt(timeline: TicketTimeline, t: number): string | undefined {
  const { stretches } = timeline;
  for (let k = stretches.length - 1; k >= 0; k--) {
    const stretch = stretches[k] as Stretch;
    if (stretch.from <= t) return stretch.partyId;
  }
  return stretches[0]?.partyId;
}
