import type { SlaSegmentState, SlaState, SlaTargetKind } from '@tandem/core/sla';
import { type MessageOverrides, mergeMessages } from '../messages/merge-messages';
import type { ActivityMark, EscalationMark } from './timeline-model';

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
 * Every string of `<SlaTimeline>` and `<SlaQueue>`. Pass any subset as `messages`.
 *
 * @example
 * const messages: Partial<SlaMessages> = { zoomIn: 'Agrandir', zoomOut: 'Réduire' };
 */
export interface SlaMessages {
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
  pausedStretch: string;
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
  showTable: string;
  clocksCaption: string;
  eventsCaption: string;
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
      | 'event',
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
  closed: string;
  shownCount: (shown: number, total: number) => string;
  noTickets: string;
  openTicket: (title: string) => string;
  close: string;
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function englishDuration(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m} min`;
  // Past ten hours the minutes are noise.
  return m === 0 || h >= 10 ? `${number.format(h)} h` : `${number.format(h)} h ${m} min`;
}

function clockWords(clock: MomentClockWords): string {
  const used = `${number.format(clock.percent)} % used`;
  if (clock.state === 'paused') {
    return `${clock.name}: paused, ${used}, ${englishDuration(clock.remainingMinutes)} left`;
  }
  if (clock.state === 'met') return `${clock.name}: met`;
  if (clock.remainingMinutes < 0) {
    return `${clock.name}: ${clock.stateName}, ${englishDuration(clock.remainingMinutes)} over`;
  }
  return `${clock.name}: ${clock.stateName}, ${used}, ${englishDuration(clock.remainingMinutes)} left`;
}

const ACTIVITY: Readonly<Record<ActivityMark['type'], string>> = {
  created: 'Created',
  priority: 'Priority changed',
  assigned: 'Assigned',
  paused: 'Clocks paused',
  resumed: 'Clocks resumed',
  status: 'Status changed',
  responded: 'First response sent',
  planned: 'Plan delivered',
  updated: 'Customer updated',
  resolved: 'Resolved',
  reopened: 'Reopened',
};

const ESCALATION: Readonly<Record<EscalationMark['kind'], string>> = {
  routed: 'Routed to',
  assigned: 'Assigned to',
  notified: 'Notified',
  escalated: 'Escalated',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
  paused: 'Paused',
  resumed: 'Resumed',
  ended: 'Ended',
};

/**
 * The English defaults of {@link SlaMessages}.
 *
 * @example
 * englishSlaMessages.duration(135); // '2 h 15 min'
 */
export const englishSlaMessages: SlaMessages = {
  clockName: {
    response: 'Response',
    plan: 'Plan',
    resolution: 'Resolution',
    update: 'Customer updates',
  },
  clockState: { running: 'running', paused: 'paused', met: 'met', breached: 'breached' },
  segmentState: { open: 'Counting', closed: 'Outside hours', paused: 'Paused' },
  party: (id, name) => name ?? id ?? 'Unassigned',
  calendar: (id, name) => name ?? (id === '24x7' ? '24/7' : id),
  duration: englishDuration,
  percent: (value) => `${number.format(value)} %`,
  timelineLabel: 'SLA timeline',
  lanes: { hours: 'Hours', holder: 'Held by', activity: 'Activity', escalation: 'Escalation' },
  calendarAxis: (city, zone) => `${city} (${zone})`,
  viewerAxis: (city, zone) => `Your time: ${city} (${zone})`,
  now: 'Now',
  toolbarLabel: 'Timeline view',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit ticket',
  earlier: 'Earlier',
  later: 'Later',
  goToNow: 'Now',
  visibleRange: (from, to) => `${from} – ${to}`,
  cursorLabel: 'Time cursor',
  cursorInstructions:
    'Left and right arrows move the cursor, Shift with an arrow or Page Up and Page Down move it further, Home and End go to the start and end of the ticket. Plus and minus zoom, 0 fits the ticket.',
  cursorValue: (time, zone) => `${time} ${zone}`,
  moment: (w) => {
    const head = `${w.time} ${w.zone}${w.projected ? ' (projected)' : ''}.`;
    if (w.beforeCreated) return `${head} The ticket did not exist yet.`;
    const clocks = w.clocks.map(clockWords).join('. ');
    const step = w.step ? ` Escalation: ${w.step}.` : '';
    return `${head} ${clocks ? `${clocks}. ` : ''}Held by ${w.holder}.${step}`;
  },
  noTargets: (priority) => `The policy sets no targets for priority ${priority}.`,
  threshold: (clock, percent) => `${clock}: ${number.format(percent)} % of the target`,
  due: (clock) => `${clock} due`,
  breachedAt: (clock) => `${clock} breached`,
  stoppedAt: (clock, late) => `${clock} ${late ? 'done late' : 'met'}`,
  holiday: (name, closed) => `${name ?? 'Holiday'}${closed ? ' (closed)' : ' (short hours)'}`,
  closedHours: (calendar) => `Closed (${calendar})`,
  openHours: (calendar) => `Open (${calendar})`,
  pausedStretch: 'Clocks paused',
  breachStretch: (clock) => `${clock} breached`,
  activity: (type, d) => {
    if (type === 'created') return `Created as ${d.priority ?? ''} for ${d.party ?? 'nobody'}`;
    if (type === 'priority') return `Priority changed to ${d.priority ?? ''}`;
    if (type === 'assigned') return `Assigned to ${d.party ?? 'nobody'}`;
    if (d.status && (type === 'paused' || type === 'resumed' || type === 'status')) {
      return `${ACTIVITY[type]}: ${d.status}`;
    }
    return ACTIVITY[type];
  },
  escalation: (kind, parties, reason) => {
    const who = parties.length > 0 && kind !== 'escalated' ? ` ${parties.join(', ')}` : '';
    return reason ? `${ESCALATION[kind]}${who}. ${reason}` : `${ESCALATION[kind]}${who}`;
  },
  projected: (text) => `${text} (projected)`,
  projectedBadge: 'projected',
  showTable: 'Show as table',
  clocksCaption: 'SLA clocks',
  eventsCaption: 'Ticket and escalation events',
  columns: {
    clock: 'Clock',
    state: 'State',
    target: 'Target',
    started: 'Started',
    due: 'Due',
    stopped: 'Stopped',
    used: 'Used',
    remaining: 'Remaining',
    time: 'Time',
    viewerTime: 'Your time',
    event: 'Event',
  },
  queueLabel: 'SLA queue',
  filtersLabel: 'Filters',
  partyFilter: 'Held by',
  priorityFilter: 'Priority',
  filterOption: (name, count) => `${name} (${number.format(count)})`,
  queueColumns: {
    ticket: 'Ticket',
    priority: 'Priority',
    holder: 'Held by',
    state: 'SLA',
    timeToBreach: 'Time to breach',
    timeline: 'Timeline',
  },
  timeToBreach: (minutes) =>
    minutes < 0
      ? `breached ${englishDuration(minutes)} ago`
      : minutes === 0
        ? 'breaching now'
        : `in ${englishDuration(minutes)}`,
  pausedRemaining: (minutes) => `paused, ${englishDuration(minutes)} left`,
  closed: 'closed',
  shownCount: (shown, total) =>
    shown === total
      ? `${number.format(total)} tickets`
      : `${number.format(shown)} of ${number.format(total)} tickets`,
  noTickets: 'No tickets match these filters.',
  openTicket: (title) => `SLA timeline: ${title}`,
  close: 'Close',
};

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
