import type { Matrix, Row } from './model';

/**
 * Where a category's rows sit in `matrix.rows`: `[start, end)`. Rows are kept grouped by
 * category in category order, so an empty category's block is the empty range where its rows
 * would go.
 *
 * @example
 * const { start, end } = categoryBlock(matrix, 'security');
 * matrix.rows.slice(start, end); // the security rows, in order
 */
export function categoryBlock(matrix: Matrix, categoryId: string): { start: number; end: number } {
  const order = new Map(matrix.categories.map((category, index) => [category.id, index]));
  const target = order.get(categoryId) ?? matrix.categories.length;
  const rows = matrix.rows;
  let start = 0;
  while (start < rows.length && (order.get((rows[start] as Row).categoryId) ?? 0) < target) start++;
  let end = start;
  while (end < rows.length && (rows[end] as Row).categoryId === categoryId) end++;
  return { start, end };
}

/**
 * Rows sorted into category order, keeping their order within each category. Used after a
 * category moves and to normalise parsed input.
 *
 * @example
 * groupRowsByCategory(rows, categories);
 */
export function groupRowsByCategory(
  rows: readonly Row[],
  categories: readonly { id: string }[],
): Row[] {
  const order = new Map(categories.map((category, index) => [category.id, index]));
  return rows
    .map((row, index) => ({ row, index, rank: order.get(row.categoryId) ?? categories.length }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.row);
}
