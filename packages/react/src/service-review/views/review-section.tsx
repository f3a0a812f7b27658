import type { ReviewTicket, ServiceReview } from '@tandem/core/review';
import { type ReactNode, useId } from 'react';
import type { ServiceReviewSectionId } from '../messages';
import type { ReviewWords } from '../model/review-words';

/**
 * What every section of the review reads.
 *
 * @example
 * <AttainmentSection review={review} words={words} cls={cls} goal={90} heading={3} />
 */
export interface SectionProps {
  readonly review: ServiceReview;
  readonly words: ReviewWords;
  readonly cls: (part: string) => string | undefined;
  /** The attainment goal in percent: the charts' goal line. */
  readonly goal: number;
  /** The tickets the review was computed from, when the host passed them. */
  readonly tickets: readonly ReviewTicket[] | undefined;
  /** The level of the sections' headings. */
  readonly heading: 2 | 3 | 4;
}

/**
 * One section of the review: a region named by its heading, with its one-line introduction.
 * In print, each section starts a page.
 *
 * @example
 * <ReviewSection id="clock" words={words} cls={cls} heading={3}>…</ReviewSection>
 */
export function ReviewSection({
  id,
  words,
  cls,
  heading,
  children,
}: {
  id: ServiceReviewSectionId;
  words: ReviewWords;
  cls: (part: string) => string | undefined;
  heading: 2 | 3 | 4;
  children: ReactNode;
}) {
  const headingId = useId();
  const Heading = `h${heading}` as const;
  return (
    <section className={cls('section')} data-section={id} aria-labelledby={headingId}>
      <Heading id={headingId} className={cls('section-title')}>
        {words.m.sections[id]}
      </Heading>
      <p className={cls('section-intro')}>{words.m.sectionIntros[id]}</p>
      {children}
    </section>
  );
}

/**
 * A line for a section with nothing to show.
 *
 * @example
 * <Empty cls={cls}>No scope drift.</Empty>
 */
export function Empty({
  cls,
  children,
}: {
  cls: (part: string) => string | undefined;
  children: ReactNode;
}) {
  return <p className={cls('empty')}>{children}</p>;
}
