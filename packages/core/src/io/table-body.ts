import type { Category } from '../matrix/model';
import { MATRIX_LIMITS } from '../matrix/schema';
import type { CategoryRegistry } from './csv-categories';
import { type CsvIssue, csvIssue } from './csv-issue';
import { isLegendRow } from './csv-layout';
import { type DraftRow, explicitIdOf, type RowReader, readDataRow } from './csv-row';

const NON_BLANK = /\S/;
const isBlank = (cell: string | undefined) => cell === undefined || !NON_BLANK.test(cell);
/** An outline code without a trailing `.` or `.0`: `1.0` and `1.` are both `1`. */
const outline = (code: string) => code.replace(/(\.0*)+$/, '');

/** What the body reader needs beyond the row reader. */
export interface BodyContext {
  readonly reader: RowReader;
  readonly categories: CategoryRegistry;
  readonly defaultCategory: string | undefined;
  /** 1-based rows of the legend the layout read; they are not rows of the matrix. */
  readonly legendRows: ReadonlySet<number>;
}

/**
 * Whether a row without party cells heads the rows below it: its code is the start of the next
 * code (`1.1` above `1.1.1`), or its name is flush left while the next row's is indented.
 */
function headsOutline(records: readonly string[][], index: number, reader: RowReader): boolean {
  const { layout } = reader;
  const record = records[index] as string[];
  let next = index + 1;
  while (next < records.length && (records[next] as string[]).every((cell) => isBlank(cell))) {
    next++;
  }
  const below = records[next];
  if (!below) return false;
  const code = outline(explicitIdOf(layout, record));
  const nextCode = outline(explicitIdOf(layout, below));
  if (code !== '' && nextCode.startsWith(`${code}.`)) return true;
  const name = record[layout.activity] ?? '';
  const nextName = below[layout.activity] ?? '';
  return !/^\s/.test(name) && /^\s+\S/.test(nextName);
}

/**
 * Reads the rows below the header: skips blank and legend rows, starts category sections
 * (a row with only its name, or only its category, filled; or a row without party cells that
 * heads an outline), and reads each activity row. Fails only past the model's row limit.
 *
 * @example
 * readBody(records, headerIndex, context); // DraftRow[]
 */
export function readBody(
  records: readonly string[][],
  headerIndex: number,
  context: BodyContext,
): DraftRow[] | CsvIssue {
  const { reader, categories, defaultCategory, legendRows } = context;
  const { layout, warnings, partyColumns } = reader;
  const { columns } = layout;
  // Sections are rows with only the activity filled, or only the category in sheets with one.
  const sectionRole = columns.category === undefined ? 'activity' : 'category';
  const drafts: DraftRow[] = [];
  let current: Category | undefined;
  let lastCategoryText = '';
  let legendSeen = false;
  for (let index = headerIndex + 1; index < records.length; index++) {
    const record = records[index] as string[];
    const row = index + 1;
    if (legendRows.has(row)) continue;
    let filled = 0;
    let first = -1;
    let second = -1;
    for (let column = 0; column < record.length; column++) {
      if (isBlank(record[column] as string)) continue;
      filled++;
      if (first < 0) first = column;
      else if (second < 0) second = column;
    }
    if (filled === 0) continue;
    if (isLegendRow((record[first] as string).trim(), record[second]?.trim())) {
      legendSeen = true;
      continue;
    }
    const only = filled === 1 ? first : -1;
    if (legendSeen && only >= 0) {
      warnings.add(csvIssue(row, only + 1, 'skipped_row', 'text below the legend was skipped.'));
      continue;
    }
    if (only >= 0 && layout.roles[only] === sectionRole) {
      current = categories.named(record[only] as string, row, only + 1);
      lastCategoryText = '';
      continue;
    }
    const activity = (record[layout.activity] ?? '').trim();
    if (
      activity !== '' &&
      partyColumns.every((column) => isBlank(record[column])) &&
      headsOutline(records, index, reader)
    ) {
      current = categories.named(activity, row, layout.activity + 1);
      lastCategoryText = '';
      for (let column = 0; column < record.length; column++) {
        const role = layout.roles[column];
        if (column === layout.activity || role === 'id' || role === 'number') continue;
        if (isBlank(record[column])) continue;
        const message = 'a section row holds only its name; this value was skipped.';
        warnings.add(csvIssue(row, column + 1, 'section_cell_skipped', message));
      }
      continue;
    }
    const categoryText = columns.category === undefined ? '' : (record[columns.category] ?? '');
    // Most rows repeat the category above; skip the lookup when the text is the same.
    if (categoryText !== lastCategoryText && !isBlank(categoryText)) {
      current = categories.named(categoryText, row, (columns.category as number) + 1);
      lastCategoryText = categoryText;
    }
    if (activity === '') {
      const message = 'the row has values but no activity; it was skipped.';
      warnings.add(csvIssue(row, layout.activity + 1, 'missing_activity', message));
      continue;
    }
    if (drafts.length === MATRIX_LIMITS.rows) {
      const message = `a matrix has at most ${MATRIX_LIMITS.rows} rows.`;
      return csvIssue(row, layout.activity + 1, 'too_many_rows', message);
    }
    current ??= categories.named(defaultCategory ?? 'General', row, layout.activity + 1);
    drafts.push(readDataRow(reader, record, row, drafts.length, current.id, activity));
  }
  return drafts;
}
