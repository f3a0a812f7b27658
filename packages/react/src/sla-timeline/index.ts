'use client';

// The public API of the SLA timeline and queue: the `@tandem/react/sla-timeline` entry. Hosts get
// the components, their hooks, the types those take and return, and the messages; the models the
// views are drawn from (ticks, scales, lanes, stretches) stay inside the package.

// One install for hosts: the part of the core this component works on comes with it (its zone
// readers — wallTimeAt, localDaysBetween — included).
export * from '@tandem/core/sla';
export type { PeerPlaceNames, PresenceMessages } from '../presence/presence-messages';
export type {
  LocalPresence,
  PresenceDrag,
  PresenceFocus,
  PresenceOptions,
  PresencePeer,
} from '../presence/presence-types';
export { type HeldBy, useHeldBy } from './hooks/use-held-by';
export { type SlaQueueState, type UseSlaQueueOptions, useSlaQueue } from './hooks/use-sla-queue';
export {
  type SlaParty,
  type SlaTimelineState,
  type UseSlaTimelineOptions,
  useSlaTimeline,
} from './hooks/use-sla-timeline';
export type { HoursBand } from './hooks/use-timeline-data';
export {
  englishSlaMessages,
  type MomentClockWords,
  type MomentWords,
  resolveSlaMessages,
  type SegmentWords,
  type SlaMessageOverrides,
  type SlaMessages,
} from './messages';
export { simEventsOf } from './model/escalation-events';
export type { TimeFormat, TimeStyle } from './model/format';
export type { HeldBySegment, HeldByShare, HeldBySummary } from './model/held-by-model';
export type { HolidayMark, OpenStretch } from './model/open-hours';
export type { QueueEntry, QueueGroup, SlaQueueFilter, SlaQueueTicket } from './model/queue-model';
export type { CalendarStretch, SlaMoment, SlaTicketInput } from './model/sla-moment';
export type { AxisTick, TickUnit } from './model/ticks';
export type { RangeLimits, TimeRange } from './model/time-scale';
export type { CursorKeyAction } from './model/timeline-keys';
export type {
  ActivityMark,
  ClockLane,
  ClockMark,
  EscalationMark,
  HolderBand,
  LaneSegment,
} from './model/timeline-model';
export { SlaQueue, type SlaQueueProps } from './views/sla-queue';
export { SlaTimeline, type SlaTimelineProps } from './views/sla-timeline';
