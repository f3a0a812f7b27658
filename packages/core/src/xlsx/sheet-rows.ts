// A worksheet's cells as text rows: each `<row>` and `<c>` of `<sheetData>`, read in steps of
// bounded size, with each cell's value as the sheet shows it.

import { restoreFormula } from '../io/csv-escape';
import { type CsvIssue, csvIssue } from '../io/csv-issue';
import { generalNumber, serialDate } from './cell-value';
import { Stop } from './read-failure';
import { runText, xmlAttributes } from './xml-text';

/** The most columns read: a matrix has at most 200 parties and a few metadata columns. */
export const MAX_COLUMNS = 1_000;

/** Characters of sheet XML read per step. */
const STEP_CHARS = 64 * 1024;

/** What reading cells needs: the shared strings, the date styles, the limits, the warnings. */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
  readonly maxRows: number;
  readonly warnings: CsvIssue[];
}

/**
 * 0-based column of a cell reference (`AB12` → 27), or -1.
 *
 * @example
 * columnOf('C7'); // 2
 */
export function columnOf(reference: string): number {
  let column = 0;
  let index = 0;
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return index === 0 ? -1 : column - 1;
}

function cellText(
  attributes: Record<string, string>,
  inner: string,
  context: SheetContext,
): string {
  const type = attributes.t ?? 'n';
  if (type === 'inlineStr')
    return runText(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? '');
  const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (value === undefined) return '';
  switch (type) {
    case 's':
      return context.strings[Number(value)] ?? '';
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
      return runText(`<t>${value}</t>`);
    default: {
      const style = Number(attributes.s ?? 0);
      const number = Number(value);
      if (context.dates[style] && Number.isFinite(number))
        return serialDate(number, context.date1904);
      return generalNumber(value);
    }
  }
}

/** Whether the `sheetData>` at `at` ends a closing tag: `</sheetData>` or `</x:sheetData>`. */
function closesSheetData(xml: string, at: number): boolean {
  if (xml[at - 1] === '/') return xml[at - 2] === '<';
  if (xml[at - 1] !== ':') return false;
  let k = at - 2;
  while (k >= 0 && /\w/.test(xml[k] as string)) k--;
  return k < at - 2 && xml[k] === '/' && xml[k - 1] === '<';
}

/**
 * Where the inside of `<sheetData>` starts and ends in a worksheet's XML (up to the last
 * closing tag), found without a regular expression running over the whole sheet.
 *
 * @example
 * sheetDataBounds('<worksheet><sheetData><row/></sheetData></worksheet>'); // { from: 22, to: 28 }
 */
export function sheetDataBounds(xml: string): { from: number; to: number } | undefined {
  const open = /<(?:\w+:)?sheetData\b[^>]*>/.exec(xml);
  if (!open) return undefined;
  const from = open.index + open[0].length;
  for (
    let at = xml.lastIndexOf('sheetData>');
    at > from;
    at = xml.lastIndexOf('sheetData>', at - 1)
  ) {
    if (!closesSheetData(xml, at)) continue;
    const to = xml.lastIndexOf('<', at);
    if (to >= from) return { from, to };
  }
  return undefined;
}

/**
 * The rows of a worksheet's `<sheetData>` as text cells (`rows[r][c]`, a missing cell empty),
 * read in steps of about 64 K characters; each step yields how far into `xml` it has read.
 * Values right of {@link MAX_COLUMNS} are skipped with one warning; a row past `maxRows`
 * throws a {@link Stop} with `too_many_rows`.
 *
 * @example
 * const rows = yield* sheetRows(xml, context);
 */
export function* sheetRows(xml: string, context: SheetContext): Generator<number, string[][]> {
  const rows: string[][] = [];
  const bounds = sheetDataBounds(xml);
  if (!bounds) return rows;
  const data = xml.slice(bounds.from, bounds.to);
  let nextRow = 0;
  let wide = false;
  let nextStep = STEP_CHARS;
  for (const row of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const number = Number(xmlAttributes(row[1] as string).r);
    const index = Number.isInteger(number) && number > 0 ? number - 1 : nextRow;
    nextRow = index + 1;
    if (index >= context.maxRows) {
      const message = `the sheet has more than ${context.maxRows} rows, more than a matrix can hold.`;
      throw new Stop({ ok: false, issues: [csvIssue(index + 1, 1, 'too_many_rows', message)] });
    }
    const record: string[] = [];
    let nextColumn = 0;
    for (const cell of (row[2] ?? '').matchAll(
      /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
    )) {
      const attributes = xmlAttributes(cell[1] as string);
      const found = attributes.r ? columnOf(attributes.r) : -1;
      const column = found >= 0 ? found : nextColumn;
      nextColumn = column + 1;
      const value = cellText(attributes, cell[2] ?? '', context);
      if (value === '') continue;
      if (column >= MAX_COLUMNS) {
        if (!wide) {
          const message = `values right of column ${MAX_COLUMNS} were skipped.`;
          context.warnings.push(csvIssue(index + 1, column + 1, 'extra_cell', message));
          wide = true;
        }
        continue;
      }
      while (record.length < column) record.push('');
      record[column] = restoreFormula(value);
    }
    while (rows.length < index) rows.push([]);
    rows[index] = record;
    if (row.index >= nextStep) {
      nextStep = row.index + STEP_CHARS;
      yield bounds.from + row.index;
    }
  }
  return rows;
}
