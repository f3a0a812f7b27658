import type { PartySide } from '@tandem/core';
import type { TraceEntry } from '@tandem/core/escalation';
import type {
  CalendarSource,
  Instant,
  SlaPolicy,
  SlaTargetKind,
  TicketHistory,
} from '@tandem/core/sla';
import type { SlaMessageOverrides } from '../messages';
import type { TimeRange } from './time-scale';

/**
 * A party as the timeline names it; a matrix's parties fit as they are.
 *
 * @example
 * const party: SlaParty = { id: 'msp-noc', name: 'Northwind NOC', calendarId: '24x7' };
 */
export interface SlaParty {
  readonly id: string;
  readonly name?: string;
  readonly calendarId?: string;
  /** Internal, provider…: with sides, the "Held by" lane and summary show by default. */
  readonly side?: PartySide;
}

/**
 * Options of {@link useSlaTimeline}.
 *
 * @example
 * const options: UseSlaTimelineOptions = { policy, history, now: Date.UTC(2026, 2, 3, 15), calendars, parties };
 */
export interface UseSlaTimelineOptions {
  readonly policy: SlaPolicy;
  /** The ticket's events, `created` first; events after `now` are ignored. */
  readonly history: TicketHistory;
  /** The present. Pass it explicitly (and move it on with a timer) — nothing reads the clock. */
  readonly now: Instant;
  /** A registry, or plain calendar specs (what a server component can send). */
  readonly calendars?: CalendarSource | undefined;
  readonly parties?: readonly SlaParty[] | undefined;
  /** The trace of `simulateEscalation` for this ticket, drawn on the escalation lane. */
  readonly escalations?: readonly TraceEntry[] | undefined;
  /** The clock whose calendar shades the hours lane and names the axis zone; default resolution. */
  readonly focus?: SlaTargetKind | undefined;
  /** The visible range (controlled). */
  readonly range?: TimeRange | undefined;
  readonly defaultRange?: TimeRange | undefined;
  readonly onRangeChange?: ((range: TimeRange) => void) | undefined;
  /** The time cursor in epoch ms (controlled). */
  readonly cursor?: number | undefined;
  readonly defaultCursor?: number | undefined;
  readonly onCursorChange?: ((cursor: number) => void) | undefined;
  /**
   * BCP 47 locale for dates and times; by default the browser's, once hydrated — a server render
   * and hydration use `en-US`, so pass the visitor's locale to render it on the server too.
   */
  readonly locale?: string | undefined;
  /**
   * The viewer's IANA zone for the second axis row; by default the browser's, once hydrated — a
   * server render and hydration use the calendar's zone until then.
   */
  readonly viewerTimeZone?: string | undefined;
  /** The zone of the main axis; the focus clock's calendar's by default. */
  readonly timeZone?: string | undefined;
  readonly messages?: SlaMessageOverrides | undefined;
  /**
   * The "Held by" lane and summary: who held the running clock, pauses, shares and the breach's
   * watch. On by default when some party has a `side`; `false` leaves it out, `true` shows it
   * even without sides.
   */
  readonly heldBy?: boolean | undefined;
  /** Narrowest and widest visible span in ms; 15 minutes and four times the ticket by default. */
  readonly minSpan?: number | undefined;
  readonly maxSpan?: number | undefined;
}
