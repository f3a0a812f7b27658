// The service review: the quarterly review of a co-managed relationship, computed from the
// matrix, ticket histories, SLA policies and calendars.
export { quantile } from './percentile';
export { titleKey } from './recurring';
export { serviceReview } from './service-review';
export type {
  AfterHoursTicket,
  AgendaItem,
  AgendaSeverity,
  Attainment,
  BoundaryCrossings,
  ClockHolding,
  ClockIntegrityFlag,
  EscalationReview,
  EscalationStepFired,
  GreyZoneTicket,
  ManualEscalation,
  RecurringIssue,
  ReviewPeriod,
  ReviewTicket,
  ServiceReview,
  ServiceReviewInput,
  ServiceReviewOptions,
  SkippedTicket,
  StaleRow,
  UnroutedRow,
} from './types';
