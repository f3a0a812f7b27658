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
export { simEventsOf } from './escalation-events';
export type { TimeFormat, TimeStyle } from './format';
export type { HeldBySegment, HeldByShare, HeldBySummary } from './held-by-model';
export {
  englishSlaMessages,
  type MomentClockWords,
  type MomentWords,
  resolveSlaMessages,
  type SegmentWords,
  type SlaMessageOverrides,
  type SlaMessages,
} from './messages';
export type { HolidayMark, OpenStretch } from './open-hours';
export type { QueueEntry, QueueGroup, SlaQueueFilter, SlaQueueTicket } from './queue-model';
export type { CalendarStretch, SlaMoment, SlaTicketInput } from './sla-moment';
export { SlaQueue, type SlaQueueProps } from './sla-queue';
export { SlaTimeline, type SlaTimelineProps } from './sla-timeline';
export type { AxisTick, TickUnit } from './ticks';
export type { RangeLimits, TimeRange } from './time-scale';
export type { CursorKeyAction } from './timeline-keys';
export type {
  ActivityMark,
  ClockLane,
  ClockMark,
  EscalationMark,
  HolderBand,
  LaneSegment,
} from './timeline-model';
export { type HeldBy, useHeldBy } from './use-held-by';
export { type SlaQueueState, type UseSlaQueueOptions, useSlaQueue } from './use-sla-queue';
export {
  type SlaParty,
  type SlaTimelineState,
  type UseSlaTimelineOptions,
  useSlaTimeline,
} from './use-sla-timeline';
export type { HoursBand } from './use-timeline-data';
