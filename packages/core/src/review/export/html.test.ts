import { describe, expect, it } from 'vitest';
import { exportMatrix, smallReview } from './export-fixtures';
import { FORMULA_TICKET, hostileMatrix, hostileReview } from './hostile-fixtures';
import { outlineToHtml, reviewToHtml } from './html';
import { outlineToMarkdown } from './markdown';
import { reviewOutline } from './outline';
import type { ReviewOutline } from './outline-types';

const TH = 'border:1px solid #d0d7de;padding:4px 8px;background:#f6f8fa;vertical-align:top';
const TD = 'border:1px solid #d0d7de;padding:4px 8px;vertical-align:top';

// A two-section outline small enough to write its HTML out by hand.
const tiny: ReviewOutline = {
  lang: 'en',
  title: 'Review <Q2>',
  intro: ['Line one\nline two'],
  sections: [
    {
      id: 'recurring',
      heading: 'Recurring issues',
      blocks: [
        {
          type: 'table',
          caption: 'Per title',
          columns: [{ label: 'Issue' }, { label: 'Count', numeric: true }],
          rows: [{ cells: ['VPN "drops" & <more>', '3'], ticketIds: ['T1'] }],
        },
      ],
    },
    {
      id: 'skipped',
      heading: 'Tickets not counted',
      blocks: [{ type: 'paragraph', text: 'Every ticket was counted.', ticketIds: [] }],
    },
  ],
};

const decode = (html: string) =>
  html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every table cell of an HTML text, in order. */
const htmlCells = (html: string) =>
  [...html.matchAll(/<t[hd] [^>]*>(.*?)<\/t[hd]>/g)].map((match) => decode(match[1] as string));

/** The text of every table cell of a Markdown text, in order (separator lines left out). */
const markdownCells = (markdown: string) =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\| -{3}/.test(line))
    .flatMap((line) => line.slice(2, -2).split(/ \| /))
    .map((cell) => cell.replace(/<br>/g, '\n').replace(/\\(.)/g, '$1'));

describe('outlineToHtml', () => {
  it('writes an outline as worked out by hand', () => {
    expect(outlineToHtml(tiny)).toBe(
      [
        '<div lang="en" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#1f2328">',
        '<h1 style="font-size:22px;margin:0 0 8px">Review &lt;Q2&gt;</h1>',
        '<p style="margin:0 0 8px">Line one<br>line two</p>',
        '<h2 style="font-size:18px;margin:24px 0 8px">Recurring issues</h2>' +
          '<table style="border-collapse:collapse;margin:0 0 16px">' +
          '<caption style="text-align:left;font-weight:bold;padding:4px 0">Per title</caption>' +
          `<thead><tr><th scope="col" style="${TH};text-align:left">Issue</th>` +
          `<th scope="col" style="${TH};text-align:right">Count</th></tr></thead>` +
          `<tbody><tr><th scope="row" style="${TH};text-align:left">VPN &quot;drops&quot; &amp; &lt;more&gt;</th>` +
          `<td style="${TD};text-align:right">3</td></tr></tbody></table>`,
        '<h2 style="font-size:18px;margin:24px 0 8px">Tickets not counted</h2>' +
          '<p style="margin:0 0 8px">Every ticket was counted.</p>',
        '</div>',
        '',
      ].join('\n'),
    );
  });

  it('wraps the fragment in a whole document on request', () => {
    const html = outlineToHtml(tiny, { document: true });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">')).toBe(
      true,
    );
    expect(html).toContain('<title>Review &lt;Q2&gt;</title></head>');
    expect(html).toContain(`<body style="margin:0;padding:16px">\n${outlineToHtml(tiny)}</body>`);
    expect(html.endsWith('</html>\n')).toBe(true);
  });
});

describe('reviewToHtml', () => {
  const html = reviewToHtml(smallReview, { matrix: exportMatrix });

  it('gives every header cell a scope and uses no script, style sheet, class or link', () => {
    const headers = [...html.matchAll(/<th[ >][^>]*>/g)].map((match) => match[0]);
    expect(headers.length).toBeGreaterThan(40);
    for (const header of headers) expect(header).toMatch(/^<th scope="(col|row)" style="/);
    for (const tag of ['<script', '<style', '<link', 'class=', '<img', 'href=', 'src=']) {
      expect(html).not.toContain(tag);
    }
    const sections = [...html.matchAll(/<h2 [^>]*>(.*?)<\/h2>/g)].map((match) => match[1]);
    expect(sections).toEqual([
      'Agenda',
      'SLA attainment',
      'Who held the clock',
      'Ownership gaps',
      'Clock integrity',
      'Escalations',
      'Recurring issues',
      'Scope drift',
      'Functions due for review',
      'Tickets not counted',
    ]);
  });

  it('shows the same table cells as the Markdown, in the same order', () => {
    for (const [review, matrix] of [
      [smallReview, exportMatrix],
      [hostileReview, hostileMatrix],
    ] as const) {
      const outline = reviewOutline(review, { matrix });
      const cells = htmlCells(outlineToHtml(outline));
      expect(cells).toEqual(markdownCells(outlineToMarkdown(outline)));
      expect(cells.length).toBeGreaterThan(100);
    }
  });

  it('escapes every name, so none can add markup', () => {
    const hostile = reviewToHtml(hostileReview, { matrix: hostileMatrix });
    expect(hostile).toContain(
      '>MSP | &lt;script&gt;alert(1)&lt;/script&gt;<br>NOC</th><td style="',
    );
    expect(hostile).toContain('>&lt;img src=x onerror=alert(1)&gt;</th>');
    expect(hostile).toContain(`>${FORMULA_TICKET.replace(/'/g, '&#39;')}</th>`);
    expect(hostile).not.toMatch(/<(script|img)/);
    // Outside the tags there is no `<` left: every one is the start of our own markup.
    const tags = /<\/?(div|h1|h2|p|table|caption|thead|tbody|tr|th|td|br)( [^<>]*)?>/g;
    expect(hostile.replace(tags, '')).not.toMatch(/[<>]/);
  });
});
