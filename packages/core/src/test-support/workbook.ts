import { strToU8, zipSync } from 'fflate';
import { escapeXml } from '../xlsx/xml-text';

// Builds small .xlsx workbooks in tests, part by part, so each test shows the XML it reads
// (shared strings, inline strings, styles, merges) instead of relying on a binary copy.

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';

export interface TestSheet {
  readonly name: string;
  /** The inside of `<sheetData>`: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`. */
  readonly data: string;
  /** Merged ranges such as `A2:A4`. */
  readonly merges?: readonly string[];
}

export interface TestWorkbook {
  readonly sheets: readonly TestSheet[];
  /** Shared strings, each written as one `<si><t>` (or given as raw `<si>` inner XML). */
  readonly strings?: readonly string[];
  /** The inside of `<styleSheet>`, for number formats. */
  readonly styles?: string;
  readonly date1904?: boolean;
  /** Element prefix for the main namespace (`x:`), as some writers use. */
  readonly prefix?: string;
}

/**
 * The bytes of a workbook with the given sheets.
 *
 * @example
 * workbookBytes({ sheets: [{ name: 'RACI', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' }] });
 */
export function workbookBytes(book: TestWorkbook): Uint8Array {
  const p = book.prefix ?? '';
  const ns = p === '' ? `xmlns="${MAIN}"` : `xmlns:${p.slice(0, -1)}="${MAIN}"`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<Types xmlns="${PKG}/content-types"></Types>`),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  };
  const sheets = book.sheets
    .map((s, i) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const pr = book.date1904 ? `<${p}workbookPr date1904="1"/>` : '';
  files['xl/workbook.xml'] = strToU8(
    `<${p}workbook ${ns} xmlns:r="${REL}">${pr}<${p}sheets>${sheets}</${p}sheets></${p}workbook>`,
  );
  const rels = book.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<Relationships xmlns="${PKG}/relationships">${rels}</Relationships>`,
  );
  book.sheets.forEach((sheet, i) => {
    const merges = sheet.merges?.length
      ? `<${p}mergeCells>${sheet.merges.map((ref) => `<${p}mergeCell ref="${ref}"/>`).join('')}</${p}mergeCells>`
      : '';
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<${p}worksheet ${ns}><${p}sheetData>${sheet.data}</${p}sheetData>${merges}</${p}worksheet>`,
    );
  });
  if (book.strings) {
    const items = book.strings
      .map((s) =>
        s.startsWith('<')
          ? `<${p}si>${s}</${p}si>`
          : `<${p}si><${p}t>${escapeXml(s)}</${p}t></${p}si>`,
      )
      .join('');
    files['xl/sharedStrings.xml'] = strToU8(`<${p}sst ${ns}>${items}</${p}sst>`);
  }
  if (book.styles)
    files['xl/styles.xml'] = strToU8(`<${p}styleSheet ${ns}>${book.styles}</${p}styleSheet>`);
  return zipSync(files, { mtime: new Date('2020-01-01T00:00:00Z') });
}

/**
 * One row of inline-string cells, from column A: `inlineRow(1, ['Task', 'IT'])`.
 *
 * @example
 * inlineRow(2, ['Patching', 'R/A']);
 */
export function inlineRow(row: number, values: readonly string[]): string {
  const cells = values
    .map((value, i) =>
      value === ''
        ? ''
        : `<c r="${String.fromCharCode(65 + i)}${row}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`,
    )
    .join('');
  return `<row r="${row}">${cells}</row>`;
}
