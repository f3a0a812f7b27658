import type { Party, Row } from '@tandem/core';
import type { ServiceReview as Review, ReviewTicket } from '@tandem/core/review';
import { type ComponentType, useMemo } from 'react';
import { useHydrated } from '../../hooks/use-hydrated';
import {
  resolveServiceReviewMessages,
  type ServiceReviewMessageOverrides,
  type ServiceReviewSectionId,
} from '../messages';
import { reviewWords, SERVER_LOCALE } from '../model/review-words';
import { AgendaSection } from './agenda-section';
import { AttainmentSection } from './attainment-section';
import { BreachesSection } from './breaches-section';
import { ClockSection } from './clock-section';
import { DriftSection, GapsSection, RecurringSection, SkippedNote } from './findings-sections';
import type { SectionProps } from './review-section';

/**
 * The props of `<ServiceReview>`.
 *
 * @example
 * const props: ServiceReviewProps = { review, tickets, matrix, locale: 'en-GB', timeZone: 'Europe/London' };
 */
export interface ServiceReviewProps {
  /** What `serviceReview` returned. */
  readonly review: Review;
  /** The tickets the review was computed from: the breaches chart reads when each was opened. */
  readonly tickets?: readonly ReviewTicket[] | undefined;
  /** The matrix the review read, for party and row names (ids are shown without it). */
  readonly matrix?:
    | { readonly parties: readonly Party[]; readonly rows: readonly Row[] }
    | undefined;
  /**
   * BCP 47 locale of numbers and dates; by default the browser's, once hydrated — a server
   * render and hydration use `en-US`, so pass the visitor's locale to render it on the server.
   */
  readonly locale?: string | undefined;
  /** The IANA zone the period's dates are read in (the customer's); `UTC` by default. */
  readonly timeZone?: string | undefined;
  /** The attainment goal as a share, as given to `serviceReview` (0.9 by default). */
  readonly attainmentGoal?: number | undefined;
  /** The sections to show and their order; all, in the default order, when left out. */
  readonly sections?: readonly ServiceReviewSectionId[] | undefined;
  /** The level of the review's title; sections take the next level. */
  readonly headingLevel?: 1 | 2 | 3 | undefined;
  readonly messages?: ServiceReviewMessageOverrides | undefined;
  /** Leaves out every `tandem-review*` class, for hosts that style it from scratch. */
  readonly unstyled?: boolean | undefined;
  readonly className?: string | undefined;
}

/**
 * The sections in the order the page shows them by default.
 *
 * @example
 * <ServiceReview review={review} sections={REVIEW_SECTIONS.filter((id) => id !== 'drift')} />
 */
export const REVIEW_SECTIONS: readonly ServiceReviewSectionId[] = [
  'agenda',
  'attainment',
  'clock',
  'breaches',
  'gaps',
  'recurring',
  'drift',
];

// One component per section id: a new part of the review is one more file and one more line.
const SECTIONS: Readonly<Record<ServiceReviewSectionId, ComponentType<SectionProps>>> = {
  agenda: AgendaSection,
  attainment: AttainmentSection,
  clock: ClockSection,
  breaches: BreachesSection,
  gaps: GapsSection,
  recurring: RecurringSection,
  drift: DriftSection,
};

/**
 * The service review as a readable page: the agenda, SLA attainment per priority and party,
 * who held the clock and the hand-offs between the teams, breaches week by week, ownership
 * gaps, recurring issues and scope drift. Charts are SVG drawn here (no charting library: the
 * entry's budget is 40 kB), each reachable by keyboard and with its figures as a table; in
 * print each section starts a page and no chart is cut, so "Save as PDF" gives the report.
 * Renders on a server: numbers and dates use `locale` (or `en-US` until hydrated) and
 * `timeZone`, never the runtime's.
 *
 * @example
 * const review = serviceReview({ matrix, previousMatrix, tickets, policies, calendars, period });
 * <ServiceReview review={review} tickets={tickets} matrix={matrix} locale="en-GB" timeZone="Europe/London" />
 */
export function ServiceReview({
  review,
  tickets,
  matrix,
  locale,
  timeZone = 'UTC',
  attainmentGoal = 0.9,
  sections = REVIEW_SECTIONS,
  headingLevel = 2,
  messages: overrides,
  unstyled = false,
  className,
}: ServiceReviewProps) {
  const hydrated = useHydrated();
  const resolvedLocale = locale ?? (hydrated ? undefined : SERVER_LOCALE);
  const messages = useMemo(() => resolveServiceReviewMessages(overrides), [overrides]);
  const words = useMemo(
    () =>
      reviewWords(messages, resolvedLocale, timeZone, matrix?.parties ?? [], matrix?.rows ?? []),
    [messages, resolvedLocale, timeZone, matrix],
  );
  const cls = (part: string) => (unstyled ? undefined : `tandem-review-${part}`);
  const { format, m } = words;
  const Title = `h${headingLevel}` as const;
  const sectionHeading = (headingLevel + 1) as 2 | 3 | 4;
  const props: Omit<SectionProps, 'heading'> = {
    review,
    words,
    cls,
    goal: attainmentGoal * 100,
    tickets,
  };
  const lastDay = Math.max(review.period.from, review.period.to - 1);
  const rootClass = [unstyled ? undefined : 'tandem-review', className].filter(Boolean).join(' ');
  return (
    <article
      className={rootClass || undefined}
      data-state={review.ticketCount === 0 ? 'empty' : 'ready'}
      lang={locale}
    >
      <header className={cls('header')}>
        <Title className={cls('title')}>{m.title}</Title>
        <p className={cls('period')}>
          {m.period({ from: format.date(review.period.from), to: format.date(lastDay) })}
        </p>
        <p className={cls('count')}>
          {m.ticketCount({
            current: format.count(review.ticketCount),
            previous: format.count(review.previousTicketCount),
          })}
        </p>
        <SkippedNote review={review} words={words} cls={cls} />
      </header>
      {sections.map((id) => {
        const Section = SECTIONS[id];
        return <Section key={id} {...props} heading={sectionHeading} />;
      })}
    </article>
  );
}
