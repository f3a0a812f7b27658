import { type CsvIssue, csvIssue } from './csv-issue';
import { detectMatrixLayout } from './layout-detect';
import type { MatrixLayout } from './matrix-layout';
import { readTable, type TableReadOptions } from './table';
import { importTable, type MatrixImportResult, type TableImportOptions } from './table-import';

/**
 * How to read a CSV; every option is optional.
 *
 * @example
 * matrixFromCsv(text, { sides: { 'Acme Ops': 'provider' }, defaultCategory: 'Helpdesk', jointAccountable: 'internal' });
 */
export interface CsvImportOptions extends TableImportOptions, TableReadOptions {
  /** The layout to read; detected by `detectMatrixLayout` when left out. */
  readonly layout?: MatrixLayout;
}

/**
 * A matrix read from CSV with what was odd about it, or why it could not be read.
 *
 * @example
 * const result = matrixFromCsv(text);
 * if (!result.ok) for (const issue of result.issues) console.warn(issue.message); // 'Cell A1: …'
 */
export type CsvImportResult = MatrixImportResult;

/**
 * Reads a responsibility matrix from a CSV exported by a spreadsheet: `readTable`, then
 * `detectMatrixLayout` (unless `layout` is given), then `matrixFromTable`. Never throws.
 *
 * The header is the first row with two or more filled cells below any legend (a one-cell row
 * above it is the title). Parties are the columns of letters or marks — or the names in a
 * transposed sheet's `R`/`A`/`C`/`I` columns, or in one `Responsibility` column — and ID,
 * code, description, status, date and notes columns become row fields, never parties. Cells
 * are read by the table of `readCellNotation`, through the sheet's legend when it has one. A
 * `'` guarding a formula character is removed, exactly undoing `matrixToCsv`. Rows are grouped
 * by category in order of first appearance.
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
    const table = readTable(text, options);
    if (!table.ok) return table;
    const layout = options.layout ?? detectMatrixLayout(table.value).layout;
    return importTable(table.value, layout, options, table.warnings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    const issue: CsvIssue = csvIssue(1, 1, 'unreadable', `the CSV could not be read (${reason}).`);
    return { ok: false, issues: [issue] };
  }
}
