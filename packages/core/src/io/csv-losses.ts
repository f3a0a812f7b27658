import type { Matrix, Qualifier, Row } from '../matrix/model';
import type { Issue } from '../result';
import { knownQualifier } from './cell-notation';
import { isLegendRow } from './csv-layout';
import { partiesFromHeader } from './csv-parties';
import { detectVariant } from './csv-variant';
import { detectMatrixLayout } from './layout-detect';
import { slugify, uniqueId } from './slug';

/**
 * Something a CSV export does not carry. `restoredBy` names the `matrixFromCsv` option that
 * brings it back when passed from the original matrix; without it the value is lost.
 *
 * @example
 * const loss: CsvLoss = { path: ['parties', 0], code: 'party_metadata', message: '…', restoredBy: 'parties' };
 */
export interface CsvLoss extends Issue {
  readonly restoredBy?: 'parties' | 'categories' | 'variant' | 'name';
}

const TAG_SEPARATOR = /[,;\n\r]/;

function qualifierLoss(qualifier: Qualifier | undefined): string | undefined {
  if (qualifier === undefined || typeof qualifier === 'string') return undefined;
  const text = qualifier.custom;
  if (text.trim() !== text) return 'starts or ends with spaces, which are trimmed';
  if (/[\r\n]/.test(text)) return 'spans lines, and the lines below a cell are its note';
  const known = knownQualifier(text);
  return known ? `reads back as the known qualifier "${known}"` : undefined;
}

/**
 * What `matrixToCsv` cannot carry for this matrix, found by replaying the importer's rules on
 * the records written (`records` from `csvRecords`). Carried: category names, row ids, names,
 * kinds, descriptions, tags, party names and every cell (letters, qualifier, note). Not
 * carried: the matrix name, the variant (unless the letters show it), party ids, sides,
 * calendars and colours, category ids and empty categories — each reported only where the
 * importer's own derivation would get it wrong — and a few texts the notation cannot hold.
 *
 * @example
 * csvLosses(matrix, csvRecords(matrix));
 * // [{ path: ['parties', 1], code: 'party_metadata', restoredBy: 'parties', message: … }]
 */
export function csvLosses(matrix: Matrix, records: readonly (readonly string[])[]): CsvLoss[] {
  const losses: CsvLoss[] = [];
  const lose: Lose = (path, code, message, restoredBy) => {
    losses.push({ path, code, message, ...(restoredBy ? { restoredBy } : {}) });
  };
  if (matrix.name !== undefined) {
    lose(['name'], 'matrix_name', 'The CSV has no place for the matrix name.', 'name');
  }
  const letters = new Set(
    matrix.rows.flatMap((row) => Object.values(row.cells).flatMap((cell) => cell.roles)),
  );
  if (detectVariant(letters) !== matrix.variant) {
    const message = `The letters do not show that the variant is ${matrix.variant.toUpperCase()}.`;
    lose(['variant'], 'variant', message, 'variant');
  }
  partyLosses(matrix, records, lose);
  categoryLosses(matrix, lose);
  matrix.rows.forEach((row, index) => {
    rowLosses(row, ['rows', index], records[index + 1] ?? [], lose);
  });
  return losses;
}

type Lose = (
  path: (string | number)[],
  code: string,
  message: string,
  restoredBy?: NonNullable<CsvLoss['restoredBy']>,
) => void;

/** Party columns the header would misread, and party details the name does not imply. */
function partyLosses(matrix: Matrix, records: readonly (readonly string[])[], lose: Lose) {
  const header = records[0] ?? [];
  const roles = detectMatrixLayout({ rows: records }).layout.columns.map((column) => column.role);
  const first = header.length - matrix.parties.length;
  const headers = matrix.parties.map((party, index) => ({
    name: party.name,
    row: 1,
    column: index + 1,
  }));
  const derived = partiesFromHeader(headers, {}).parties;
  matrix.parties.forEach((party, index) => {
    const path = ['parties', index];
    const role = roles[first + index];
    if (role !== 'party')
      lose(
        path,
        'party_name_reserved',
        `The column "${party.name}" reads back as a ${role} column.`,
      );
    const guess = derived[index];
    const implied = guess?.id === party.id && guess.side === party.side;
    if (!implied || party.calendarId !== undefined || party.color !== undefined) {
      lose(
        path,
        'party_metadata',
        `The id, side, calendar or colour of "${party.name}" is not in the CSV.`,
        'parties',
      );
    }
  });
}

/** Categories that merge, vanish or get another id on import. */
function categoryLosses(matrix: Matrix, lose: Lose) {
  const taken = new Set<string>();
  const names = new Set<string>();
  const used = new Set(matrix.rows.map((row) => row.categoryId));
  matrix.categories.forEach((category, index) => {
    const path = ['categories', index];
    const key = category.name.trim().toLowerCase();
    if (names.has(key))
      lose(
        path,
        'duplicate_category_name',
        `Two categories are called "${category.name}"; they merge.`,
      );
    names.add(key);
    if (!used.has(category.id)) {
      lose(
        path,
        'empty_category',
        `"${category.name}" has no rows, so no line of the CSV names it.`,
        'categories',
      );
    } else if (uniqueId(slugify(category.name, 'category'), taken) !== category.id) {
      lose(path, 'category_id', `The id of "${category.name}" is not in the CSV.`, 'categories');
    }
  });
}

/** Row and cell texts that read back differently from the record written for the row. */
function rowLosses(row: Row, path: (string | number)[], record: readonly string[], lose: Lose) {
  const filled = record.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled[0] !== undefined && isLegendRow(filled[0], filled[1])) {
    lose(
      path,
      'row_reads_as_legend',
      `"${row.name}" looks like a legend line and is skipped on import.`,
    );
  }
  if (row.id.trim() !== row.id)
    lose(
      [...path, 'id'],
      'row_id_spaces',
      'The row id starts or ends with spaces, which are trimmed.',
    );
  if (row.description !== undefined && row.description.trim() === '') {
    lose([...path, 'description'], 'blank_description', 'A blank description reads back as none.');
  }
  if (row.tags?.length === 0)
    lose([...path, 'tags'], 'empty_tags', 'An empty tag list reads back as none.');
  row.tags?.forEach((tag, index) => {
    if (tag === '' || tag.trim() !== tag || TAG_SEPARATOR.test(tag)) {
      lose(
        [...path, 'tags', index],
        'tag_text',
        `The tag "${tag}" is blank, padded or holds a separator (, ; or a line break).`,
      );
    }
  });
  for (const [partyId, cell] of Object.entries(row.cells)) {
    const why = qualifierLoss(cell.qualifier);
    if (why)
      lose(
        [...path, 'cells', partyId, 'qualifier'],
        'qualifier_text',
        `The custom qualifier ${why}.`,
      );
    if (cell.note !== undefined && cell.note.trim() === '') {
      lose([...path, 'cells', partyId, 'note'], 'blank_note', 'A blank note reads back as none.');
    }
  }
}
