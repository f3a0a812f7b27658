import type { AgendaItem } from '@tandem/core/review';
import type { AgendaWords } from './messages';
import { Empty, ReviewSection, type SectionProps } from './review-section';
import type { ReviewWords } from './review-words';

// The agenda: the review's items, most pressing first, each in words with its evidence.

/** How many ticket ids an item lists before "and N more". */
const EVIDENCE_SHOWN = 8;

/** What each kind's `figure` is (the core documents it per kind); unknown kinds read as counts. */
const FIGURE_UNIT: Readonly<Record<string, 'percent' | 'points' | 'minutes' | 'count'>> = {
  'attainment-below-goal': 'percent',
  'attainment-falling': 'points',
  'grey-zone': 'minutes',
  'costly-handoffs': 'minutes',
  'outside-holder-hours': 'minutes',
  'scope-drift': 'count',
  'recurring-issue': 'count',
};

/**
 * An agenda item's words: its figure formatted for its kind and the names it concerns.
 *
 * @example
 * agendaWords(item, words).figure; // '72 %'
 */
export function agendaWords(item: AgendaItem, words: ReviewWords): AgendaWords {
  const { m, format } = words;
  const unit = FIGURE_UNIT[item.kind] ?? 'count';
  const figure =
    unit === 'percent'
      ? words.percent(item.figure)
      : unit === 'points'
        ? m.trend(format.points(item.figure))
        : unit === 'minutes'
          ? words.duration(item.figure)
          : format.count(item.figure);
  return {
    figure,
    target: item.target === undefined ? undefined : m.targets[item.target],
    priority: item.priority === undefined ? undefined : m.priority(item.priority),
    parties: item.partyIds.map(words.party),
    rows: item.rowIds.map(words.row),
    tickets: item.ticketIds.length,
  };
}

/**
 * The agenda section.
 *
 * @example
 * <AgendaSection {...sectionProps} />
 */
export function AgendaSection({ review, words, cls, heading }: SectionProps) {
  const { m } = words;
  return (
    <ReviewSection id="agenda" words={words} cls={cls} heading={heading}>
      {review.agenda.length === 0 ? (
        <Empty cls={cls}>{review.ticketCount === 0 ? m.emptyPeriod : m.emptyAgenda}</Empty>
      ) : (
        <ol className={cls('agenda')}>
          {review.agenda
            .map((item, rank) => ({ item, key: String(rank) }))
            .map(({ item, key }) => {
              const itemWords = agendaWords(item, words);
              const say = m.agenda[item.kind as keyof typeof m.agenda];
              const text = say ? say(itemWords) : m.agendaFallback(item.kind, itemWords);
              const shown = item.ticketIds.slice(0, EVIDENCE_SHOWN);
              return (
                <li
                  key={key}
                  className={cls('agenda-item')}
                  data-severity={item.severity}
                  data-kind={item.kind}
                >
                  <span className={cls('severity')}>{m.severities[item.severity]}</span>{' '}
                  <span className={cls('agenda-text')}>{text}</span>
                  {shown.length > 0 && (
                    <span className={cls('evidence')}>
                      {m.evidence(shown, item.ticketIds.length - shown.length)}
                    </span>
                  )}
                </li>
              );
            })}
        </ol>
      )}
    </ReviewSection>
  );
}
