import { escapeHtml, escapeHtmlLines } from '../../io/html-escape';
import type { ServiceReview } from '../types';
import type { ReviewExportOptions } from './export-context';
import { reviewOutline } from './outline';
import type { OutlineBlock, OutlineColumn, ReviewOutline } from './outline-types';

// Inline styles only, and few: email clients drop <style> blocks and classes unevenly, and the
// customer's client should show the tables as tables. No scripts, no images, no external links.
const STYLE = {
  root: 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#1f2328',
  h1: 'font-size:22px;margin:0 0 8px',
  h2: 'font-size:18px;margin:24px 0 8px',
  p: 'margin:0 0 8px',
  table: 'border-collapse:collapse;margin:0 0 16px',
  caption: 'text-align:left;font-weight:bold;padding:4px 0',
  th: 'border:1px solid #d0d7de;padding:4px 8px;background:#f6f8fa;vertical-align:top',
  td: 'border:1px solid #d0d7de;padding:4px 8px;vertical-align:top',
} as const;

const align = (column: OutlineColumn | undefined) =>
  column?.numeric ? ';text-align:right' : ';text-align:left';

function blockHtml(block: OutlineBlock): string {
  if (block.type === 'paragraph') {
    return `<p style="${STYLE.p}">${escapeHtmlLines(block.text)}</p>`;
  }
  const out = [`<table style="${STYLE.table}">`];
  if (block.caption !== undefined) {
    out.push(`<caption style="${STYLE.caption}">${escapeHtmlLines(block.caption)}</caption>`);
  }
  out.push('<thead><tr>');
  for (const column of block.columns) {
    out.push(
      `<th scope="col" style="${STYLE.th}${align(column)}">${escapeHtmlLines(column.label)}</th>`,
    );
  }
  out.push('</tr></thead><tbody>');
  for (const row of block.rows) {
    out.push('<tr>');
    row.cells.forEach((cell, index) => {
      const column = block.columns[index];
      out.push(
        index === 0
          ? `<th scope="row" style="${STYLE.th}${align(column)}">${escapeHtmlLines(cell)}</th>`
          : `<td style="${STYLE.td}${align(column)}">${escapeHtmlLines(cell)}</td>`,
      );
    });
    out.push('</tr>');
  }
  out.push('</tbody></table>');
  return out.join('');
}

/**
 * How `outlineToHtml` wraps the review: a fragment (a `<div>`, to put in a message body or a
 * page) by default, or a whole document (`document: true`, to attach or save as a file).
 *
 * @example
 * reviewToHtml(review, { matrix, document: true });
 */
export interface ReviewHtmlOptions {
  readonly document?: boolean;
}

/**
 * An outline as HTML for email: headings, paragraphs and tables with `scope` on every header
 * cell, minimal inline styles, every text escaped; no script, style sheet or class. One line
 * per section, so a diff of two reviews reads.
 *
 * @example
 * outlineToHtml(reviewOutline(review)); // '<div lang="en" style="…"><h1 …>Service review</h1>…'
 */
export function outlineToHtml(outline: ReviewOutline, options: ReviewHtmlOptions = {}): string {
  const lang = escapeHtml(outline.lang);
  const out = [
    `<div lang="${lang}" style="${STYLE.root}">`,
    `<h1 style="${STYLE.h1}">${escapeHtmlLines(outline.title)}</h1>`,
    outline.intro.map((line) => `<p style="${STYLE.p}">${escapeHtmlLines(line)}</p>`).join(''),
  ];
  for (const section of outline.sections) {
    out.push(
      `<h2 style="${STYLE.h2}">${escapeHtmlLines(section.heading)}</h2>${section.blocks.map(blockHtml).join('')}`,
    );
  }
  out.push('</div>');
  const body = out.join('\n');
  if (!options.document) return `${body}\n`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(outline.title)}</title></head>`,
    '<body style="margin:0;padding:16px">',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A service review as HTML for the email to the customer: the outline of `reviewOutline`
 * rendered by `outlineToHtml`, so it says what `reviewToMarkdown` says.
 *
 * @example
 * const html = reviewToHtml(review, { matrix, document: true });
 */
export function reviewToHtml(
  review: ServiceReview,
  options: ReviewExportOptions & ReviewHtmlOptions = {},
): string {
  return outlineToHtml(reviewOutline(review, options), options);
}
