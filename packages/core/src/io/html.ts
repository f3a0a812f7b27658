import { cellOf } from '../matrix/get-cell';
import type { Matrix, Row } from '../matrix/model';
import { laneOfRow } from '../matrix/views';
import { formatCellNotation } from './cell-notation';
import { escapeHtml, escapeHtmlLines } from './html-escape';

/**
 * The matrix as an HTML table for review documents. Every text is escaped. One `<tbody>` per
 * category, headed by a `scope="rowgroup"` cell; rows carry `data-lane` (internal, joint,
 * provider, unassigned) and `data-kind`, cells `data-roles`, so a stylesheet can colour them
 * without parsing text.
 *
 * @example
 * matrixToHtml(matrix);
 * // <table class="tandem-matrix"><thead><tr><th scope="col">Activity</th>…
 */
export function matrixToHtml(matrix: Matrix): string {
  const out: string[] = ['<table class="tandem-matrix">'];
  if (matrix.name) out.push(`<caption>${escapeHtmlLines(matrix.name)}</caption>`);
  out.push('<thead><tr><th scope="col">Activity</th>');
  for (const party of matrix.parties) {
    out.push(`<th scope="col" data-side="${party.side}">${escapeHtmlLines(party.name)}</th>`);
  }
  out.push('</tr></thead>');
  // Rows are grouped by category in category order, so one pass fills every block.
  const blocks = new Map(matrix.categories.map((category) => [category.id, [] as Row[]]));
  for (const row of matrix.rows) blocks.get(row.categoryId)?.push(row);
  for (const category of matrix.categories) {
    const rows = blocks.get(category.id) ?? [];
    out.push(`<tbody data-category="${escapeHtml(category.id)}">`);
    out.push(
      `<tr><th scope="rowgroup" colspan="${matrix.parties.length + 1}">${escapeHtmlLines(category.name)}</th></tr>`,
    );
    for (const row of rows) {
      out.push(
        `<tr data-row="${escapeHtml(row.id)}" data-kind="${row.kind}" data-lane="${laneOfRow(matrix, row)}">`,
        `<th scope="row">${escapeHtmlLines(row.name)}</th>`,
      );
      for (const party of matrix.parties) {
        const cell = cellOf(row, party.id);
        const text = cell ? escapeHtmlLines(formatCellNotation(cell)) : '';
        out.push(`<td data-roles="${cell ? cell.roles.join(' ') : ''}">${text}</td>`);
      }
      out.push('</tr>');
    }
    out.push('</tbody>');
  }
  out.push('</table>');
  return `${out.join('')}\n`;
}
