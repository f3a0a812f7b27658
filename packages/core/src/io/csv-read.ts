import Papa from 'papaparse';
import { groupRowsByCategory } from '../matrix/category-block';
import { MAX_NAME_LENGTH } from '../matrix/check-fields';
import type { Category, Matrix } from '../matrix/model';
import { type RoleVariant, roleLetters } from '../matrix/roles';
import { MATRIX_LIMITS } from '../matrix/schema';
import { type CategoryRegistry, categoryRegistry } from './csv-categories';
import { restoreFormula } from './csv-escape';
import { type CsvIssue, type CsvIssueCode, csvIssue } from './csv-issue';
import { csvLayout, isLegendRow } from './csv-layout';
import { type PartyHints, partiesFromHeader } from './csv-parties';
import { assignRowIds, type DraftRow, type RowReader, readDataRow } from './csv-row';
import { detectVariant, type PlacedCell, variantWarnings } from './csv-variant';
import { type WarningList, warningList } from './csv-warnings';

/**
 * How to read a CSV; every option is optional.
 *
 * @example
 * matrixFromCsv(text, { sides: { 'Acme Ops': 'provider' }, defaultCategory: 'Helpdesk', jointAccountable: 'internal' });
 */
export interface CsvImportOptions extends PartyHints {
  /** Categories to reuse, matched by name; they come first, in order, and empty ones are kept. */
  readonly categories?: readonly Category[];
  /** The category of rows before any category is named; `General` when left out. */
  readonly defaultCategory?: string;
  /** The variant; detected from the letters when left out (D → DACI, S → RASCI, else RACI). */
  readonly variant?: RoleVariant;
  /** The matrix name; a title row above the header is used when left out. */
  readonly name?: string;
  /** The separator; detected among `,` `;` tab `|` (or read from a `sep=` line) when left out. */
  readonly delimiter?: ',' | ';' | '\t' | '|';
  /** Which of several ✓/Joint parties in a row gets A: the first (default) or the first internal. */
  readonly jointAccountable?: 'first' | 'internal';
}

/**
 * A matrix read from CSV with what was odd about it, or why it could not be read.
 *
 * @example
 * const result = matrixFromCsv(text);
 * if (!result.ok) for (const issue of result.issues) console.warn(issue.message); // 'Cell A1: …'
 */
export type CsvImportResult =
  | { readonly ok: true; readonly value: Matrix; readonly warnings: readonly CsvIssue[] }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

const failAt = (row: number, column: number, code: CsvIssueCode, message: string) =>
  ({ ok: false, issues: [csvIssue(row, column, code, message)] }) as const;
const NON_BLANK = /\S/;
const isBlank = (cell: string) => !NON_BLANK.test(cell);

/**
 * Reads a responsibility matrix from a CSV exported by a spreadsheet. Never throws.
 *
 * Layout: the first row with two or more filled cells is the header (a one-cell row above it
 * is the title). Columns headed `Category` (or Phase, Area …), `ID`, `Kind`, `Description`
 * and `Tags` are read as such and `#`/`No.` columns ignored; the first other column is the
 * activity; every other named column is a party (see `partiesFromHeader` for ids and sides).
 * A row with only its activity filled (its category, when the sheet has that column) starts a
 * category section; an empty category cell repeats the one above, as merged cells export.
 * Blank rows and a legend block (`R = Responsible` …) are skipped. Cells are read by the
 * table of `readCellNotation`. A `'` guarding a formula character is removed, exactly undoing
 * `matrixToCsv`. Rows are grouped by category in order of first appearance.
 *
 * Whatever is not read is a warning naming its cell. Ids are unique and valid, texts within
 * the model's limits and rows grouped, so the value meets every `parseMatrix` rule without
 * paying for a second pass over it.
 *
 * @example
 * const result = matrixFromCsv('Function,Internal,MSP\nTier 1 helpdesk,✓,Overflow only\n');
 * if (result.ok) result.value.rows[0]?.cells;
 * // { internal: { roles: ['R', 'A'] }, msp: { roles: ['R'], qualifier: 'overflow' } }
 */
export function matrixFromCsv(text: string, options: CsvImportOptions = {}): CsvImportResult {
  try {
    return readCsv(text, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return failAt(1, 1, 'unreadable', `the CSV could not be read (${reason}).`);
  }
}

/** Splits the text into records of fields, after a BOM and an Excel `sep=` line. */
function parseRecords(input: string, options: CsvImportOptions, warnings: WarningList) {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let delimiter: string = options.delimiter ?? '';
  // Excel's `sep=;` line names the separator; Excel hides it, so rows are counted after it.
  const sepLine = /^sep=([^\r\n])\r?\n/.exec(text);
  if (sepLine) {
    delimiter ||= sepLine[1] as string;
    text = text.slice(sepLine[0].length);
  }
  // Guess on the first rows without blank lines: papaparse counts a blank line as a row of one
  // field, and a trailing line break would then favour a separator that splits nothing. The
  // full parse reuses both guesses rather than scanning the text for line ends again.
  const delimitersToGuess = [',', ';', '\t', '|'];
  const guess = { preview: 10, skipEmptyLines: true, delimitersToGuess, delimiter } as const;
  const { meta } = Papa.parse<string[]>(text, guess);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: meta.delimiter,
    newline: meta.linebreak as '\n' | '\r\n' | '\r',
    skipEmptyLines: false,
  });
  for (const error of parsed.errors) {
    warnings.add(csvIssue((error.row ?? 0) + 1, 1, 'csv_syntax', `${error.message}.`));
  }
  // In place: the records are ours, and a 5,000-row sheet should not be copied to fix a few.
  for (const record of parsed.data) {
    for (let index = 0; index < record.length; index++) {
      record[index] = restoreFormula(record[index] as string);
    }
  }
  return parsed.data;
}

function readCsv(input: unknown, options: CsvImportOptions): CsvImportResult {
  if (typeof input !== 'string') return failAt(1, 1, 'unreadable', 'expected the CSV as text.');
  if (input.trim() === '' || input === '\ufeff') return failAt(1, 1, 'empty', 'the CSV is empty.');
  const warnings = warningList();
  const records = parseRecords(input, options, warnings);

  const headerIndex = records.findIndex((record) => record.filter((c) => !isBlank(c)).length >= 2);
  if (headerIndex < 0) {
    return failAt(1, 1, 'no_header', 'no row has two filled cells, so there is no header.');
  }
  let title: string | undefined;
  for (let index = 0; index < headerIndex; index++) {
    const record = records[index] as string[];
    const column = record.findIndex((value) => !isBlank(value));
    if (column < 0) continue;
    if (title === undefined) title = (record[column] as string).trim();
    else {
      const message = 'text above the header was skipped.';
      warnings.add(csvIssue(index + 1, column + 1, 'skipped_row', message));
    }
  }

  const header = (records[headerIndex] as string[]).map((cell) => cell.trim());
  const headerRow = headerIndex + 1;
  const layout = csvLayout(header);
  const partyColumns = layout.roles.flatMap((role, index) => (role === 'party' ? [index] : []));
  if (partyColumns.length === 0) {
    return failAt(headerRow, 1, 'no_parties', 'the header names no party columns.');
  }
  if (partyColumns.length > MATRIX_LIMITS.parties) {
    const column = (partyColumns[MATRIX_LIMITS.parties] as number) + 1;
    const message = `a matrix has at most ${MATRIX_LIMITS.parties} parties.`;
    return failAt(headerRow, column, 'too_many_parties', message);
  }
  const headers = partyColumns.map((column) => ({
    name: header[column] as string,
    row: headerRow,
    column: column + 1,
  }));
  const { parties, warnings: partyWarnings } = partiesFromHeader(headers, options);
  for (const issue of partyWarnings) warnings.add(issue);

  const categories = categoryRegistry(options.categories ?? [], warnings);
  const reader: RowReader = {
    layout,
    parties,
    partyColumns,
    warnings,
    jointAccountable: options.jointAccountable ?? 'first',
    letters: new Set(),
    cache: new Map(),
    unnamed: new Set(),
  };
  const drafts = readBody(records, headerIndex, reader, categories, options.defaultCategory);
  if (!Array.isArray(drafts)) return drafts;
  if (categories.list.length > MATRIX_LIMITS.categories) {
    const message = `a matrix has at most ${MATRIX_LIMITS.categories} categories.`;
    return failAt(headerRow, 1, 'too_many_categories', message);
  }

  const variant = options.variant ?? detectVariant(reader.letters);
  const allowed = roleLetters(variant);
  if ([...reader.letters].some((letter) => !allowed.includes(letter))) {
    for (const found of variantWarnings(placedCells(drafts, reader), variant)) {
      warnings.add(found.issue, found.draft, ['cells', found.partyId]);
    }
  }
  const rows = assignRowIds(drafts, reader);
  const grouped = groupRowsByCategory(rows, categories.list);
  const rawName = options.name ?? title;
  const name = rawName && warnings.clip(rawName, MAX_NAME_LENGTH, 1, 1, 'title');
  const value: Matrix = {
    ...(name ? { name } : {}),
    variant,
    parties,
    categories: categories.list,
    rows: grouped,
  };
  return { ok: true, value, warnings: warnings.finish(rows, grouped) };
}

/**
 * Reads the rows below the header: skips blank and legend rows, starts category sections,
 * and reads each activity row. Fails only past the model's row limit.
 */
function readBody(
  records: readonly string[][],
  headerIndex: number,
  reader: RowReader,
  categories: CategoryRegistry,
  defaultCategory: string | undefined,
): DraftRow[] | CsvImportResult {
  const { layout, warnings } = reader;
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
    const categoryText = columns.category === undefined ? '' : (record[columns.category] ?? '');
    // Most rows repeat the category above; skip the lookup when the text is the same.
    if (categoryText !== lastCategoryText && !isBlank(categoryText)) {
      current = categories.named(categoryText, row, (columns.category as number) + 1);
      lastCategoryText = categoryText;
    }
    const activity = (record[layout.activity] ?? '').trim();
    if (activity === '') {
      const message = 'the row has values but no activity; it was skipped.';
      warnings.add(csvIssue(row, layout.activity + 1, 'missing_activity', message));
      continue;
    }
    if (drafts.length === MATRIX_LIMITS.rows) {
      const message = `a matrix has at most ${MATRIX_LIMITS.rows} rows.`;
      return failAt(row, layout.activity + 1, 'too_many_rows', message);
    }
    current ??= categories.named(defaultCategory ?? 'General', row, layout.activity + 1);
    drafts.push(readDataRow(reader, record, row, drafts.length, current.id, activity));
  }
  return drafts;
}

/** Every stored cell with its place in the sheet. */
function* placedCells(drafts: readonly DraftRow[], reader: RowReader): Generator<PlacedCell> {
  for (let draft = 0; draft < drafts.length; draft++) {
    const { row, value } = drafts[draft] as DraftRow;
    const cells = value.cells;
    for (let k = 0; k < reader.parties.length; k++) {
      const partyId = (reader.parties[k] as { id: string }).id;
      const cell = cells[partyId];
      if (!cell) continue;
      const column = (reader.partyColumns[k] as number) + 1;
      yield { row, column, draft, partyId, roles: cell.roles };
    }
  }
}
