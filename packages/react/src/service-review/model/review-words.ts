import type { Party, Row } from '@tandem/core';
import { SERVER_LOCALE } from '../../sla-timeline/model/format';
import type { ServiceReviewMessages } from '../messages';
import { createReviewFormat, hoursAndMinutes, type ReviewFormat } from './review-format';

// What every section needs to put a figure into words: the messages, the formats, and the
// matrix's names for parties and rows. Built once per render of the review.

/**
 * The review's words and formats, shared by its sections.
 *
 * @example
 * words.duration(135); // '2 h 15 min'
 */
export interface ReviewWords {
  readonly m: ServiceReviewMessages;
  readonly format: ReviewFormat;
  party(partyId: string): string;
  side(partyId: string): Party['side'] | undefined;
  row(rowId: string): string;
  duration(minutes: number): string;
  /** A share in percent with its sign, or the "none" word. */
  percent(value: number | null): string;
}

/**
 * Builds {@link ReviewWords}. `locale` undefined means the runtime's, which a server and a
 * browser may not share: callers pass {@link SERVER_LOCALE} until hydrated.
 *
 * @example
 * reviewWords(englishServiceReviewMessages, 'en-GB', 'Europe/London', matrix.parties, matrix.rows);
 */
export function reviewWords(
  m: ServiceReviewMessages,
  locale: string | undefined,
  timeZone: string,
  parties: readonly Party[],
  rows: readonly Row[],
): ReviewWords {
  const format = createReviewFormat(locale, timeZone);
  const partyById = new Map(parties.map((party) => [party.id, party]));
  const rowById = new Map(rows.map((row) => [row.id, row]));
  return {
    m,
    format,
    party: (id) => m.party({ partyId: id, name: partyById.get(id)?.name }),
    side: (id) => partyById.get(id)?.side,
    row: (id) => m.row({ rowId: id, name: rowById.get(id)?.name }),
    duration: (minutes) => {
      const { hours, minutes: rest } = hoursAndMinutes(minutes);
      return m.duration({ hours, minutes: rest, format: format.count });
    },
    percent: (value) => (value === null ? m.none : m.percent({ value: format.percent(value) })),
  };
}

export { SERVER_LOCALE };
