import type { Matrix } from '@tandem/core';
import type { ServiceReview } from '@tandem/core/review';
import { reviewEvidenceToCsv, reviewToHtml, reviewToMarkdown } from '@tandem/core/review/export';
import { fileNameOf } from '../import-export/download';
import type { ReviewQuarter } from './review-model';

/** The files the quarterly review exports: for the email to the customer, and its evidence. */
export type ReviewExportFormat = 'markdown' | 'html' | 'csv';

/** A file to download: its name, text and MIME type. */
export interface ReviewExportFile {
  readonly fileName: string;
  readonly text: string;
  readonly type: string;
}

/**
 * One export of a quarter's service review: Markdown or a whole HTML document for the email,
 * or the CSV of the ticket-level evidence (with a BOM, for Excel). Parties and functions are
 * named from `matrix`, the one the review was computed against.
 *
 * @example
 * const { fileName, text, type } = reviewExportFile('csv', review, matrix, quarter);
 * downloadText(fileName, text, type);
 */
export function reviewExportFile(
  format: ReviewExportFormat,
  review: ServiceReview,
  matrix: Matrix,
  quarter: ReviewQuarter,
): ReviewExportFile {
  const title = matrix.name
    ? `Service review: ${matrix.name}, ${quarter.label}`
    : `Service review, ${quarter.label}`;
  const options = { matrix, messages: { title } };
  const name = (extension: string) => fileNameOf(`service review ${quarter.label}`, extension);
  switch (format) {
    case 'markdown':
      return {
        fileName: name('md'),
        text: reviewToMarkdown(review, options),
        type: 'text/markdown',
      };
    case 'html':
      return {
        fileName: name('html'),
        text: reviewToHtml(review, { ...options, document: true }),
        type: 'text/html',
      };
    case 'csv':
      return {
        fileName: fileNameOf(`service review evidence ${quarter.label}`, 'csv'),
        text: reviewEvidenceToCsv(review, { ...options, bom: true }),
        type: 'text/csv',
      };
  }
}
