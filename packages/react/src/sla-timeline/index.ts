'use client';

// The public API of the SLA timeline and queue: the `@tandem/react/sla-timeline` entry.

// One install for hosts: the part of the core this component works on comes with it.
export * from '@tandem/core/sla';
export { simEventsOf } from './escalation-events';
export { createTimeFormat, type TimeFormat, type TimeStyle, zoneCity } from './format';
export {
  type HeldBySegment,
  type HeldByShare,
  type HeldBySummary,
  heldBySegments,
  heldBySummary,
} from './held-by-model';
export {
  englishSlaMessages,
  type MomentClockWords,
  type MomentWords,
  resolveSlaMessages,
  type SegmentWords,
  type SlaMessageOverrides,
  type SlaMessages,
} from './messages';
export { type HolidayMark, holidaysIn, type OpenStretch, openStretches } from './open-hours';
export {
  compareByTimeToBreach,
  facetCounts,
  filterEntries,
  type QueueEntry,
  type QueueGroup,
  type SlaQueueFilter,
  type SlaQueueTicket,
  summariseTicket,
} from './queue-model';
export {
  type CalendarStretch,
  calendarStretches,
  type SlaMoment,
  type SlaTicketInput,
  slaMomentAt,
} from './sla-moment';
export { SlaQueue, type SlaQueueProps } from './sla-queue';
export { SlaTimeline, type SlaTimelineProps } from './sla-timeline';
export { type AxisTick, axisTicks, chooseTickUnit, dayBands, type TickUnit } from './ticks';
export {
  clampRange,
  cursorStep,
  fitRange,
  fractionOf,
  panRange,
  type RangeLimits,
  revealTime,
  snapTime,
  type TimeRange,
  timeAtFraction,
  zoomRange,
} from './time-scale';
export { type CursorKeyAction, cursorKeyAction } from './timeline-keys';
export {
  type ActivityMark,
  activityOf,
  type ClockLane,
  type ClockMark,
  clockLanes,
  type EscalationMark,
  escalationMarks,
  type HolderBand,
  holderBands,
  type LaneSegment,
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
export { type LocalDay, localDays, type WallTime, wallTimeOf } from './zoned-time';
