import type { AgendaItem, ServiceReview } from '../types';

// What an agenda item's `figure` is, by kind, and the title a recurring issue's item stands for:
// read the same way by the exports and by `<ServiceReview>`.

/**
 * The unit of an agenda item's `figure`: a share in percent, percentage points, business
 * minutes, or a count (also for kinds this version does not know).
 *
 * @example
 * agendaFigureUnit('grey-zone'); // 'minutes'
 */
export function agendaFigureUnit(kind: string): 'percent' | 'points' | 'minutes' | 'count' {
  switch (kind) {
    case 'attainment-below-goal':
      return 'percent';
    case 'attainment-falling':
      return 'points';
    case 'grey-zone':
    case 'costly-handoffs':
    case 'outside-holder-hours':
      return 'minutes';
    default:
      return 'count';
  }
}

/**
 * The title of the recurring issue an agenda item is about (the agenda names it by its tickets),
 * or `''` when the item is of another kind or the issue is not in the review.
 *
 * @example
 * recurringIssueTitle(review, review.agenda[0]); // 'VPN drops after sleep'
 */
export function recurringIssueTitle(review: ServiceReview, item: AgendaItem): string {
  if (item.kind !== 'recurring-issue') return '';
  return (
    review.recurring.find(
      (repeat) =>
        repeat.ticketIds.length === item.ticketIds.length &&
        repeat.ticketIds.every((id, index) => id === item.ticketIds[index]),
    )?.title ?? ''
  );
}
