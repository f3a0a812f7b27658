// The SLA engine: business-hours calendars, business-time arithmetic, SLA policies and clocks.
export { addBusinessDays, businessDaysBetween } from './business-days';
export {
  addBusinessTime,
  businessTimeBetween,
  type Instant,
  isOpen,
  nextClose,
  nextOpen,
} from './business-time';
export { CALENDAR_24X7, type Calendar, compileCalendarSpec, createCalendar } from './calendar';
export {
  CALENDAR_YEARS,
  type CalendarSpec,
  calendarSpecSchema,
  type Holiday,
  type OpenHours,
  parseCalendar,
  type Weekday,
} from './calendar-spec';
export {
  computeSla,
  type SlaClock,
  type SlaOptions,
  type SlaResult,
  type SlaState,
  type SlaWarning,
  slaComputer,
} from './clock';
export {
  MAX_TICKET_EVENTS,
  parseTicketHistory,
  type TicketEvent,
  type TicketHistory,
  ticketHistorySchema,
} from './history';
export { hoursInDay, type LocalDay, localDaysBetween, startOfLocalDate } from './local-days';
export {
  HOLDER_CALENDAR,
  parseSlaPolicy,
  SLA_TARGET_KINDS,
  type SlaMatchValue,
  type SlaPolicy,
  type SlaPriorityTargets,
  type SlaTarget,
  type SlaTargetKind,
  selectSlaPolicy,
  slaPolicySchema,
  targetsFor,
} from './policy';
export type { NthWeekday, ObservedRule, RecurringHoliday } from './recurring-holidays';
export {
  type CalendarRegistry,
  type CalendarSource,
  calendarById,
  createCalendarRegistry,
  toCalendarRegistry,
} from './registry';
export type { SlaSegment, SlaSegmentState } from './timeline';
export {
  instantOfWall,
  isKnownTimeZone,
  offsetAt,
  type WallTime,
  wallTimeAt,
} from './tz';
