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
  const cut = (t: number) => {
    stretches.push({ from: start, to: t, partyId, paused: tracker.paused(), open });
    start = t;
  };
  const setStatus = (status: string | undefined, t: number, by: string | undefined) => {
    if (tracker.set(status, t, by)) resumes.push(t);
  };
  for (const event of history) {
    if (event.at > end) break;
    switch (event.type) {
      case 'created':
        partyId = event.partyId;
        setStatus(event.status, event.at, event.by);
        break;
      case 'assigned':
        cut(event.at);
        partyId = event.partyId ?? undefined;
        break;
      case 'status':
        cut(event.at);
        setStatus(event.status, event.at, event.by);
        break;
      case 'resolved':
        cut(event.at);
        open = false;
        break;
      case 'reopened':
        cut(event.at);
        open = true;
        break;
      default:
        break;
    }
  }
  cut(Math.max(end, start));
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
