import { MATRIX_LIMITS } from '@tandem/core';
import {
  type CsvIssue,
  detectMatrixLayout,
  type LayoutDetection,
  readTable,
  type Table,
  type TableResult,
} from '@tandem/core/io';
import type { XlsxProgress, XlsxReadOptions } from '@tandem/core/xlsx';
import type { ImportFailure } from './import-failure';
import { handBack, runInSlices } from './run-in-slices';

/**
 * What `<MatrixImport>` reads: a dropped or chosen `File` (any `Blob`), CSV text, or a
 * workbook's (or a CSV's) bytes.
 *
 * @example
 * const source: ImportSource = event.dataTransfer.files[0];
 */
export type ImportSource = Blob | string | Uint8Array | ArrayBuffer;

/** The stage a read is in, for a progress line. */
export type ImportStage = 'bytes' | 'sheet' | 'layout';

/**
 * How to read a source; every option is optional.
 *
 * @example
 * readImport(file, 'matrix.xlsx', { maxBytes: 5 * 1024 * 1024, sheet: 'RACI', signal });
 */
export interface ReadImportOptions {
  /** Largest source read, in bytes; 10 MB when left out (a 5,000-row matrix is under 1 MB). */
  readonly maxBytes?: number | undefined;
  /** Most rows read; the matrix's row limit plus 1,000 (titles, sections) when left out. */
  readonly maxRows?: number | undefined;
  /** A workbook's sheet, by name or 0-based position; the first when left out. */
  readonly sheet?: string | number | undefined;
  /** Aborting drops the read at the next stage: the dialog closed, or another file came. */
  readonly signal?: AbortSignal | undefined;
  readonly onStage?: ((stage: ImportStage) => void) | undefined;
  /** Reads a workbook; {@link readWorkbookHere} when left out. Pass one that runs in a worker. */
  readonly readWorkbook?: WorkbookReader | undefined;
}

/**
 * How a workbook is read: its bytes and the reader's options in, the sheet (or the reader's
 * issues) and the workbook's sheet names out. The default reads on the main thread; a host can
 * run `xlsxToTable` and `xlsxSheetNames` of `@tandem/core/xlsx` in a Web Worker of its own
 * bundler and pass that instead — the results are plain data.
 *
 * @example
 * const inWorker: WorkbookReader = (bytes, options) => callWorker({ bytes, options });
 */
export type WorkbookReader = (
  bytes: Uint8Array,
  options: XlsxReadOptions,
  control?: WorkbookReadControl,
) => Promise<{ readonly result: TableResult; readonly sheets: readonly string[] } | null>;

/**
 * What a {@link WorkbookReader} is told besides the bytes: when to stop (the dialog closed or
 * another file came; the reader then resolves `null`) and where to report progress.
 *
 * @example
 * const control: WorkbookReadControl = { signal: controller.signal, onProgress: setProgress };
 */
export interface WorkbookReadControl {
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((progress: XlsxProgress) => void) | undefined;
}

/**
 * The default {@link WorkbookReader}: loads `@tandem/core/xlsx` (a chunk of its own, fetched
 * only now) and runs its stepped reader on the main thread in slices of a few milliseconds,
 * handing the thread back between them, so a large workbook never freezes the dialog and
 * Cancel or Escape stops the read between two slices.
 *
 * @example
 * const read = await readWorkbookHere(bytes, { maxRows: 51_000 }, { signal });
 */
export const readWorkbookHere: WorkbookReader = async (bytes, options, control = {}) => {
  const xlsx = await import('@tandem/core/xlsx');
  return runInSlices(xlsx.readXlsxInSteps(bytes, options), control);
};

/**
 * A read source: the sheet, what was odd about it, the workbook's sheet names and the layout
 * the core detected; or a typed failure.
 *
 * @example
 * const read = await readImport(file, file.name);
 * if (read?.ok) read.detection.layout.columns;
 */
export type ImportRead =
  | {
      readonly ok: true;
      readonly kind: 'csv' | 'xlsx';
      readonly table: Table;
      readonly warnings: readonly CsvIssue[];
      /** A workbook's sheets, in order; empty for CSV. */
      readonly sheets: readonly string[];
      readonly detection: LayoutDetection;
    }
  | { readonly ok: false; readonly failure: ImportFailure };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = MATRIX_LIMITS.rows + 1_000;

// Between stages the main thread is handed back (handBack), so the progress line paints and
// Escape (or any input) is handled before the next stage runs; each stage is bounded by the limits.
const megabytes = (bytes: number) => Math.ceil((bytes / 1024 / 1024) * 10) / 10;
const fail = (failure: Omit<ImportFailure, 'issues'> & { issues?: readonly CsvIssue[] }) =>
  ({ ok: false, failure: { issues: [], ...failure } }) as const;

const ZIP = [0x50, 0x4b];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

/**
 * Whether bytes are a workbook for the xlsx reader: a zip (xlsx), a Compound File (an
 * encrypted workbook or an old `.xls`, which the reader names), or a file named `.xlsx`.
 *
 * @example
 * isWorkbook(new Uint8Array([0x50, 0x4b, 3, 4]), 'matrix.bin'); // true
 */
export function isWorkbook(bytes: Uint8Array, fileName: string): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, COMPOUND) || /\.xls[xm]?$/i.test(fileName);
}

/**
 * CSV bytes as text: UTF-16 by its byte-order mark (Excel's "Unicode text"), else UTF-8, else
 * Windows-1252 (older Excel exports); `undefined` for bytes that are not text at all.
 *
 * @example
 * decodeText(new TextEncoder().encode('a,b')); // 'a,b'
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // A NUL in the first few kilobytes: an image, a PDF, an archive — not a CSV.
  if (bytes.subarray(0, 4096).includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function bytesOf(source: Exclude<ImportSource, string>): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  return new Uint8Array(await source.arrayBuffer());
}

/** Rows up to the last one with a filled cell: a file's final line break adds no row. */
function filledLength(rows: readonly (readonly string[])[]): number {
  let length = rows.length;
  while (length > 0 && (rows[length - 1] as readonly string[]).every((cell) => cell.trim() === ''))
    length--;
  return length;
}

const sizeOf = (source: ImportSource) =>
  typeof source === 'string'
    ? source.length
    : source instanceof ArrayBuffer || source instanceof Uint8Array
      ? source.byteLength
      : source.size;

/**
 * Reads a CSV or xlsx source into a sheet and detects its layout, in stages that hand the main
 * thread back between them: the size is checked before anything is read, the xlsx reader is
 * loaded only for a workbook (`import('@tandem/core/xlsx')`), and rows past `maxRows` stop the
 * read with a limit failure. Resolves to `null` when `signal` aborts; never rejects.
 *
 * @example
 * const read = await readImport(file, file.name, { signal: controller.signal });
 * if (read && !read.ok) read.failure.code; // 'too_large', 'not_spreadsheet', 'rejected' …
 */
export async function readImport(
  source: ImportSource,
  fileName: string,
  options: ReadImportOptions = {},
): Promise<ImportRead | null> {
  const { signal, onStage } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  try {
    const size = sizeOf(source);
    if (size > maxBytes)
      return fail({ code: 'too_large', limit: megabytes(maxBytes), found: megabytes(size) });
    onStage?.('bytes');
    const bytes = typeof source === 'string' ? undefined : await bytesOf(source);
    await handBack();
    if (signal?.aborted) return null;
    onStage?.('sheet');
    let kind: 'csv' | 'xlsx' = 'csv';
    let sheets: readonly string[] = [];
    let read: TableResult;
    if (bytes && isWorkbook(bytes, fileName)) {
      kind = 'xlsx';
      const sheet = options.sheet === undefined ? {} : { sheet: options.sheet };
      const reader = options.readWorkbook ?? readWorkbookHere;
      const workbook = await reader(bytes, { maxBytes, maxRows, ...sheet }, { signal });
      if (workbook === null || signal?.aborted) return null;
      read = workbook.result;
      sheets = workbook.sheets;
    } else {
      const text = bytes ? decodeText(bytes) : (source as string);
      if (text === undefined) return fail({ code: 'not_spreadsheet' });
      read = readTable(text);
    }
    if (!read.ok) {
      const tooMany = read.issues.find((issue) => issue.code === 'too_many_rows');
      if (tooMany) return fail({ code: 'too_many_rows', limit: maxRows, issues: read.issues });
      return fail({ code: 'rejected', issues: read.issues });
    }
    const rowCount = filledLength(read.value.rows);
    if (rowCount > maxRows) return fail({ code: 'too_many_rows', limit: maxRows, found: rowCount });
    await handBack();
    if (signal?.aborted) return null;
    onStage?.('layout');
    const detection = detectMatrixLayout(read.value);
    return { ok: true, kind, table: read.value, warnings: read.warnings, sheets, detection };
  } catch {
    // A Blob the browser cannot read (a file removed after it was chosen), or a chunk of the
    // xlsx reader that failed to load.
    return signal?.aborted ? null : fail({ code: 'unreadable' });
  }
}
