import { strToU8, zipSync } from 'fflate';
import { neutraliseFormula } from '../io/csv-escape';
import type { CsvLoss } from '../io/csv-losses';
import { csvLosses } from '../io/csv-losses';
import { csvRecords } from '../io/csv-write';
import type { Matrix } from '../matrix/model';
import { escapeXml } from './xml-text';

/**
 * An xlsx export: the workbook's bytes and what the sheet cannot carry (as for CSV).
 *
 * @example
 * const { bytes, losses } = matrixToXlsx(matrix);
 */
export interface XlsxExport {
  readonly bytes: Uint8Array;
  readonly losses: readonly CsvLoss[];
}

/**
 * How to write the workbook.
 *
 * @example
 * matrixToXlsx(matrix, { sheetName: 'Responsibilities' });
 */
export interface XlsxExportOptions {
  /** The worksheet's name; the matrix name (or `Matrix`) when left out. */
  readonly sheetName?: string;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';

/** A column reference: 0 → `A`, 26 → `AA`. */
function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Excel's rules for sheet names: at most 31 characters, none of `\ / ? * [ ] :`. */
function sheetNameOf(name: string): string {
  const clean = name
    .replace(/[\\/?*[\]:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
  return clean === '' ? 'Matrix' : clean;
}

function sheetXml(records: readonly (readonly string[])[]): string {
  const rows: string[] = [];
  records.forEach((record, r) => {
    const cells: string[] = [];
    record.forEach((value, c) => {
      if (value === '') return;
      // Every value is text (never a formula); a leading `'` still guards the same cells as
      // the CSV, so a sheet saved again as CSV is as safe and reads back the same.
      const text = escapeXml(neutraliseFormula(value));
      cells.push(
        `<c r="${columnLetters(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`,
      );
    });
    rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  return `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/**
 * Writes a matrix as an `.xlsx` workbook of one sheet, laid out as `matrixToCsv` lays out
 * its CSV (`Category, ID, Activity, [Kind], [Description], [Tags], …parties`), every value a
 * text cell and none a formula; cells a spreadsheet could run as a formula (`=`, `+`, `-`,
 * `@` …) get the same leading `'` as in the CSV, which `xlsxToTable` removes again. `losses`
 * lists what the sheet cannot carry, exactly as for CSV. Pure: bytes in memory, no I/O.
 *
 * @example
 * const { bytes } = matrixToXlsx(matrix);
 * const back = xlsxToTable(bytes); // the same sheet as a table
 */
export function matrixToXlsx(matrix: Matrix, options: XlsxExportOptions = {}): XlsxExport {
  const records = csvRecords(matrix);
  const name = escapeXml(sheetNameOf(options.sheetName ?? matrix.name ?? 'Matrix'));
  const files = {
    '[Content_Types].xml': `${HEAD}<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml(records),
  };
  const zipped = zipSync(
    Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)])),
    // A fixed date keeps the bytes the same for the same matrix (zip headers store one).
    { level: 6, mtime: new Date('2020-01-01T00:00:00Z') },
  );
  return { bytes: zipped, losses: csvLosses(matrix, records) };
}
