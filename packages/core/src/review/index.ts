// The service review: the quarterly review of a co-managed relationship, computed from the
// matrix, ticket histories, SLA policies and calendars.
export { quantile } from './percentile';
export { titleKey } from './recurring';
export { serviceReview } from './service-review';
export type {
  AgendaItem,
  AgendaSeverity,
  Attainment,
  BoundaryCrossings,
  ClockHolding,
  GreyZoneTicket,
  RecurringIssue,
  ReviewPeriod,
  ReviewTicket,
  ServiceReview,
  ServiceReviewInput,
  ServiceReviewOptions,
  SkippedTicket,
} from './types';
