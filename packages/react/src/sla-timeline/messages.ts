import type { PartySide } from '@tandem/core';
import type { SlaSegmentState, SlaState, SlaTargetKind } from '@tandem/core/sla';
import { type MessageOverrides, mergeMessages } from '../messages/merge-messages';
import type { PresenceMessages } from '../presence/presence-messages';
import { englishSlaMessages } from './english-messages';
import type { ActivityMark, EscalationMark } from './model/timeline-model';

// Every string the SLA timeline and queue show or announce, in one object hosts can override
// piece by piece. Functions get words (names, formatted times), never ids, so a translation can
// put them in any order.

/**
 * One clock at the cursor, in words for {@link SlaMessages.moment}.
 *
 * @example
 * const clock: MomentClockWords = { name: 'Resolution', state: 'running', stateName: 'running', percent: 45, remainingMinutes: 260 };
 */
export interface MomentClockWords {
  readonly name: string;
  readonly state: SlaState;
  readonly stateName: string;
  readonly percent: number;
  /** Business minutes left; negative once over. */
  readonly remainingMinutes: number;
}

/**
 * The SLA at the cursor, in words: what the live region announces and the readout shows.
 *
 * @example
 * const words: MomentWords = { time: 'Tue 3 Mar, 14:30', zone: 'EST', viewerTime: '19:30', beforeCreated: false, projected: false, clocks: [], holder: 'Northwind NOC' };
 */
export interface MomentWords {
  readonly time: string;
  readonly zone: string;
  readonly viewerTime: string;
  readonly beforeCreated: boolean;
  readonly projected: boolean;
  readonly clocks: readonly MomentClockWords[];
  readonly holder: string;
  readonly step?: string;
}

/**
 * One stretch of an SLA clock, in words for {@link SlaMessages.segment}.
 *
 * @example
 * const words: SegmentWords = { clock: 'Resolution', state: 'Counting', breach: undefined, priority: 'P2', party: 'Internal IT' };
 */
export interface SegmentWords {
  readonly clock: string;
  /** The stretch's state: counting, outside hours or paused. */
  readonly state: string;
  /** {@link SlaMessages.breachStretch} of the clock once it is breached, else undefined. */
  readonly breach: string | undefined;
  readonly priority: string;
  readonly party: string;
}

/**
 * Every string of `<SlaTimeline>` and `<SlaQueue>`. Pass any subset as `messages`.
 *
 * @example
 * const messages: Partial<SlaMessages> = { zoomIn: 'Agrandir', zoomOut: 'Réduire' };
 */
export interface SlaMessages extends PresenceMessages {
  clockName: Readonly<Record<SlaTargetKind, string>>;
  clockState: Readonly<Record<SlaState, string>>;
  segmentState: Readonly<Record<SlaSegmentState, string>>;
  /** A party's display name; `name` is the host's (a matrix party's), if known. */
  party: (partyId: string | undefined, name: string | undefined) => string;
  /** A calendar's display name; `name` is the spec's own, if any. */
  calendar: (calendarId: string, name: string | undefined) => string;
  /** A span of (business) minutes; the sign is the caller's to show. */
  duration: (minutes: number) => string;
  /** A share of a target, such as a threshold's "75 %". */
  percent: (value: number) => string;
  timelineLabel: string;
  lanes: Readonly<Record<'hours' | 'holder' | 'activity' | 'escalation', string>>;
  /** Axis row headers: `city` from the IANA id, `zone` its short name ("EST"). */
  calendarAxis: (city: string, zone: string) => string;
  viewerAxis: (city: string, zone: string) => string;
  now: string;
  toolbarLabel: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  earlier: string;
  later: string;
  goToNow: string;
  visibleRange: (from: string, to: string) => string;
  cursorLabel: string;
  cursorInstructions: string;
  /** The slider's `aria-valuetext`. */
  cursorValue: (time: string, zone: string) => string;
  /** A moment with its zone's short name, in the readout, the tooltips and the tables. */
  timeInZone: (time: string, zone: string) => string;
  /** A tooltip's moment: the calendar's reading, then the viewer's when their zones differ. */
  bothZones: (calendar: string, viewer: string) => string;
  /** A tooltip's stretch of time, both ends already formatted. */
  stretch: (from: string, to: string) => string;
  /** The length of a local day that is not 24 hours long (a DST day has 23 or 25). */
  dayLength: (hours: number) => string;
  /**
   * The date row's label for such a day; `length` is {@link SlaMessages.dayLength}'s text, and
   * is highlighted wherever it appears in the label.
   */
  dayLabel: (date: string, length: string) => string;
  /** The tooltip of such a day. */
  dayTip: (date: string, length: string) => string;
  /** A clock lane's row header. */
  clockLaneLabel: (clock: string, state: string) => string;
  /**
   * A clock's chip in the readout: `remaining` is the time left, or past the target when
   * `over`; undefined once the clock is met.
   */
  clockChip: (clock: string, state: string, remaining: string | undefined, over: boolean) => string;
  /** The readout's holder chip and the holder lane's tooltip; `label` is `lanes.holder`. */
  heldBy: (label: string, party: string) => string;
  /** The first line of a clock stretch's tooltip. */
  segment: (words: SegmentWords) => string;
  /** The readout and the announcement after every cursor move. */
  moment: (words: MomentWords) => string;
  noTargets: (priority: string) => string;
  threshold: (clock: string, percent: number) => string;
  due: (clock: string) => string;
  breachedAt: (clock: string) => string;
  stoppedAt: (clock: string, late: boolean) => string;
  holiday: (name: string | undefined, closed: boolean) => string;
  closedHours: (calendar: string) => string;
  openHours: (calendar: string) => string;
  breachStretch: (clock: string) => string;
  activity: (
    type: ActivityMark['type'],
    details: { priority?: string; party?: string; status?: string },
  ) => string;
  /** An escalation entry; `reason` is the simulation's own (English) text, empty in announcements. */
  escalation: (kind: EscalationMark['kind'], parties: readonly string[], reason: string) => string;
  /** Marks a text about the future: what happens if nothing changes. */
  projected: (text: string) => string;
  projectedBadge: string;
  clocksCaption: string;
  eventsCaption: string;
  /** The table of the calendar's open and closed hours, holidays and DST days. */
  hoursCaption: string;
  columns: Readonly<
    Record<
      | 'clock'
      | 'state'
      | 'target'
      | 'started'
      | 'due'
      | 'stopped'
      | 'used'
      | 'remaining'
      | 'time'
      | 'viewerTime'
      | 'event'
      | 'until'
      | 'hours',
      string
    >
  >;
  queueLabel: string;
  filtersLabel: string;
  partyFilter: string;
  priorityFilter: string;
  /** A filter chip's text with the number of tickets it matches. */
  filterOption: (name: string, count: number) => string;
  queueColumns: Readonly<
    Record<'ticket' | 'priority' | 'holder' | 'state' | 'timeToBreach' | 'timeline', string>
  >;
  /** Wall-clock minutes to the next breach (negative: since it breached). */
  timeToBreach: (minutes: number) => string;
  pausedRemaining: (minutes: number) => string;
  /** A row's SLA chip: its state, and the clock it is about when there is one. */
  queueState: (state: string, clock: string | undefined) => string;
  closed: string;
  shownCount: (shown: number, total: number) => string;
  noTickets: string;
  openTicket: (title: string) => string;
  close: string;
  /** The "Held by" summary's heading and table caption, for the clock it is about. */
  heldSummary: (clock: string) => string;
  /** One party's share of the clock's running business time: percent and duration. */
  heldShare: (party: string, percent: number, duration: string) => string;
  /** The share nobody held. */
  unassignedShare: (percent: number, duration: string) => string;
  /** Whose watch a breach happened on; `party` is {@link SlaMessages.party}'s name (nobody: unassigned). */
  breachedOnWatch: (clock: string, party: string) => string;
  /** A paused stretch of the "Held by" lane: the pausing status and who set it, when known. */
  heldPaused: (status: string | undefined, by: string | undefined) => string;
  /** The sides of the internal/MSP boundary, as the "Held by" lane and table name them. */
  sides: Readonly<Record<PartySide, string>>;
  heldColumns: Readonly<Record<'party' | 'side' | 'minutes' | 'share', string>>;
}

export { englishSlaMessages };

/**
 * What a host may pass as `messages`: any subset, nested records included.
 *
 * @example
 * const overrides: SlaMessageOverrides = { clockName: { resolution: 'Résolution' }, zoomIn: 'Agrandir' };
 */
export type SlaMessageOverrides = MessageOverrides<SlaMessages>;

/**
 * Merges a host's overrides over the English defaults, nested records key by key.
 *
 * @example
 * resolveSlaMessages({ clockName: { plan: 'Action plan' } }).clockName.response; // 'Response'
 */
export function resolveSlaMessages(overrides: SlaMessageOverrides | undefined): SlaMessages {
  return mergeMessages(englishSlaMessages, overrides);
}
