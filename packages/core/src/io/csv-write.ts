import { cellOf } from '../matrix/get-cell';
import type { Matrix } from '../matrix/model';
import { formatCellNotation } from './cell-notation';
import { neutraliseFormula } from './csv-escape';
import { type CsvLoss, csvLosses } from './csv-losses';
import { csvLine } from './csv-tokens';

/**
 * How to write a CSV.
 *
 * @example
 * matrixToCsv(matrix, { delimiter: ';', bom: true }); // for Excel in a decimal-comma locale
 */
export interface CsvExportOptions {
  /** `,` by default; `;` suits Excel in locales with a decimal comma. */
  readonly delimiter?: ',' | ';' | '\t';
  /** `\r\n` (RFC 4180) by default. */
  readonly newline?: '\r\n' | '\n';
  /** Start with a UTF-8 byte-order mark, which Excel needs to show ✓, é … correctly. */
  readonly bom?: boolean;
}

/**
 * A written CSV and what it could not carry.
 *
 * @example
 * const { text, losses } = matrixToCsv(matrix);
 * if (losses.some((loss) => !loss.restoredBy)) warnUser(losses);
 */
export interface CsvExport {
  readonly text: string;
  /** Values the CSV cannot hold or that would read back differently; empty when lossless. */
  readonly losses: readonly CsvLoss[];
}

/**
 * The sheet `matrixToCsv` writes, as records of plain (not yet neutralised) texts: a header
 * `Category, ID, Activity, [Kind], [Description], [Tags], …party names`, then one record per
 * row. Kind, Description and Tags appear only when some row uses them.
 *
 * @example
 * csvRecords(matrix)[0]; // ['Category', 'ID', 'Activity', 'Internal IT', 'MSP']
 */
export function csvRecords(matrix: Matrix): string[][] {
  const kind = matrix.rows.some((row) => row.kind !== 'task');
  const description = matrix.rows.some((row) => row.description !== undefined);
  const tags = matrix.rows.some((row) => row.tags !== undefined);
  const categoryNames = new Map(matrix.categories.map((category) => [category.id, category.name]));
  const header = ['Category', 'ID', 'Activity'];
  if (kind) header.push('Kind');
  if (description) header.push('Description');
  if (tags) header.push('Tags');
  const records = [[...header, ...matrix.parties.map((party) => party.name)]];
  for (const row of matrix.rows) {
    const record = [categoryNames.get(row.categoryId) ?? '', row.id, row.name];
    if (kind) record.push(row.kind);
    if (description) record.push(row.description ?? '');
    if (tags) record.push((row.tags ?? []).join(', '));
    for (const party of matrix.parties) {
      const cell = cellOf(row, party.id);
      record.push(cell ? formatCellNotation(cell) : '');
    }
    records.push(record);
  }
  return records;
}

/**
 * Writes a matrix as CSV for spreadsheets, and lists what the CSV cannot carry. Reading the
 * text back with `matrixFromCsv` gives the same matrix when `losses` is empty; losses marked
 * `restoredBy` come back too when that option of `matrixFromCsv` is passed from the original
 * (`parties`, `categories`, `variant`, `name`).
 *
 * Cells are written in canonical notation (`R/A`, `R (overflow only)`, a note on the next line);
 * any field starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so no spreadsheet
 * runs it as a formula (the importer removes exactly that `'`).
 *
 * @example
 * const { text, losses } = matrixToCsv(matrix, { bom: true });
 * const back = matrixFromCsv(text, { parties: matrix.parties, categories: matrix.categories });
 */
export function matrixToCsv(matrix: Matrix, options: CsvExportOptions = {}): CsvExport {
  const records = csvRecords(matrix);
  return { text: recordsToCsv(records, options), losses: csvLosses(matrix, records) };
}

/**
 * Records of plain texts as CSV text: every field neutralised against formulas, quoted when it
 * holds any separator `readTable` might guess, lines ended and the BOM added as `options` say.
 * `readTable` reads the text back to the same records.
 *
 * @example
 * recordsToCsv([['Ticket', 'Note'], ['T-1', '=1+1']]); // "Ticket,Note\r\nT-1,'=1+1\r\n"
 */
export function recordsToCsv(
  records: readonly (readonly string[])[],
  options: CsvExportOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\r\n';
  // Quote any field holding a separator the importer might guess, not only the one used,
  // so detection sees the same number of fields on every row.
  const quote = (field: string) => /[,;\t|]/.test(field);
  const body = records
    .map((record) => csvLine(record.map(neutraliseFormula), delimiter, quote))
    .join(newline);
  return `${options.bom ? '\ufeff' : ''}${body}${newline}`;
}
