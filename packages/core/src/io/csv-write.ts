import { cellOf } from '../matrix/get-cell';
import type { Matrix } from '../matrix/model';
import { formatCellNotation } from './cell-notation';
import { type CsvLoss, csvLosses } from './csv-losses';
import { type CsvExportOptions, recordsToCsv } from './csv-records';

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
