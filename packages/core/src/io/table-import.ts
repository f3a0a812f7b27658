import { groupRowsByCategory } from '../matrix/category-block';
import { MAX_NAME_LENGTH } from '../matrix/check-fields';
import type { Category, Matrix, PartySide } from '../matrix/model';
import { type RoleVariant, roleLetters } from '../matrix/roles';
import { MATRIX_LIMITS } from '../matrix/schema';
import { categoryRegistry } from './csv-categories';
import { type CsvIssue, type CsvIssueCode, csvIssue } from './csv-issue';
import type { ColumnRole, Layout } from './csv-layout';
import { type PartyHints, partiesFromHeader } from './csv-parties';
import { assignRowIds, type DraftRow, type RowReader } from './csv-row';
import { detectVariant, type PlacedCell, variantWarnings } from './csv-variant';
import { type WarningList, warningList } from './csv-warnings';
import { headerHint } from './header-words';
import type { MatrixLayout, SheetColumnRole } from './matrix-layout';
import type { MatrixOrigins, SheetPlace } from './matrix-origins';
import type { Table } from './table';
import { readBody } from './table-body';
import { pivot } from './table-pivot';

/**
 * How to turn a table into a matrix; every option is optional.
 *
 * @example
 * matrixFromTable(table, layout, { sides: { Microsoft: 'provider' }, jointAccountable: 'internal' });
 */
export interface TableImportOptions extends PartyHints {
  /** Categories to reuse, matched by name; they come first, in order, and empty ones are kept. */
  readonly categories?: readonly Category[];
  /** The category of rows before any category is named; `General` when left out. */
  readonly defaultCategory?: string;
  /** The variant; from the legend, else detected from the letters (D → DACI, S → RASCI). */
  readonly variant?: RoleVariant;
  /** The matrix name; a title row above the header (or the sheet's name) when left out. */
  readonly name?: string;
  /** Which of several ✓/Joint parties in a row gets A: the first (default) or the first internal. */
  readonly jointAccountable?: 'first' | 'internal';
}

/**
 * A matrix read from a table with what was odd about it, or why it could not be read. Every
 * issue names its cell (`Cell C14: …`), and `origins` says where each row and party of the
 * matrix came from, so a later finding about a row can be shown at its cell.
 *
 * @example
 * const result = matrixFromTable(table, layout);
 * if (!result.ok) for (const issue of result.issues) console.warn(issue.message);
 * else result.origins.rows[result.value.rows[0]!.id]; // { row: 2, column: 1 }
 */
export type MatrixImportResult =
  | {
      readonly ok: true;
      readonly value: Matrix;
      readonly warnings: readonly CsvIssue[];
      readonly origins: MatrixOrigins;
    }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

const failAt = (row: number, column: number, code: CsvIssueCode, message: string) =>
  ({ ok: false, issues: [csvIssue(row, column, code, message)] }) as const;
const NON_BLANK = /\S/;
const isBlank = (cell: string | undefined) => cell === undefined || !NON_BLANK.test(cell);

const ROLE_OF: Readonly<Record<SheetColumnRole, ColumnRole>> = {
  function: 'activity',
  category: 'category',
  id: 'id',
  kind: 'kind',
  tags: 'tags',
  description: 'description',
  notes: 'notes',
  party: 'party',
  letter: 'source',
  responsibility: 'source',
  ignore: 'ignore',
};

const SKIPPED = new Set<ColumnRole>(['party', 'ignore', 'unnamed', 'source', 'number']);

/** The row reader's layout for a sheet layout: one role per column, where each field is. */
function readerLayout(layout: MatrixLayout): Layout {
  const roles: ColumnRole[] = [];
  const columns: Partial<Record<ColumnRole, number>> = {};
  const ids: number[] = [];
  const notes: { column: number; header: string }[] = [];
  for (const column of layout.columns) {
    const index = column.column - 1;
    if (!Number.isInteger(index) || index < 0 || index > 16_384) continue;
    let role: ColumnRole = Object.hasOwn(ROLE_OF, column.role) ? ROLE_OF[column.role] : 'ignore';
    // A party needs a name: a party column with a blank header is read as an unnamed one.
    if (role === 'party' && isBlank(column.header)) role = 'ignore';
    if (role === 'ignore' && column.header === '') role = 'unnamed';
    // A row-numbering column (`#`, `No.`) carries nothing to report.
    if (role === 'ignore' && headerHint(column.header) === 'number') role = 'number';
    // A second description or category column is one more note: a row has one of each.
    if (
      (role === 'description' ||
        role === 'category' ||
        role === 'kind' ||
        role === 'tags' ||
        role === 'activity') &&
      columns[role] !== undefined
    ) {
      role = 'notes';
    }
    roles[index] = role;
    if (role === 'id') ids.push(index);
    else if (role === 'notes') notes.push({ column: index, header: column.header });
    else if (!SKIPPED.has(role)) {
      columns[role] = index;
    }
  }
  for (let index = 0; index < roles.length; index++) roles[index] ??= 'unnamed';
  return { roles, columns, activity: columns.activity ?? 0, ids, notes };
}

/**
 * Reads a responsibility matrix from a table laid out as `layout` says (from
 * `detectMatrixLayout`, or changed column by column by the user). Never throws.
 *
 * Rows below the header are read as in `matrixFromCsv`: blank rows and legends skipped, a row
 * with only its name (or category) filled, or one without party cells that heads an outline
 * (`1.1` above `1.1.1`, a flush-left name above indented ones), starts a category; an empty
 * category cell repeats the one above. Notes columns are added to the description as
 * `Header: value` lines. A transposed sheet's names get their column's letters ("everyone"
 * words give them to every party); a responsibility column's one name owns its row (R/A), of a
 * list (`Agency, CSP`) the first is Accountable and every name Responsible, and `Shared` gives
 * every party a joint mark. A legend's letters are read as the matrix's and the
 * mapping is reported; a party no row assigns is kept, with an `empty_party` warning. Whatever is not read is a
 * warning naming its cell.
 *
 * @example
 * const table = { rows: [['Área', 'R', 'A'], ['Busca', 'Backend Eng', 'Tech Lead']] };
 * const result = matrixFromTable(table, detectMatrixLayout(table).layout);
 * if (result.ok) result.value.rows[0]?.cells; // { 'backend-eng': { roles: ['R'] }, 'tech-lead': { roles: ['A'] } }
 */
export function matrixFromTable(
  table: Table,
  layout: MatrixLayout,
  options: TableImportOptions = {},
): MatrixImportResult {
  try {
    return importTable(table, layout, options, []);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return failAt(1, 1, 'unreadable', `the table could not be read (${reason}).`);
  }
}

/**
 * {@link matrixFromTable} with warnings found while reading the source added in.
 *
 * @example
 * importTable(table, layout, options, csvSyntaxWarnings);
 */
export function importTable(
  table: Table,
  layout: MatrixLayout,
  options: TableImportOptions,
  sourceWarnings: readonly CsvIssue[],
): MatrixImportResult {
  const rows = table.rows;
  const warnings = warningList();
  for (const issue of sourceWarnings) warnings.add(issue);
  const headerIndex = layout.headerRow - 1;
  if (layout.columns.length === 0 || !Number.isInteger(headerIndex) || !rows[headerIndex]) {
    return failAt(1, 1, 'no_header', 'no row has two filled cells, so there is no header.');
  }
  const legendRows = new Set(layout.letters.legendRows);
  let title: string | undefined;
  for (let index = 0; index < headerIndex; index++) {
    if (legendRows.has(index + 1)) continue;
    const record = rows[index] as readonly string[];
    const column = record.findIndex((value) => !isBlank(value));
    if (column < 0) continue;
    if (title === undefined) title = (record[column] as string).trim();
    else
      warnings.add(
        csvIssue(index + 1, column + 1, 'skipped_row', 'text above the header was skipped.'),
      );
  }
  const headerRow = layout.headerRow;
  const internal = readerLayout(layout);
  const pivoted = layout.orientation === 'transposed' || layout.orientation === 'responsibility';
  const sheet = pivoted ? pivot(rows, headerIndex, layout) : undefined;
  const records = sheet ? sheet.records : (rows as string[][]);
  const sides: Record<string, PartySide> = {};
  const partyLayout = layout.columns.filter((c) => c.role === 'party' && !isBlank(c.header));
  for (const column of partyLayout) if (column.side) sides[column.header.trim()] = column.side;
  const headers = sheet
    ? sheet.parties
    : partyLayout.map((c) => ({ name: c.header.trim(), row: headerRow, column: c.column }));
  const partyColumns = sheet
    ? sheet.parties.map((_, k) => sheet.width + k)
    : partyLayout.map((c) => c.column - 1);
  if (headers.length === 0) {
    const message = pivoted ? 'no cell names a party.' : 'the header names no party columns.';
    return failAt(headerRow, 1, 'no_parties', message);
  }
  if (headers.length > MATRIX_LIMITS.parties) {
    const over = headers[MATRIX_LIMITS.parties] as { row: number; column: number };
    const message = `a matrix has at most ${MATRIX_LIMITS.parties} parties.`;
    return failAt(over.row, over.column, 'too_many_parties', message);
  }
  const hints = { ...options, sides: { ...sides, ...options.sides } };
  const { parties, warnings: partyWarnings } = partiesFromHeader(headers, hints);
  for (const issue of partyWarnings) warnings.add(issue);
  const letterMap = layout.letters.map;
  const reader: RowReader = {
    layout: internal,
    parties,
    partyColumns,
    warnings,
    jointAccountable: options.jointAccountable ?? 'first',
    letters: new Set(),
    cache: new Map(),
    unnamed: new Set(),
    ...(Object.keys(letterMap).length > 0 ? { letterMap } : {}),
    ...(sheet ? { reportColumns: sheet.reportColumns, width: sheet.width } : {}),
  };
  const categories = categoryRegistry(options.categories ?? [], warnings);
  const context = { reader, categories, defaultCategory: options.defaultCategory, legendRows };
  const drafts = readBody(records, headerIndex, context);
  if (!Array.isArray(drafts)) return { ok: false, issues: [drafts] };
  if (categories.list.length > MATRIX_LIMITS.categories) {
    const message = `a matrix has at most ${MATRIX_LIMITS.categories} categories.`;
    return failAt(headerRow, 1, 'too_many_categories', message);
  }
  reportEmptyParties(drafts, reader, headers, warnings);
  const legend = layout.letters.legendRows.length > 0;
  const variant =
    options.variant ?? (legend ? layout.letters.variant : detectVariant(reader.letters));
  const allowed = roleLetters(variant);
  if ([...reader.letters].some((letter) => !allowed.includes(letter))) {
    for (const found of variantWarnings(placedCells(drafts, reader), variant)) {
      warnings.add(found.issue, found.draft, ['cells', found.partyId]);
    }
  }
  reportLetters(layout, rows, variant, warnings);
  const matrixRows = assignRowIds(drafts, reader);
  const grouped = groupRowsByCategory(matrixRows, categories.list);
  const rawName = options.name ?? title ?? table.name;
  const name = rawName && warnings.clip(rawName, MAX_NAME_LENGTH, 1, 1, 'title');
  const value: Matrix = {
    ...(name ? { name } : {}),
    variant,
    parties,
    categories: categories.list,
    rows: grouped,
  };
  const origins: MatrixOrigins = {
    ...(table.name !== undefined ? { sheet: table.name } : {}),
    rows: Object.fromEntries(
      drafts.map((draft, k): [string, SheetPlace] => [
        (matrixRows[k] as { id: string }).id,
        { row: draft.row, column: internal.activity + 1 },
      ]),
    ),
    parties: Object.fromEntries(
      parties.map((party, k): [string, SheetPlace] => {
        const { row, column } = headers[k] as { row: number; column: number };
        return [party.id, { row, column }];
      }),
    ),
  };
  return { ok: true, value, warnings: warnings.finish(matrixRows, grouped), origins };
}

/** One warning at the legend saying how its letters were read. */
function reportLetters(
  layout: MatrixLayout,
  rows: readonly (readonly string[])[],
  variant: RoleVariant,
  warnings: WarningList,
) {
  const mapped = Object.entries(layout.letters.map);
  const legendRow = layout.letters.legendRows[0];
  if (mapped.length === 0 || legendRow === undefined) return;
  const column = (rows[legendRow - 1] ?? []).findIndex((cell) => !isBlank(cell)) + 1;
  const pairs = mapped.map(
    ([key, letters]) => `${key} → ${letters.length > 0 ? letters.join('/') : 'no role'}`,
  );
  const message = `the legend's letters ${layout.letters.name} were read as ${variant.toUpperCase()}: ${pairs.join(', ')}.`;
  warnings.add(csvIssue(legendRow, Math.max(1, column), 'letters_mapped', message));
}

/** A warning at the header of each party that no row gives a cell: kept, but said. */
function reportEmptyParties(
  drafts: readonly DraftRow[],
  reader: RowReader,
  headers: readonly { name: string; row: number; column: number }[],
  warnings: WarningList,
) {
  reader.parties.forEach((party, k) => {
    if (drafts.some((draft) => draft.value.cells[party.id] !== undefined)) return;
    const { row, column, name } = headers[k] as { name: string; row: number; column: number };
    const message = `no row gives "${name.trim()}" a letter or mark; the party was kept.`;
    warnings.add({ ...csvIssue(row, column, 'empty_party', message), path: ['parties', k] });
  });
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
      const column = reader.reportColumns?.[k] ?? (reader.partyColumns[k] as number) + 1;
      yield { row, column, draft, partyId, roles: cell.roles };
    }
  }
}
