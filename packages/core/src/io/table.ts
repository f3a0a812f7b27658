import { restoreFormula } from './csv-escape';
import { type CsvIssue, csvIssue } from './csv-issue';
import { guessDelimiter, lineEnding, tokenize } from './csv-tokens';

/**
 * A sheet as plain text cells: `rows[r][c]` is the text of cell (r + 1, c + 1), so `rows[13][2]`
 * is C14. Rows may differ in length; a missing cell is empty. CSV and xlsx both read to this.
 *
 * @example
 * const table: Table = { rows: [['Function', 'IT', 'MSP'], ['Patching', 'R/A', 'I']] };
 */
export interface Table {
  readonly rows: readonly (readonly string[])[];
  /** The sheet's name, when the source has one (an xlsx worksheet). */
  readonly name?: string;
}

/**
 * A table read from text or bytes, with what was odd about the source, or why it could not be
 * read.
 *
 * @example
 * const result = readTable('a,b\n1,2\n');
 * if (result.ok) result.value.rows; // [['a', 'b'], ['1', '2']]
 */
export type TableResult =
  | { readonly ok: true; readonly value: Table; readonly warnings: readonly CsvIssue[] }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

/**
 * How to read CSV text into a table.
 *
 * @example
 * readTable(text, { delimiter: ';' });
 */
export interface TableReadOptions {
  /** The separator; detected among `,` `;` tab `|` (or read from a `sep=` line) when left out. */
  readonly delimiter?: ',' | ';' | '\t' | '|';
}

/**
 * Reads CSV text into a {@link Table}: a BOM is dropped, the separator is detected (or taken
 * from an Excel `sep=` line, which is not counted as a row), quoted cells may hold separators,
 * quotes and line breaks, and a `'` guarding a formula character is removed, exactly undoing
 * `matrixToCsv`. Never throws.
 *
 * @example
 * const result = readTable('\ufeffsep=;\nFunction;IT\nPatching;R\n');
 * if (result.ok) result.value.rows; // [['Function', 'IT'], ['Patching', 'R']]
 */
export function readTable(text: string, options: TableReadOptions = {}): TableResult {
  if (typeof text !== 'string') {
    return { ok: false, issues: [csvIssue(1, 1, 'unreadable', 'expected the CSV as text.')] };
  }
  if (text.trim() === '' || text === '\ufeff') {
    return { ok: false, issues: [csvIssue(1, 1, 'empty', 'the CSV is empty.')] };
  }
  try {
    const warnings: CsvIssue[] = [];
    return { ok: true, value: { rows: parseRecords(text, options, warnings) }, warnings };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    const issue = csvIssue(1, 1, 'unreadable', `the CSV could not be read (${reason}).`);
    return { ok: false, issues: [issue] };
  }
}

/** Splits the text into records of fields, after a BOM and an Excel `sep=` line. */
function parseRecords(input: string, options: TableReadOptions, warnings: CsvIssue[]) {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let delimiter: string = options.delimiter ?? '';
  // Excel's `sep=;` line names the separator; Excel hides it, so rows are counted after it.
  const sepLine = /^sep=([^\r\n])\r?\n/.exec(text);
  if (sepLine) {
    delimiter ||= sepLine[1] as string;
    text = text.slice(sepLine[0].length);
  }
  const newline = lineEnding(text);
  // With no separator that splits the first rows alike (one column), commas, as spreadsheets.
  delimiter ||= guessDelimiter(text, newline) ?? ',';
  const parsed = tokenize(text, delimiter, newline);
  for (const error of parsed.errors) {
    warnings.push(csvIssue(error.record + 1, 1, 'csv_syntax', `${error.message}.`));
  }
  // In place: the records are ours, and a 5,000-row sheet should not be copied to fix a few.
  for (const record of parsed.records) {
    for (let index = 0; index < record.length; index++) {
      record[index] = restoreFormula(record[index] as string);
    }
  }
  return parsed.records;
}
