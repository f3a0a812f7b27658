import { DataTable } from './chart-figure';
import { Empty, ReviewSection, type SectionProps } from './review-section';

// The sections that are lists rather than charts: the grey zone, recurring issues, scope drift
// and the tickets the review could not read.

/**
 * Ownership gaps: tickets held by a party the matrix does not make Responsible for them.
 *
 * @example
 * <GapsSection {...sectionProps} />
 */
export function GapsSection({ review, words, cls, heading }: SectionProps) {
  const { m } = words;
  const c = m.columns;
  return (
    <ReviewSection id="gaps" words={words} cls={cls} heading={heading}>
      {review.greyZone.length === 0 ? (
        <Empty cls={cls}>{m.emptyGaps}</Empty>
      ) : (
        <DataTable
          cls={cls}
          caption={m.sections.gaps}
          columns={[c.ticket, c.party, c.row, c.heldFor]}
          rows={review.greyZone.map((gap) => [
            gap.ticketId,
            words.party(gap.partyId),
            gap.rowId !== undefined ? words.row(gap.rowId) : (gap.categoryId ?? m.none),
            words.duration(gap.minutes),
          ])}
        />
      )}
    </ReviewSection>
  );
}

/**
 * Recurring issues: kinds of ticket that came back at least the review's threshold.
 *
 * @example
 * <RecurringSection {...sectionProps} />
 */
export function RecurringSection({ review, words, cls, heading }: SectionProps) {
  const { m, format } = words;
  const c = m.columns;
  return (
    <ReviewSection id="recurring" words={words} cls={cls} heading={heading}>
      {review.recurring.length === 0 ? (
        <Empty cls={cls}>{m.emptyRecurring}</Empty>
      ) : (
        <DataTable
          cls={cls}
          caption={m.sections.recurring}
          columns={[c.issue, c.count, c.ticket]}
          rows={review.recurring.map((repeat) => [
            repeat.rowId !== undefined ? words.row(repeat.rowId) : repeat.title,
            format.count(repeat.count),
            repeat.ticketIds.join(', '),
          ])}
        />
      )}
    </ReviewSection>
  );
}

/**
 * Scope drift since the previous matrix, with the core's sentence for each finding.
 *
 * @example
 * <DriftSection {...sectionProps} />
 */
export function DriftSection({ review, words, cls, heading }: SectionProps) {
  const { m } = words;
  const c = m.columns;
  return (
    <ReviewSection id="drift" words={words} cls={cls} heading={heading}>
      {review.drift.length === 0 ? (
        <Empty cls={cls}>{m.emptyDrift}</Empty>
      ) : (
        <DataTable
          cls={cls}
          caption={m.sections.drift}
          columns={[c.row, c.severity, c.finding]}
          rows={review.drift.map((finding) => [
            words.row(finding.rowId),
            m.severities[finding.severity],
            finding.message,
          ])}
        />
      )}
    </ReviewSection>
  );
}

/**
 * The tickets the review could not read, so no figure silently leaves them out.
 *
 * @example
 * <SkippedNote {...sectionProps} />
 */
export function SkippedNote({
  review,
  words,
  cls,
}: Pick<SectionProps, 'review' | 'words' | 'cls'>) {
  const { m, format } = words;
  if (review.skipped.length === 0) return null;
  return (
    <details className={cls('skipped')}>
      <summary>{m.skipped({ count: format.count(review.skipped.length) })}</summary>
      <DataTable
        cls={cls}
        columns={[m.columns.ticket, m.columns.reason]}
        rows={review.skipped.map((s) => [s.ticketId, m.skippedReasons[s.reason]])}
      />
    </details>
  );
}
