/** What a CSV import can report; each code has one meaning across warnings and errors. */
export type CsvIssueCode =
  | 'unreadable'
  | 'empty'
  | 'no_header'
  | 'no_parties'
  | 'too_many_rows'
  | 'too_many_parties'
  | 'too_many_categories'
  | 'csv_syntax'
  | 'unreadable_cell'
  | 'conflicting_qualifiers'
  | 'letter_not_in_variant'
  | 'party_side_unknown'
  | 'unknown_party'
  | 'duplicate_party'
  | 'unnamed_column'
  | 'extra_cell'
  | 'missing_activity'
  | 'invalid_row_id'
  | 'duplicate_row_id'
  | 'unknown_kind'
  | 'too_long'
  | 'too_many_tags'
  | 'skipped_row'
  | 'ignored_column'
  | 'empty_party'
  | 'letters_mapped'
  | 'section_cell_skipped'
  | 'not_xlsx'
  | 'encrypted_workbook'
  | 'corrupt_workbook'
  | 'too_large'
  | 'no_such_sheet'
  | 'too_many_warnings';

/**
 * A problem found while reading a CSV, placed the way a spreadsheet shows it: `row` and `column`
 * are 1-based (`column: 3, row: 7` is cell C7). `path` points into the resulting matrix when the
 * problem concerns one of its values.
 *
 * @example
 * const warning: CsvIssue = { row: 7, column: 3, code: 'unreadable_cell', message: 'Cell C7: …' };
 */
export interface CsvIssue {
  readonly row: number;
  readonly column: number;
  readonly code: CsvIssueCode;
  readonly message: string;
  readonly path?: readonly (string | number)[];
}

/**
 * The spreadsheet name of a 1-based column: 1 → `A`, 27 → `AA`.
 *
 * @example
 * columnName(3); // 'C'
 */
export function columnName(column: number): string {
  let name = '';
  for (let n = Math.max(1, Math.floor(column)); n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * Builds an issue whose message starts with the cell reference (`Cell C7: …`).
 *
 * @example
 * csvIssue(7, 3, 'unreadable_cell', '"Sometimes" is not a letter.');
 */
export function csvIssue(
  row: number,
  column: number,
  code: CsvIssueCode,
  message: string,
): CsvIssue {
  return { row, column, code, message: `Cell ${columnName(column)}${row}: ${message}` };
}
