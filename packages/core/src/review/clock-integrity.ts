import { closedFrom, openFrom, openMs } from '../sla/business-time';
import { type Calendar, tablesOf } from '../sla/calendar';
import type { Tables } from '../sla/chunk';
import { MINUTE } from '../sla/tz';
import type { TicketReading } from './ticket-reading';
import { holderAt, type TicketTimeline } from './ticket-timeline';
import type { ClockIntegrityFlag } from './types';

// Clock integrity: patterns in a ticket's history that make its SLA figures flatter (or harsher)
// than the work was. A `TicketHistory` has no "customer replied" event; the review reads the
// ticket leaving a pause status (what a PSA does when the customer answers a "waiting on
// customer" ticket) as the reply, so a pause set again within minutes of it is the pattern of
// a clock stopped by hand rather than by the customer.

/** What the checks of one ticket need besides the ticket. */
export interface IntegrityContext {
  /** A pause starting this many ms or fewer after a reply is flagged. */
  readonly pauseAfterReplyMs: number;
  /** Share (0–1) of the main clock's business time spent paused that flags a ticket. */
  readonly mostlyPausedShare: number;
  /** Each judged party's own calendar; parties left out (no calendar, or 24/7) are not judged. */
  readonly partyCalendars: ReadonlyMap<string, Calendar>;
}

/** The ticket's clock-integrity flags, in the order the checks are listed above. */
export function integrityFlags(
  ticketId: string,
  reading: TicketReading,
  timeline: TicketTimeline,
  clockCalendar: Calendar | undefined,
  context: IntegrityContext,
): ClockIntegrityFlag[] {
  const flags: ClockIntegrityFlag[] = [];
  const { pauses, resumes } = timeline;
  // A quick repause needs a resume before it: most tickets have none and stop here.
  let r = 0;
  for (const pause of resumes.length === 0 ? [] : pauses) {
    while (r + 1 < resumes.length && (resumes[r + 1] as number) <= pause.from) r++;
    const reply = resumes[r] as number;
    if (reply > pause.from || pause.from - reply > context.pauseAfterReplyMs) continue;
    const partyId = pause.by ?? holderAt(timeline, pause.from);
    flags.push({
      ticketId,
      kind: 'pause-after-reply',
      at: pause.from,
      minutes: (pause.from - reply) / MINUTE,
      ...(partyId === undefined ? {} : { partyId }),
    });
  }
  const life = reading.pausedMinutes + reading.runningMinutes;
  if (reading.pausedMinutes > 0 && reading.pausedMinutes >= life * context.mostlyPausedShare) {
    flags.push({
      ticketId,
      kind: 'mostly-paused',
      minutes: reading.pausedMinutes,
      share: reading.pausedMinutes / life,
    });
  }
  if (clockCalendar && context.partyCalendars.size > 0) {
    for (const [partyId, ms] of outsideHolderHours(timeline, clockCalendar, context)) {
      flags.push({ ticketId, kind: 'outside-holder-hours', partyId, minutes: ms / MINUTE });
    }
  }
  return flags;
}

/**
 * Per holder, the ms the clock ran (open, not paused, on its own calendar) while the holder's
 * own calendar was closed: the clock's open time over the stretch less its open time within
 * the holder's open intervals.
 */
function outsideHolderHours(
  timeline: TicketTimeline,
  clockCalendar: Calendar,
  context: IntegrityContext,
): Map<string, number> {
  const outside = new Map<string, number>();
  const clock = tablesOf(clockCalendar);
  for (const stretch of timeline.stretches) {
    if (!stretch.open || stretch.paused || stretch.to <= stretch.from) continue;
    if (stretch.partyId === undefined) continue;
    const own = context.partyCalendars.get(stretch.partyId);
    if (!own || own.id === clockCalendar.id) continue;
    const ms = closedOverlap(clock, tablesOf(own), stretch.from, stretch.to);
    if (ms > 0) outside.set(stretch.partyId, (outside.get(stretch.partyId) ?? 0) + ms);
  }
  return outside;
}

/** Open ms of `clock` in `[a, b)` while `own` is closed. */
function closedOverlap(clock: Tables, own: Tables, a: number, b: number): number {
  let ms = openMs(clock, a, b);
  let t = a;
  while (t < b) {
    const opens = openFrom(own, t);
    if (opens === undefined || opens >= b) break;
    const closes = Math.min(closedFrom(own, opens) ?? b, b);
    ms -= openMs(clock, opens, closes);
    t = closes;
  }
  return ms;
}
