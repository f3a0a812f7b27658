import { neutraliseFormula } from './csv-escape';
import { csvLine } from './csv-tokens';

// Records to CSV text on their own, so that what writes CSV from other data (the service
// review's evidence) does not bring the matrix writer and its loss report with it.

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
