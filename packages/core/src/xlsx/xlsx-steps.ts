// The workbook reader as a resumable process: a generator whose every step does a bounded
// amount of work and yields where it stands, so a host can spread a large workbook over idle
// callbacks, `scheduler.yield()` or timer slices and stop between any two steps. The core has
// no timers: the host decides when the next step runs.

import type { TableResult } from '../io/table';
import { MATRIX_LIMITS } from '../matrix/schema';
import { dateStyles } from './date-styles';
import { workbookBytesOf } from './file-kind';
import { fillMerges } from './merged-cells';
import { partText, partTextAtOnce } from './part-text';
import { refusal, Stop } from './read-failure';
import { sharedStrings } from './shared-strings';
import { type SheetContext, sheetDataBounds, sheetRows } from './sheet-rows';
import { unzipParts } from './unzip-parts';
import { pickSheet, readBook } from './workbook-sheets';
import type { XlsxReadOptions } from './xlsx-read-options';

/**
 * What a workbook read is doing: unpacking the zip, decoding the parts it reads, reading the
 * shared strings, reading the sheet's rows.
 *
 * @example
 * const stage: XlsxStage = 'sheet';
 */
export type XlsxStage = 'unzip' | 'decode' | 'strings' | 'sheet';

/**
 * Where a stepped read stands: its stage and how far into it (`done` of `total`, in the
 * stage's own unit — bytes for `unzip` and `decode`, characters of XML for `strings` and
 * `sheet`). Plain data, to show or post from a worker.
 *
 * @example
 * const progress: XlsxProgress = { stage: 'sheet', done: 512_000, total: 2_048_000 };
 * const percent = Math.round((progress.done / progress.total) * 100); // 25
 */
export interface XlsxProgress {
  readonly stage: XlsxStage;
  readonly done: number;
  readonly total: number;
}

/**
 * A finished workbook read: the sheet as a table (or the reader's typed issues) and the names
 * of the workbook's sheets, in order (empty when the bytes are not a readable workbook).
 *
 * @example
 * const { result, sheets } = xlsxWorkbook(bytes);
 */
export interface XlsxWorkbookRead {
  readonly result: TableResult;
  readonly sheets: readonly string[];
}

/** Unpacked parts larger than this in all are not read: no sheet of a matrix is near it. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Runs a sub-step's generator, turning each of its yields into progress. */
function* within<T>(
  stage: XlsxStage,
  total: number,
  offset: number,
  steps: Generator<number, T>,
): Generator<XlsxProgress, T> {
  let step = steps.next();
  while (!step.done) {
    yield { stage, done: offset + step.value, total };
    step = steps.next();
  }
  return step.value;
}

function* readSteps(
  input: unknown,
  options: XlsxReadOptions,
  names: { sheets: readonly string[] },
): Generator<XlsxProgress, TableResult> {
  const bytes = workbookBytesOf(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!(bytes instanceof Uint8Array)) return bytes;
  yield { stage: 'unzip', done: 0, total: bytes.length };
  const maxUnpacked = options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
  const files = yield* within('unzip', bytes.length, 0, unzipParts(bytes, maxUnpacked));
  const book = readBook(
    partTextAtOnce(files['xl/workbook.xml']),
    partTextAtOnce(files['xl/_rels/workbook.xml.rels']),
  );
  names.sheets = book.sheets.map((s) => s.name);
  const sheet = pickSheet(book, options.sheet ?? 0);
  const stringPart = files['xl/sharedStrings.xml'];
  const sheetPart = files[sheet.path];
  const decodeTotal = (stringPart?.length ?? 0) + (sheetPart?.length ?? 0);
  yield { stage: 'decode', done: 0, total: decodeTotal };
  const stringXml = yield* within('decode', decodeTotal, 0, partText(stringPart));
  const offset = stringPart?.length ?? 0;
  if (offset > 0) yield { stage: 'decode', done: offset, total: decodeTotal };
  const xml = yield* within('decode', decodeTotal, offset, partText(sheetPart));
  if (xml === '')
    return refusal('corrupt_workbook', `the sheet "${sheet.name}" is missing from the workbook.`);
  yield { stage: 'strings', done: 0, total: stringXml.length };
  const strings = yield* within('strings', stringXml.length, 0, sharedStrings(stringXml));
  const context: SheetContext = {
    strings,
    dates: dateStyles(partTextAtOnce(files['xl/styles.xml'])),
    date1904: book.date1904,
    maxRows: options.maxRows ?? MATRIX_LIMITS.rows + 1_000,
    warnings: [],
  };
  yield { stage: 'sheet', done: 0, total: xml.length };
  const rows = yield* within('sheet', xml.length, 0, sheetRows(xml, context));
  fillMerges(xml, rows, sheetDataBounds(xml)?.to ?? 0);
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((cell) => cell === ''))
    rows.pop();
  if (rows.length === 0) return refusal('empty', `the sheet "${sheet.name}" is empty.`);
  return { ok: true, value: { rows, name: sheet.name }, warnings: context.warnings };
}

/**
 * Reads a workbook as `xlsxToTable` does, as a generator of bounded steps: each `next()`
 * unpacks one slice of the zip, decodes one slice of a part, or reads about 64 K characters
 * of shared strings or rows, and yields an {@link XlsxProgress}; the last one returns the
 * {@link XlsxWorkbookRead} — the same table `xlsxToTable` gives, and the sheet names. Never
 * throws; stop calling `next()` (or call `return()`) to cancel. The core runs no timers: the
 * host runs the steps between frames, in a worker, or all at once.
 *
 * @example
 * const steps = readXlsxInSteps(bytes, { sheet: 'RACI' });
 * let step = steps.next();
 * while (!step.done) {
 *   showProgress(step.value.stage, step.value.done / step.value.total);
 *   await new Promise((resolve) => setTimeout(resolve, 0)); // let the page answer
 *   step = steps.next();
 * }
 * const { result, sheets } = step.value;
 */
export function* readXlsxInSteps(
  input: Uint8Array | ArrayBuffer,
  options: XlsxReadOptions = {},
): Generator<XlsxProgress, XlsxWorkbookRead, void> {
  const names: { sheets: readonly string[] } = { sheets: [] };
  try {
    const result = yield* readSteps(input, options, names);
    return { result, sheets: result.ok ? names.sheets : [] };
  } catch (error) {
    if (error instanceof Stop) return { result: error.result, sheets: [] };
    const reason = error instanceof Error ? error.message : 'unknown error';
    const result = refusal('corrupt_workbook', `the workbook could not be read (${reason}).`);
    return { result, sheets: [] };
  }
}

/**
 * Runs {@link readXlsxInSteps} to its end at once: the workbook read in one call.
 *
 * @example
 * const { result, sheets } = xlsxWorkbook(bytes);
 */
export function xlsxWorkbook(
  input: Uint8Array | ArrayBuffer,
  options: XlsxReadOptions = {},
): XlsxWorkbookRead {
  const steps = readXlsxInSteps(input, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
