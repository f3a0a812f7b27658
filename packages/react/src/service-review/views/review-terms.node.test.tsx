import { reviewToMarkdown } from '@tandem/core/review/export';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { reviewScenario } from '../stories/review-fixtures';
import { ServiceReview } from './service-review';

// The page and the exports take their shared words from the core's `englishReviewTerms`: the
// agenda a customer reads in the email says what the page says, sentence for sentence.

const agendaSentences = (html: string) =>
  [...html.matchAll(/class="[^"]*agenda-text[^"]*">([^<]*)</g)].map((match) =>
    (match[1] ?? '').replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'"),
  );

describe('the words the page shares with the exports', () => {
  it('words every agenda item as the Markdown export does', () => {
    const { review, input, timeZone } = reviewScenario('strained');
    const html = renderToString(
      createElement(ServiceReview, { review, matrix: input.matrix, locale: 'en-GB', timeZone }),
    );
    const sentences = agendaSentences(html);
    expect(sentences.length).toBe(review.agenda.length);
    expect(sentences.length).toBeGreaterThan(3);
    const markdown = reviewToMarkdown(review, { matrix: input.matrix });
    for (const sentence of sentences) expect(markdown).toContain(sentence);
  });

  it('names sections and sides with the same words', () => {
    const { review, input, timeZone } = reviewScenario('strained');
    const html = renderToString(
      createElement(ServiceReview, { review, matrix: input.matrix, locale: 'en-GB', timeZone }),
    );
    const markdown = reviewToMarkdown(review, { matrix: input.matrix });
    for (const words of ['Who held the clock', 'Ownership gaps', 'Internal IT', 'Provider']) {
      expect(html).toContain(words);
      expect(markdown).toContain(words);
    }
  });
});
