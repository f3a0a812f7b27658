import type { Category, Matrix, Row } from '@tandem/core';

/**
 * Which rows an editor shows: a free-text search over names, descriptions and tags, and
 * optionally only rows with issues.
 *
 * @example
 * const filter: MatrixFilter = { text: 'backup', issuesOnly: true };
 */
export interface MatrixFilter {
  readonly text?: string;
  readonly issuesOnly?: boolean;
}

/**
 * One line of the grid body: a category header or a row.
 *
 * @example
 * items.filter((item): item is RowItem => item.type === 'row').map((item) => item.row.name);
 */
export type DisplayItem = CategoryItem | RowItem;

/** A category header line; `shown` counts the rows the filter lets through. */
export interface CategoryItem {
  readonly type: 'category';
  readonly key: string;
  readonly category: Category;
  readonly collapsed: boolean;
  readonly shown: number;
  readonly total: number;
}

/** A row line. */
export interface RowItem {
  readonly type: 'row';
  readonly key: string;
  readonly row: Row;
}

/**
 * What the grid body shows, top to bottom.
 *
 * @example
 * const { items, rows } = matrixDisplay(matrix, { text: 'patch' }, new Set(), hasIssues);
 */
export interface MatrixDisplay {
  readonly items: readonly DisplayItem[];
  /** The rows shown, in order: what keyboard navigation walks. */
  readonly rows: readonly Row[];
  /** Whether the filter hides anything, for the "n of m rows" line. */
  readonly filtered: boolean;
}

// Case- and accent-insensitive, so "securite" finds "Sécurité".
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * The category headers and rows an editor shows under a filter and a set of collapsed
 * categories. Every category gets a header, even an empty one, so rows can be dropped into it;
 * while a text filter is on, categories with no matching row are left out.
 *
 * @example
 * matrixDisplay(matrix, {}, new Set(['security']), () => false).items.length;
 */
export function matrixDisplay(
  matrix: Matrix,
  filter: MatrixFilter,
  collapsed: ReadonlySet<string>,
  hasIssues: (rowId: string) => boolean,
): MatrixDisplay {
  const needle = fold(filter.text?.trim() ?? '');
  const matches = (row: Row) =>
    (!filter.issuesOnly || hasIssues(row.id)) &&
    (needle === '' ||
      fold(`${row.name}\n${row.description ?? ''}\n${(row.tags ?? []).join(' ')}`).includes(
        needle,
      ));
  const filtering = needle !== '' || filter.issuesOnly === true;

  const byCategory = new Map<string, Row[]>();
  for (const row of matrix.rows) {
    if (!matches(row)) continue;
    const list = byCategory.get(row.categoryId);
    if (list) list.push(row);
    else byCategory.set(row.categoryId, [row]);
  }
  const totals = new Map<string, number>();
  for (const row of matrix.rows) totals.set(row.categoryId, (totals.get(row.categoryId) ?? 0) + 1);

  const items: DisplayItem[] = [];
  const rows: Row[] = [];
  for (const category of matrix.categories) {
    const shown = byCategory.get(category.id) ?? [];
    if (filtering && shown.length === 0) continue;
    const isCollapsed = collapsed.has(category.id);
    items.push({
      type: 'category',
      key: `category:${category.id}`,
      category,
      collapsed: isCollapsed,
      shown: shown.length,
      total: totals.get(category.id) ?? 0,
    });
    if (isCollapsed) continue;
    for (const row of shown) {
      items.push({ type: 'row', key: `row:${row.id}`, row });
      rows.push(row);
    }
  }
  return { items, rows, filtered: filtering };
}
