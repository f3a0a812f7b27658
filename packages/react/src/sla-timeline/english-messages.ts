import { englishPresenceMessages } from '../presence/presence-messages';
import type { MomentClockWords, SlaMessages } from './messages';
import type { ActivityMark, EscalationMark } from './model/timeline-model';

// The English defaults of every SLA timeline and queue string. Defaults are self-contained:
// a host's override of one message never changes another's text.

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
  ...englishPresenceMessages,
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
  timeInZone: (time, zone) => `${time} ${zone}`,
  bothZones: (calendar, viewer) => `${calendar} · ${viewer}`,
  stretch: (from, to) => `${from} – ${to}`,
  dayLength: (hours) => `${hours} h`,
  dayLabel: (date, length) => `${date} · ${length}`,
  dayTip: (date, length) => `${date}: ${length}`,
  clockLaneLabel: (clock, state) => `${clock} · ${state}`,
  clockChip: (clock, state, remaining, over) =>
    remaining === undefined
      ? `${clock}: ${state}`
      : `${clock}: ${state} · ${over ? '−' : ''}${remaining}`,
  heldBy: (label, party) => `${label}: ${party}`,
  segment: (w) =>
    `${w.breach ? `${w.breach} · ${w.state}` : `${w.clock}: ${w.state}`} · ${w.priority} · ${w.party}`,
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
  clocksCaption: 'SLA clocks',
  eventsCaption: 'Ticket and escalation events',
  hoursCaption: 'Business hours',
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
    until: 'Until',
    hours: 'Hours',
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
  queueState: (state, clock) => (clock ? `${state} · ${clock}` : state),
  closed: 'closed',
  shownCount: (shown, total) =>
    shown === total
      ? `${number.format(total)} tickets`
      : `${number.format(shown)} of ${number.format(total)} tickets`,
  noTickets: 'No tickets match these filters.',
  openTicket: (title) => `SLA timeline: ${title}`,
  close: 'Close',
  heldSummary: (clock) => `Held by · ${clock}`,
  heldShare: (party, percent, duration) => `${party}: ${number.format(percent)} % (${duration})`,
  unassignedShare: (percent, duration) => `Unassigned: ${number.format(percent)} % (${duration})`,
  breachedOnWatch: (clock, party) => `${clock} breached on ${party}’s watch`,
  heldPaused: (status, by) => `Paused${status ? `: ${status}` : ''}${by ? ` (set by ${by})` : ''}`,
  sides: { internal: 'Internal', provider: 'MSP', vendor: 'Vendor', business: 'Business' },
  heldColumns: { party: 'Party', side: 'Side', minutes: 'Business time', share: 'Share' },
};
