// The one-call workbook import: a sheet of an `.xlsx` to a matrix, through the same layout
// detection and table import as `matrixFromCsv`.

import { type CsvIssue, csvIssue } from '../io/csv-issue';
import { detectMatrixLayout } from '../io/layout-detect';
import type { MatrixLayout } from '../io/matrix-layout';
import { importTable, type MatrixImportResult, type TableImportOptions } from '../io/table-import';
import { xlsxToTable } from './xlsx-read';
import type { XlsxReadOptions } from './xlsx-read-options';

/**
 * How to read a matrix from a workbook: which sheet and the reader's limits, the layout (else
 * detected), and how to read the table; every option is optional.
 *
 * @example
 * matrixFromXlsx(bytes, { sheet: 'RACI', sides: { 'Acme Ops': 'provider' } });
 */
export interface XlsxImportOptions extends XlsxReadOptions, TableImportOptions {
  /** The layout to read; detected by `detectMatrixLayout` when left out. */
  readonly layout?: MatrixLayout;
}

/**
 * Reads a responsibility matrix from a worksheet of an `.xlsx` workbook: `xlsxToTable`, then
 * `detectMatrixLayout` (unless `layout` is given), then the table import `matrixFromCsv` uses —
 * so a workbook and its CSV export give the same matrix, the same located warnings (`Cell C14:
 * …`, the reader's first) and the same `origins` (with the sheet's name). Never throws: a file
 * that is not a workbook, or a sheet that holds no matrix, comes back as typed issues.
 *
 * @example
 * const result = matrixFromXlsx(new Uint8Array(await file.arrayBuffer()), { sheet: 'RACI' });
 * if (result.ok) result.value.rows.length;
 * else result.issues[0]?.code; // 'not_xlsx', 'no_such_sheet', 'no_parties' …
 */
export function matrixFromXlsx(
  input: Uint8Array | ArrayBuffer,
  options: XlsxImportOptions = {},
): MatrixImportResult {
  const table = xlsxToTable(input, options);
  if (!table.ok) return table;
  try {
    const layout = options.layout ?? detectMatrixLayout(table.value).layout;
    return importTable(table.value, layout, options, table.warnings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    const issue: CsvIssue = csvIssue(
      1,
      1,
      'unreadable',
      `the sheet could not be read (${reason}).`,
    );
    return { ok: false, issues: [issue] };
  }
}
