// The service review's exports: Markdown and HTML for the email to the customer, both rendered
// from one neutral outline, and the CSV of the ticket-level evidence.
export { agendaFigureUnit, recurringIssueTitle } from './agenda-figure';
export { reviewEvidenceRecords, reviewEvidenceToCsv } from './csv';
export { reviewEvidence } from './evidence';
export type { ReviewExportOptions } from './export-context';
export { outlineToHtml, type ReviewHtmlOptions, reviewToHtml } from './html';
export { outlineToMarkdown, reviewToMarkdown } from './markdown';
export {
  englishReviewExportMessages,
  type ReviewExportColumns,
  type ReviewExportMessageOverrides,
  type ReviewExportMessages,
  resolveReviewExportMessages,
} from './messages';
export { reviewOutline } from './outline';
export type {
  OutlineBlock,
  OutlineColumn,
  OutlineRow,
  OutlineSection,
  ReviewEvidence,
  ReviewEvidenceFinding,
  ReviewExportSectionId,
  ReviewOutline,
} from './outline-types';
export {
  type AgendaItemWords,
  englishReviewTerms,
  type ReviewTermColumns,
  type ReviewTermSectionId,
  type ReviewTerms,
} from './review-terms';
