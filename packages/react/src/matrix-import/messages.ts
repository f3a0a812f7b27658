import type { PartySide, RoleVariant } from '@tandem/core';
import type { LayoutOrientation, SheetColumnRole } from '@tandem/core/io';
import type { ValidationSummary } from '@tandem/core/validate';
import { type MessageOverrides, mergeMessages } from '../messages/merge-messages';
import type { ImportFailureCode } from './model/import-failure';

/**
 * Every string `<MatrixImport>` shows or announces. Override any subset through `messages`;
 * functions receive names and counts, so translations can reorder words. The warnings and
 * the detector's reasons come from the core and are shown as it words them.
 *
 * @example
 * const fr: MatrixImportMessageOverrides = { title: (file) => `Importer ${file}`, import: 'Importer' };
 */
export interface MatrixImportMessages {
  title: (fileName: string) => string;
  description: string;
  close: string;
  cancel: string;
  import: string;
  reading: (fileName: string) => string;
  /** The stages of reading, shown beside the progress bar. */
  stages: { readonly bytes: string; readonly sheet: string; readonly layout: string };
  sheetLabel: string;
  sheetPreviewLabel: (rows: number, columns: number) => string;
  headerRowLabel: string;
  /** A cell of the sheet preview's row-number column. */
  rowNumber: (row: number) => string;
  columnRoleLabel: (column: string, header: string) => string;
  roles: Readonly<Record<ColumnChoice, string>>;
  sides: Readonly<Record<PartySide, string>>;
  lettersLabel: string;
  variantLabel: string;
  variants: Readonly<Record<RoleVariant, string>>;
  letterMapping: (letter: string) => string;
  noRole: string;
  noLegend: (system: string) => string;
  reasonsLabel: (confidence: number) => string;
  alternativesLabel: string;
  readAs: (orientation: LayoutOrientation, confidence: number) => string;
  orientations: Readonly<Record<LayoutOrientation, string>>;
  resultLabel: string;
  resultSummary: (rows: number, parties: number, categories: number) => string;
  moreRows: (count: number) => string;
  moreWarnings: (count: number) => string;
  warningsLabel: (count: number) => string;
  noWarnings: string;
  validation: (summary: ValidationSummary) => string;
  notImportable: string;
  /** Announced after the user changes the layout: what the result now holds. */
  layoutChanged: (what: string, rows: number, parties: number, warnings: number) => string;
  columnChanged: (column: string, header: string, role: string) => string;
  headerRowChanged: (row: number) => string;
  alternativeChosen: (orientation: string) => string;
  lettersChanged: string;
  sideChanged: (party: string, side: string) => string;
  partiesLabel: string;
  partySideLabel: (party: string) => string;
  sheetChosen: (sheet: string) => string;
  imported: (fileName: string, rows: number) => string;
  failed: (fileName: string) => string;
  failures: Readonly<Record<ImportFailureCode, (detail: FailureDetail) => string>>;
}

/**
 * What a failure message may name: the file, and for limits the limit and what was found.
 *
 * @example
 * const detail: FailureDetail = { fileName: 'big.csv', limit: 10, found: 50 };
 */
export interface FailureDetail {
  readonly fileName: string;
  readonly limit?: number | undefined;
  readonly found?: number | undefined;
}

/**
 * The choices a column's role menu offers: the core's roles, with a party split by side.
 *
 * @example
 * const choice: ColumnChoice = 'party-provider';
 */
export type ColumnChoice = Exclude<SheetColumnRole, 'party'> | `party-${PartySide}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The English messages of {@link MatrixImportMessages}. */
export const englishMatrixImportMessages: MatrixImportMessages = {
  title: (file) => `Import ${file}`,
  description:
    'Check how the sheet was read: give each column its role, then import the matrix it makes.',
  close: 'Close',
  cancel: 'Cancel',
  import: 'Import',
  reading: (file) => `Reading ${file}…`,
  stages: {
    bytes: 'Reading the file',
    sheet: 'Reading the sheet',
    layout: 'Working out the layout',
  },
  sheetLabel: 'Worksheet',
  sheetPreviewLabel: (rows, columns) =>
    `The sheet: ${plural(rows, 'row')}, ${plural(columns, 'column')}`,
  headerRowLabel: 'Header row',
  rowNumber: (row) => String(row),
  columnRoleLabel: (column, header) =>
    header === '' ? `Role of column ${column}` : `Role of column ${column}, “${header}”`,
  roles: {
    function: 'Function (row name)',
    category: 'Category',
    id: 'ID or code',
    kind: 'Task or decision',
    tags: 'Tags',
    description: 'Description',
    notes: 'Notes',
    'party-internal': 'Party, internal',
    'party-provider': 'Party, MSP',
    'party-vendor': 'Party, vendor',
    'party-business': 'Party, business',
    letter: 'Letter column (names)',
    responsibility: 'Responsibility (names)',
    ignore: 'Ignore',
  },
  sides: { internal: 'Internal', provider: 'MSP', vendor: 'Vendor', business: 'Business' },
  lettersLabel: 'Letters',
  variantLabel: 'Letter system of the matrix',
  variants: { raci: 'RACI', rasci: 'RASCI', daci: 'DACI' },
  letterMapping: (letter) => `Sheet letter ${letter} reads as`,
  noRole: 'No role',
  noLegend: (system) => `The sheet's letters are read as ${system}.`,
  reasonsLabel: (confidence) => `Why this layout (${Math.round(confidence * 100)} % sure)`,
  alternativesLabel: 'Other ways to read it',
  readAs: (orientation, confidence) =>
    `Read as ${englishOrientations[orientation]} (${Math.round(confidence * 100)} %)`,
  orientations: {
    grid: 'a column per party, letters in cells',
    marks: 'a column per party, marks in cells',
    transposed: 'a column per letter, party names in cells',
    responsibility: 'one responsibility column',
  },
  resultLabel: 'The matrix it makes',
  resultSummary: (rows, parties, categories) =>
    `${plural(rows, 'row')}, ${plural(parties, 'party', 'parties')}, ${plural(categories, 'category', 'categories')}.`,
  moreRows: (count) => `and ${plural(count, 'more row')}`,
  moreWarnings: (count) => `and ${plural(count, 'more warning')}`,
  warningsLabel: (count) => plural(count, 'warning'),
  noWarnings: 'Every cell was read.',
  validation: (s) =>
    s.total === 0
      ? 'Checks: no issues.'
      : `Checks: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'note')}.`,
  notImportable: 'This layout makes no matrix; change a column’s role.',
  layoutChanged: (what, rows, parties, warnings) =>
    `${what} ${plural(rows, 'row')}, ${plural(parties, 'party', 'parties')}, ${plural(warnings, 'warning')}.`,
  columnChanged: (column, header, role) =>
    `Column ${column}${header ? ` “${header}”` : ''} is now ${role}.`,
  headerRowChanged: (row) => `The header is row ${row}.`,
  alternativeChosen: (orientation) => `Reading the sheet as ${orientation}.`,
  lettersChanged: 'Letters changed.',
  sideChanged: (party, side) => `${party} is now on the ${side} side.`,
  partiesLabel: 'Parties',
  partySideLabel: (party) => `Side of ${party}`,
  sheetChosen: (sheet) => `Reading the sheet “${sheet}”.`,
  imported: (file, rows) => `Imported ${file}: ${plural(rows, 'row')}.`,
  failed: (file) => `${file} could not be imported.`,
  failures: {
    too_large: ({ fileName, limit, found }) =>
      `${fileName} is ${found ?? '?'} MB; files up to ${limit ?? '?'} MB are read.`,
    too_many_rows: ({ fileName, limit, found }) =>
      `${fileName} has ${found === undefined ? 'more than' : `${found.toLocaleString('en')} rows, more than`} ${(limit ?? 0).toLocaleString('en')} rows, which is more than a matrix holds.`,
    not_spreadsheet: ({ fileName }) =>
      `${fileName} is neither a CSV nor an xlsx workbook (it looks like another kind of file).`,
    unreadable: ({ fileName }) => `${fileName} could not be read.`,
    rejected: ({ fileName }) => `${fileName} is not a sheet that can be read:`,
  },
};

const englishOrientations = englishMatrixImportMessages.orientations;

/**
 * What a host may pass as `messages`: any subset, nested records included.
 *
 * @example
 * const overrides: MatrixImportMessageOverrides = { roles: { ignore: 'Skip' } };
 */
export type MatrixImportMessageOverrides = MessageOverrides<MatrixImportMessages>;

/**
 * The English messages with a host's overrides merged in.
 *
 * @example
 * resolveMatrixImportMessages({ import: 'Take it in' }).import; // 'Take it in'
 */
export function resolveMatrixImportMessages(
  overrides: MatrixImportMessageOverrides | undefined,
): MatrixImportMessages {
  return mergeMessages(englishMatrixImportMessages, overrides);
}
