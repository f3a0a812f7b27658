// Where each part of an imported matrix came from in its sheet, so a finding about a row can
// be shown at the source: `RACI!B7` in a workbook, `B7` (row 7 of the CSV's records) in a CSV.

import { columnName } from './csv-issue';

/**
 * A cell of the source sheet, 1-based as a spreadsheet shows it: `{ row: 7, column: 2 }` is
 * B7. In a CSV, `row` counts records (a quoted cell with a line break spans two lines, one
 * record).
 *
 * @example
 * const place: SheetPlace = { row: 7, column: 2 };
 */
export interface SheetPlace {
  readonly row: number;
  readonly column: number;
}

/**
 * Where an imported matrix came from: for each row id, the cell of its name (the function
 * column, on the row it was read from); for each party id, the header cell that names it (in
 * a transposed sheet, the first cell that names it); and the sheet's name for a workbook.
 *
 * @example
 * const result = matrixFromCsv(text);
 * if (result.ok) result.origins.rows['patch-servers']; // { row: 7, column: 2 }
 */
export interface MatrixOrigins {
  /** The worksheet's name, when the source has one. */
  readonly sheet?: string;
  readonly rows: Readonly<Record<string, SheetPlace>>;
  readonly parties: Readonly<Record<string, SheetPlace>>;
}

// A sheet name Excel writes bare in a reference: letters, digits, `_` and `.`, not first a digit.
const BARE_SHEET = /^[A-Za-z_][\w.]*$/;

/**
 * A place as a spreadsheet reference: `B7`, or `RACI!B7` (`'Q3 matrix'!B7` when the name needs
 * quotes, a `'` in it doubled).
 *
 * @example
 * sheetReference({ row: 7, column: 2 }, 'RACI'); // 'RACI!B7'
 * sheetReference({ row: 7, column: 2 }); // 'B7'
 */
export function sheetReference(place: SheetPlace, sheet?: string): string {
  const cell = `${columnName(place.column)}${place.row}`;
  if (sheet === undefined || sheet === '') return cell;
  const name = BARE_SHEET.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cell}`;
}
