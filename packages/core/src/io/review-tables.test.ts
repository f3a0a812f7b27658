import { describe, expect, it } from 'vitest';
import type { Matrix } from '../matrix/model';
import { sampleMatrix } from '../test-support/sample-matrix';
import { matrixToHtml } from './html';
import { escapeHtml } from './html-escape';
import { matrixToMarkdown } from './markdown';
import { escapeMarkdownCell } from './markdown-escape';

const hostile: Matrix = {
  variant: 'raci',
  parties: [
    { id: 'it', name: 'IT | Ops', side: 'internal' },
    { id: 'msp', name: '<MSP> & "co"', side: 'provider' },
  ],
  categories: [{ id: 'sec', name: 'Security *core*' }],
  rows: [
    {
      id: 'r"1',
      name: 'Patch <script>alert(1)</script>',
      categoryId: 'sec',
      kind: 'decision',
      cells: { it: { roles: ['R', 'A'], note: 'line one\nline | two' }, msp: { roles: ['C'] } },
    },
  ],
};

describe('matrixToMarkdown', () => {
  it('writes a table with the category on the first row of each block', () => {
    const lines = matrixToMarkdown(sampleMatrix).trimEnd().split('\n');
    expect(lines[0]).toBe(
      '| Category | Activity | Kind | Internal IT | Northwind MSP | Leadership |',
    );
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- | --- |');
    expect(lines[2]).toBe('| Helpdesk | Tier 1 helpdesk | task | R/A | R (overflow only) |  |');
    expect(lines[3]).toBe('|  | User onboarding | task | R/A |  |  |');
    expect(lines).toHaveLength(2 + sampleMatrix.rows.length);
  });

  it('escapes pipes and markup, and keeps notes on a second line', () => {
    const markdown = matrixToMarkdown(hostile);
    expect(markdown).toContain('IT \\| Ops');
    expect(markdown).toContain('Patch \\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('R/A<br>line one<br>line \\| two');
    expect(markdown).toContain('Security \\*core\\*');
    // Every data line still has exactly the header's cell count: no pipe escaped the table.
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const lines = markdown.trimEnd().split('\n');
    for (const line of lines) expect(cells(line)).toBe(cells(lines[0] as string));
  });

  it('escapes a backslash before a pipe so it cannot undo the escape', () => {
    expect(escapeMarkdownCell('a\\|b')).toBe('a\\\\\\|b');
  });
});

describe('matrixToHtml', () => {
  it('writes one tbody per category with a rowgroup header, and data attributes', () => {
    const html = matrixToHtml(sampleMatrix);
    expect(html.startsWith('<table class="tandem-matrix"><caption>Sample</caption><thead>')).toBe(
      true,
    );
    expect(html.match(/<tbody /g)).toHaveLength(sampleMatrix.categories.length);
    expect(html).toContain('<th scope="rowgroup" colspan="4">Helpdesk</th>');
    expect(html).toContain(
      '<tr data-row="tier1" data-kind="task" data-lane="internal"><th scope="row">Tier 1 helpdesk</th><td data-roles="R A">R/A</td><td data-roles="R">R (overflow only)</td><td data-roles=""></td></tr>',
    );
  });

  it('escapes every text and attribute', () => {
    const html = matrixToHtml(hostile);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<MSP>');
    expect(html).toContain('&lt;MSP&gt; &amp; &quot;co&quot;');
    expect(html).toContain('data-row="r&quot;1"');
    expect(html).toContain('R/A<br>line one<br>line | two');
  });

  it('escapes the five characters HTML gives meaning', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
