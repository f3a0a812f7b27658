import { strFromU8, Unzip, UnzipInflate, type Unzipped, unzipSync } from 'fflate';
import { restoreFormula } from '../io/csv-escape';
import { type CsvIssue, type CsvIssueCode, csvIssue } from '../io/csv-issue';
import type { TableResult } from '../io/table';
import { MATRIX_LIMITS } from '../matrix/schema';
import { generalNumber, isDateFormat, serialDate } from './cell-value';
import { runText, xmlAttributes } from './xml-text';

/**
 * How to read a workbook; every option is optional.
 *
 * @example
 * xlsxToTable(bytes, { sheet: 'RACI' });
 */
export interface XlsxReadOptions {
  /** The worksheet: its name, or its 0-based position; the first sheet when left out. */
  readonly sheet?: string | number;
  /** Largest file read, in bytes; 20 MB when left out. */
  readonly maxBytes?: number;
  /** Most rows read; the matrix's row limit plus 1,000 (for headers, sections) when left out. */
  readonly maxRows?: number;
  /**
   * Largest total the workbook's parts may unpack to, in bytes, checked against the sizes the
   * zip declares before anything is inflated (a zip bomb stops there); 256 MB when left out.
   */
  readonly maxUnpackedBytes?: number;
}

/** The most columns read: a matrix has at most 200 parties and a few metadata columns. */
const MAX_COLUMNS = 1_000;
/** Unpacked parts larger than this in all are not read: no sheet of a matrix is near it. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const fail = (code: CsvIssueCode, message: string): TableResult => ({
  ok: false,
  issues: [csvIssue(1, 1, code, message)],
});

/** Thrown inside the reader to leave with a typed issue; never escapes `xlsxToTable`. */
class Stop {
  constructor(readonly result: TableResult) {}
}

// fflate's UTF-8 decoder: the core's types carry no DOM, and hosts need no TextDecoder.
const text = (bytes: Uint8Array | undefined) => (bytes ? strFromU8(bytes) : '');

/** Whether bytes are a Compound File (the wrapper of encrypted workbooks and of old `.xls`). */
function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Whether a Compound File holds an `EncryptionInfo` stream (a password-protected workbook). */
function isEncrypted(bytes: Uint8Array): boolean {
  const name = 'EncryptionInfo';
  const limit = Math.min(bytes.length, 1 << 20) - name.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + k * 2] !== name.charCodeAt(k) || bytes[i + k * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function asBytes(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input))
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return undefined;
}

/** The part a relationship target names, resolved against `xl/`. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

interface Book {
  readonly sheets: readonly { name: string; path: string }[];
  readonly date1904: boolean;
}

function readBook(files: Unzipped): Book {
  const workbook = text(files['xl/workbook.xml']);
  if (workbook === '') {
    throw new Stop(fail('not_xlsx', 'the file is a zip archive but not an xlsx workbook.'));
  }
  const targets = new Map<string, string>();
  for (const match of text(files['xl/_rels/workbook.xml.rels']).matchAll(
    /<(?:\w+:)?Relationship\b([^>]*)>/g,
  )) {
    const attributes = xmlAttributes(match[1] as string);
    if (attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attributes = xmlAttributes(match[1] as string);
    const target = attributes.id ? targets.get(attributes.id) : undefined;
    if (target) sheets.push({ name: attributes.name ?? '', path: partPath(target) });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbook);
  const flag = pr ? xmlAttributes(pr[1] as string).date1904 : undefined;
  return { sheets, date1904: flag === '1' || flag === 'true' };
}

function sharedStrings(files: Unzipped): string[] {
  const xml = text(files['xl/sharedStrings.xml']);
  const strings: string[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)) {
    strings.push(match[1] === undefined ? '' : runText(match[1]));
  }
  return strings;
}

/** For each cell style index, whether it shows numbers as dates. */
function dateStyles(files: Unzipped): boolean[] {
  const xml = text(files['xl/styles.xml']);
  const codes = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const attributes = xmlAttributes(match[1] as string);
    codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const styles: boolean[] = [];
  for (const match of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(xmlAttributes(match[1] as string).numFmtId ?? 0);
    styles.push(isDateFormat(id, codes.get(id)));
  }
  return styles;
}

/** 0-based column of a cell reference (`AB12` → 27), or -1. */
function columnOf(reference: string): number {
  let column = 0;
  let index = 0;
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return index === 0 ? -1 : column - 1;
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
  readonly maxRows: number;
  readonly warnings: CsvIssue[];
}

function cellText(
  attributes: Record<string, string>,
  inner: string,
  context: SheetContext,
): string {
  const type = attributes.t ?? 'n';
  if (type === 'inlineStr')
    return runText(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? '');
  const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (value === undefined) return '';
  switch (type) {
    case 's':
      return context.strings[Number(value)] ?? '';
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
      return runText(`<t>${value}</t>`);
    default: {
      const style = Number(attributes.s ?? 0);
      const number = Number(value);
      if (context.dates[style] && Number.isFinite(number))
        return serialDate(number, context.date1904);
      return generalNumber(value);
    }
  }
}

function readSheet(xml: string, context: SheetContext): string[][] {
  const rows: string[][] = [];
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? '';
  let nextRow = 0;
  let wide = false;
  for (const row of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const number = Number(xmlAttributes(row[1] as string).r);
    const index = Number.isInteger(number) && number > 0 ? number - 1 : nextRow;
    nextRow = index + 1;
    if (index >= context.maxRows) {
      const message = `the sheet has more than ${context.maxRows} rows, more than a matrix can hold.`;
      throw new Stop({ ok: false, issues: [csvIssue(index + 1, 1, 'too_many_rows', message)] });
    }
    const record: string[] = [];
    let nextColumn = 0;
    for (const cell of (row[2] ?? '').matchAll(
      /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
    )) {
      const attributes = xmlAttributes(cell[1] as string);
      const found = attributes.r ? columnOf(attributes.r) : -1;
      const column = found >= 0 ? found : nextColumn;
      nextColumn = column + 1;
      const value = cellText(attributes, cell[2] ?? '', context);
      if (value === '') continue;
      if (column >= MAX_COLUMNS) {
        if (!wide) {
          const message = `values right of column ${MAX_COLUMNS} were skipped.`;
          context.warnings.push(csvIssue(index + 1, column + 1, 'extra_cell', message));
          wide = true;
        }
        continue;
      }
      while (record.length < column) record.push('');
      record[column] = restoreFormula(value);
    }
    while (rows.length < index) rows.push([]);
    rows[index] = record;
  }
  return rows;
}

/** Copies each merged range's value down its first column, as the rows below it belong to it. */
function fillMerges(xml: string, rows: string[][]) {
  for (const match of xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*)>/g)) {
    const ref = xmlAttributes(match[1] as string).ref ?? '';
    const [from, to] = ref.split(':');
    if (!from || !to) continue;
    const column = columnOf(from);
    const top = Number(from.replace(/^[A-Z]+/, '')) - 1;
    const bottom = Math.min(Number(to.replace(/^[A-Z]+/, '')) - 1, rows.length - 1);
    const value = rows[top]?.[column];
    if (column < 0 || column >= MAX_COLUMNS || !value || !(bottom > top)) continue;
    for (let row = top + 1; row <= bottom; row++) {
      if (!rows[row]) rows[row] = [];
      const record = rows[row] as string[];
      while (record.length < column) record.push('');
      if (!record[column]) record[column] = value;
    }
  }
}

const megabytes = (n: number) => `${Math.round(n / 1024 / 102.4) / 10} MB`;

/** Bytes fed to the inflater at a time: what one step may unpack stays bounded. */
const SLICE = 64 * 1024;

/**
 * The workbook's parts (pictures left out). The sizes the zip declares are checked before
 * anything is inflated; then the parts are unpacked a slice at a time and counted as they come,
 * and past `maxUnpacked` in all unpacking stops — so a zip bomb costs at most that much memory
 * and time, whatever its headers say.
 */
function unzip(bytes: Uint8Array, maxUnpacked: number): Unzipped {
  const tooLarge = (name: string) =>
    new Stop(
      fail(
        'too_large',
        `the workbook unpacks to more than ${megabytes(maxUnpacked)} (at ${name}); it is not read.`,
      ),
    );
  // First the central directory alone (nothing inflated): a damaged or truncated zip, or one
  // that declares too much, stops here at once.
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (file.name.startsWith('xl/') && !file.name.startsWith('xl/media/')) {
          declared += file.originalSize;
          if (declared > maxUnpacked) throw tooLarge(file.name);
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof Stop) throw error;
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new Stop(
      fail('corrupt_workbook', `the workbook is damaged and could not be unpacked (${reason}).`),
    );
  }
  const files: Unzipped = {};
  const open = new Set<string>();
  let unpacked = 0;
  let stop: Stop | undefined;
  const unzipper = new Unzip((file) => {
    if (stop || !file.name.startsWith('xl/') || file.name.startsWith('xl/media/')) return;
    if (unpacked + (file.originalSize ?? 0) > maxUnpacked) {
      stop = tooLarge(file.name);
      return;
    }
    const chunks: Uint8Array[] = [];
    let length = 0;
    open.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (stop) return;
      if (error) {
        stop = new Stop(
          fail(
            'corrupt_workbook',
            `the workbook is damaged and could not be unpacked (${error.message}).`,
          ),
        );
        return;
      }
      unpacked += chunk.length;
      length += chunk.length;
      if (unpacked > maxUnpacked) {
        stop = tooLarge(file.name);
        return;
      }
      chunks.push(chunk);
      if (!final) return;
      const whole = new Uint8Array(length);
      let at = 0;
      for (const piece of chunks) {
        whole.set(piece, at);
        at += piece.length;
      }
      files[file.name] = whole;
      open.delete(file.name);
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !stop; at += SLICE) {
      unzipper.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
    }
  } catch (error) {
    if (error instanceof Stop) throw error;
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new Stop(
      fail('corrupt_workbook', `the workbook is damaged and could not be unpacked (${reason}).`),
    );
  }
  if (stop) throw stop;
  if (open.size > 0) {
    const [name] = open;
    throw new Stop(
      fail(
        'corrupt_workbook',
        `the workbook is damaged and could not be unpacked (${name} ends early).`,
      ),
    );
  }
  return files;
}

/**
 * Reads one worksheet of an `.xlsx` workbook into a {@link Table} — the first unless `sheet`
 * names another — as the sheet shows it: shared and inline strings, numbers as General shows
 * them (`1`, `2.1`), dates as ISO dates (`2024-03-01`), booleans as `TRUE`/`FALSE`, formulas by
 * their cached values, and a merged range's value copied down its first column (other cells of
 * the range stay empty, as spreadsheets export them). Never throws: a file that is not a
 * workbook, a damaged or password-protected one, one past `maxBytes` or with more rows than
 * a matrix can hold comes back as a typed issue.
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
  try {
    return readXlsx(input, options);
  } catch (error) {
    if (error instanceof Stop) return error.result;
    const reason = error instanceof Error ? error.message : 'unknown error';
    return fail('corrupt_workbook', `the workbook could not be read (${reason}).`);
  }
}

function readXlsx(input: unknown, options: XlsxReadOptions): TableResult {
  const bytes = asBytes(input);
  if (!bytes)
    return fail('unreadable', 'expected the workbook as bytes (a Uint8Array or ArrayBuffer).');
  if (bytes.length === 0) return fail('empty', 'the file is empty.');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    const message = `the file is ${megabytes(bytes.length)}; at most ${megabytes(maxBytes)} is read.`;
    return fail('too_large', message);
  }
  if (isCompoundFile(bytes)) {
    return isEncrypted(bytes)
      ? fail(
          'encrypted_workbook',
          'the workbook is password-protected; save it without a password first.',
        )
      : fail('not_xlsx', 'this is an old binary Excel file (.xls); save it as .xlsx first.');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return fail('not_xlsx', 'the file is not an xlsx workbook.');
  const files = unzip(bytes, options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES);
  const book = readBook(files);
  const wanted = options.sheet ?? 0;
  const sheet =
    typeof wanted === 'number' ? book.sheets[wanted] : book.sheets.find((s) => s.name === wanted);
  if (!sheet) {
    const names = book.sheets.map((s) => `"${s.name}"`).join(', ');
    return fail(
      'no_such_sheet',
      `the workbook has no sheet ${typeof wanted === 'number' ? `at position ${wanted}` : `"${wanted}"`}; it has ${names || 'none'}.`,
    );
  }
  const xml = text(files[sheet.path]);
  if (xml === '')
    return fail('corrupt_workbook', `the sheet "${sheet.name}" is missing from the workbook.`);
  const warnings: CsvIssue[] = [];
  const context: SheetContext = {
    strings: sharedStrings(files),
    dates: dateStyles(files),
    date1904: book.date1904,
    maxRows: options.maxRows ?? MATRIX_LIMITS.rows + 1_000,
    warnings,
  };
  const rows = readSheet(xml, context);
  fillMerges(xml, rows);
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((cell) => cell === ''))
    rows.pop();
  if (rows.length === 0) return fail('empty', `the sheet "${sheet.name}" is empty.`);
  return { ok: true, value: { rows, name: sheet.name }, warnings };
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
    const bytes = asBytes(input);
    if (bytes?.[0] !== 0x50 || bytes[1] !== 0x4b) return [];
    return readBook(unzip(bytes, MAX_UNPACKED_BYTES)).sheets.map((sheet) => sheet.name);
  } catch {
    return [];
  }
}
