import type { AgendaItem, ServiceReview } from '@tandem/core/review';
import {
  type AgendaItemWords,
  agendaFigureUnit,
  recurringIssueTitle,
} from '@tandem/core/review/export';
import type { ReviewWords } from '../model/review-words';
import { Empty, ReviewSection, type SectionProps } from './review-section';

// The agenda: the review's items, most pressing first, each in words with its evidence.

/** How many ticket ids an item lists before "and N more". */
const EVIDENCE_SHOWN = 8;

/**
 * An agenda item's words: its figure formatted for its kind and the names it concerns.
 *
 * @example
 * agendaWords(review, item, words).figure; // '72 %'
 */
export function agendaWords(
  review: ServiceReview,
  item: AgendaItem,
  words: ReviewWords,
): AgendaItemWords {
  const { m, format } = words;
  const unit = agendaFigureUnit(item.kind);
  const figure =
    unit === 'percent'
      ? words.percent(item.figure)
      : unit === 'points'
        ? m.trend({ points: format.points(item.figure) })
        : unit === 'minutes'
          ? words.duration(item.figure)
          : format.count(item.figure);
  const about = [
    item.target === undefined ? undefined : m.targets[item.target],
    item.priority === undefined ? undefined : m.priority({ priority: item.priority }),
  ].filter((part) => part !== undefined);
  return {
    figure,
    about: about.join(' '),
    parties: item.partyIds.map(words.party).join(', '),
    rows: item.rowIds.map(words.row).join(', '),
    issue: recurringIssueTitle(review, item),
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
              const itemWords = agendaWords(review, item, words);
              const say = m.agenda[item.kind as keyof typeof m.agenda];
              const text = say
                ? say(itemWords)
                : m.agendaFallback({ kind: item.kind, words: itemWords });
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
                      {m.evidence({ tickets: shown, more: item.ticketIds.length - shown.length })}
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
