import { cellOf } from '../matrix/get-cell';
import type { Matrix } from '../matrix/model';
import { formatCellNotation } from './cell-notation';
import { escapeMarkdownCell } from './markdown-escape';

/**
 * The matrix as a GitHub-flavoured Markdown table for review documents: `Category`,
 * `Activity`, `Kind` (when some row is a decision), then one column per party holding the
 * canonical cell notation (`R/A`, `R (overflow only)`, the note after a `<br>`). The category
 * is named on the first row of its block only, so blocks read as groups.
 *
 * @example
 * matrixToMarkdown(matrix);
 * // | Category | Activity | Internal IT | MSP |
 * // | --- | --- | --- | --- |
 * // | Helpdesk | Tier 1 helpdesk | R/A | R (overflow only) |
 */
export function matrixToMarkdown(matrix: Matrix): string {
  const kind = matrix.rows.some((row) => row.kind !== 'task');
  const names = new Map(matrix.categories.map((category) => [category.id, category.name]));
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  const header = ['Category', 'Activity', ...(kind ? ['Kind'] : [])];
  const lines = [
    line([...header, ...matrix.parties.map((party) => party.name)]),
    `|${' --- |'.repeat(header.length + matrix.parties.length)}`,
  ];
  let previous: string | undefined;
  for (const row of matrix.rows) {
    const category = row.categoryId === previous ? '' : (names.get(row.categoryId) ?? '');
    previous = row.categoryId;
    const cells = matrix.parties.map((party) => {
      const cell = cellOf(row, party.id);
      return cell ? formatCellNotation(cell) : '';
    });
    lines.push(line([category, row.name, ...(kind ? [row.kind] : []), ...cells]));
  }
  return `${lines.join('\n')}\n`;
}
