// The one-call workbook readers: each drives the stepped reader (`readXlsxInSteps`) to its
// end, so the sync and the stepped paths give the same tables.

import type { TableResult } from '../io/table';
import { isZip } from './file-kind';
import { partTextAtOnce } from './part-text';
import { unzipParts } from './unzip-parts';
import { readBook } from './workbook-sheets';
import type { XlsxReadOptions } from './xlsx-read-options';
import { xlsxWorkbook } from './xlsx-steps';

export type { XlsxReadOptions } from './xlsx-read-options';

/** Unpacked parts larger than this in all are not read for the sheet names. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** Runs a generator to its end and gives what it returns. */
function runToEnd<T>(steps: Generator<unknown, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Reads one worksheet of an `.xlsx` workbook into a {@link Table} — the first unless `sheet`
 * names another — as the sheet shows it: shared and inline strings, numbers as General shows
 * them (`1`, `2.1`), dates as ISO dates (`2024-03-01`), booleans as `TRUE`/`FALSE`, formulas by
 * their cached values, and a merged range's value copied down its first column (other cells of
 * the range stay empty, as spreadsheets export them). Never throws: a file that is not a
 * workbook, a damaged or password-protected one, one past `maxBytes` or with more rows than
 * a matrix can hold comes back as a typed issue. `readXlsxInSteps` reads the same in bounded
 * steps, for a page that must keep answering.
 *
 * @example
 * const result = xlsxToTable(new Uint8Array(await file.arrayBuffer()));
 * if (result.ok) matrixFromTable(result.value, detectMatrixLayout(result.value).layout);
 * else result.issues[0]?.code; // 'not_xlsx', 'encrypted_workbook', 'corrupt_workbook', 'too_large' …
 */
export function xlsxToTable(
  input: Uint8Array | ArrayBuffer,
  options: XlsxReadOptions = {},
): TableResult {
  return xlsxWorkbook(input, options).result;
}

/**
 * The names of a workbook's worksheets, in order, for a host to offer a choice; empty when the
 * bytes are not a readable workbook.
 *
 * @example
 * xlsxSheetNames(bytes); // ['RACI', 'Legend']
 */
export function xlsxSheetNames(input: Uint8Array | ArrayBuffer): string[] {
  try {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
    if (!isZip(bytes)) return [];
    const files = runToEnd(unzipParts(bytes, MAX_UNPACKED_BYTES));
    const book = readBook(
      partTextAtOnce(files['xl/workbook.xml']),
      partTextAtOnce(files['xl/_rels/workbook.xml.rels']),
    );
    return book.sheets.map((sheet) => sheet.name);
  } catch {
    return [];
  }
}
