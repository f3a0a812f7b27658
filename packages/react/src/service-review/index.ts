'use client';

// The public API of the service review page: the `@tandem/react/service-review` entry. Its own
// entry, so hosts of the editors never load it, and the page's charts never load the editors.

// The component takes the core's name; the data it shows is `ServiceReviewData` here.
export type { ServiceReview as ServiceReviewData } from '@tandem/core/review';
// One install for hosts: the part of the core this component shows comes with it.
export * from '@tandem/core/review';
export type { AgendaItemWords } from '@tandem/core/review/export';
export {
  englishServiceReviewMessages,
  resolveServiceReviewMessages,
  type ServiceReviewMessageOverrides,
  type ServiceReviewMessages,
  type ServiceReviewSectionId,
} from './messages';
export { type AttainmentGroup, attainmentGroups, targetsOf } from './model/attainment-groups';
export { createReviewFormat, hoursAndMinutes, type ReviewFormat } from './model/review-format';
export { type ReviewWeek, weeklyBreaches } from './model/weekly-breaches';
export { REVIEW_SECTIONS, ServiceReview, type ServiceReviewProps } from './views/service-review';
