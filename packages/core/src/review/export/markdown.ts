import { escapeMarkdownCell } from '../../io/markdown-escape';
import type { ServiceReview } from '../types';
import type { ReviewExportOptions } from './export-context';
import { reviewOutline } from './outline';
import type { OutlineBlock, ReviewOutline } from './outline-types';

// Text that starts a line of its own: escaped as a cell is, and a leading character that would
// make the line a list item, a numbered item or a heading underline escaped too.
const lineText = (text: string) =>
  escapeMarkdownCell(text).replace(/^([-+=])|^(\d+)([.)])/, (_, mark, digits, dot) =>
    mark ? `\\${mark}` : `${digits}\\${dot}`,
  );

const cells = (texts: readonly string[]) => `| ${texts.map(escapeMarkdownCell).join(' | ')} |`;

function blockLines(block: OutlineBlock): string[] {
  if (block.type === 'paragraph') return [lineText(block.text), ''];
  const out: string[] = [];
  if (block.caption !== undefined) out.push(`### ${escapeMarkdownCell(block.caption)}`, '');
  out.push(
    cells(block.columns.map((column) => column.label)),
    `|${block.columns.map((column) => (column.numeric ? ' ---: |' : ' --- |')).join('')}`,
    ...block.rows.map((row) => cells(row.cells)),
    '',
  );
  return out;
}

/**
 * An outline as GitHub-flavoured Markdown: the title as `#`, sections as `##`, table captions
 * as `###`, tables with right-aligned figures. Every text is escaped (`escapeMarkdownCell`), so
 * no name can break a table or add markup.
 *
 * @example
 * outlineToMarkdown(reviewOutline(review, { matrix })).startsWith('# Service review'); // true
 */
export function outlineToMarkdown(outline: ReviewOutline): string {
  const out = [`# ${escapeMarkdownCell(outline.title)}`, ''];
  for (const line of outline.intro) out.push(lineText(line), '');
  for (const section of outline.sections) {
    out.push(`## ${escapeMarkdownCell(section.heading)}`, '');
    for (const block of section.blocks) out.push(...blockLines(block));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * A service review as Markdown, for an email or a ticket: the outline of `reviewOutline`
 * rendered by `outlineToMarkdown`. Pass the matrix to name parties and functions.
 *
 * @example
 * const text = reviewToMarkdown(review, { matrix });
 * // # Service review
 * //
 * // 2026-04-01 to 2026-06-30
 * // …
 */
export function reviewToMarkdown(review: ServiceReview, options?: ReviewExportOptions): string {
  return outlineToMarkdown(reviewOutline(review, options));
}
