import { type Matrix, parseMatrix } from '@tandem/core';
import {
  type CsvIssue,
  detectMatrixLayout,
  type MatrixImportResult,
  matrixFromCsv,
  matrixFromTable,
  parseMatrixDocument,
} from '@tandem/core/io';
import { xlsxToTable } from '@tandem/core/xlsx';
import type { ReadFormat } from '../choices';
import { commandFailure } from '../failures';
import { readBytes, shownPath } from '../files';
import { fromParseIssue, fromSheetIssue, type Problem } from '../problem';
import { readFormatOf } from './formats';

/**
 * How to read a matrix file: the format (else from the extension), the worksheet of a workbook,
 * the CSV separator (else detected).
 *
 * @example
 * const options: MatrixReadOptions = { sheet: 'RACI' };
 */
export interface MatrixReadOptions {
  readonly from?: string;
  readonly sheet?: string;
  readonly delimiter?: ',' | ';' | '\t' | '|';
}

/**
 * A matrix file as read: the matrix (unless it could not be read) and every problem met on the
 * way, each at its cell or JSON path.
 *
 * @example
 * const { matrix, problems } = await readMatrixFile('matrix.csv');
 */
export interface MatrixRead {
  readonly format: ReadFormat;
  readonly matrix?: Matrix;
  readonly problems: readonly Problem[];
}

function fromImport(result: MatrixImportResult, sourceWarnings: readonly CsvIssue[]) {
  if (!result.ok) return { problems: result.issues.map((i) => fromSheetIssue(i, 'error')) };
  const warnings = [...sourceWarnings, ...result.warnings];
  return { matrix: result.value, problems: warnings.map((i) => fromSheetIssue(i, 'warning')) };
}

function readJsonMatrix(text: string): Pick<MatrixRead, 'matrix' | 'problems'> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [{ severity: 'error', code: 'invalid_json', message: reason }] };
  }
  // A saved document carries its version; anything else is read as a bare matrix.
  const isDocument = typeof json === 'object' && json !== null && 'version' in json;
  const result = isDocument ? parseMatrixDocument(json) : parseMatrix(json);
  if (!result.ok) return { problems: result.issues.map(fromParseIssue) };
  const matrix = 'matrix' in result.value ? result.value.matrix : result.value;
  return { matrix, problems: [] };
}

/**
 * Reads a responsibility matrix from a CSV or TSV export, an xlsx workbook, or JSON (a saved
 * matrix document of any version, or a bare matrix) with the core's importers and parsers.
 * A file that cannot be opened is a usage failure; content that cannot be read comes back as
 * problems.
 *
 * @example
 * const { matrix, problems } = await readMatrixFile('raci.xlsx', { sheet: 'RACI' });
 */
export async function readMatrixFile(
  path: string,
  options: MatrixReadOptions = {},
): Promise<MatrixRead> {
  const format = readFormatOf(path, options.from);
  const bytes = await readBytes(path);
  if (format === 'xlsx') {
    const table = xlsxToTable(bytes, options.sheet === undefined ? {} : { sheet: options.sheet });
    if (!table.ok) return { format, problems: table.issues.map((i) => fromSheetIssue(i, 'error')) };
    const layout = detectMatrixLayout(table.value).layout;
    return { format, ...fromImport(matrixFromTable(table.value, layout), table.warnings) };
  }
  const text = new TextDecoder().decode(bytes);
  if (format === 'json') return { format, ...readJsonMatrix(text) };
  const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : undefined);
  return { format, ...fromImport(matrixFromCsv(text, delimiter ? { delimiter } : {}), []) };
}

/**
 * A matrix from a file that must hold one (`--matrix` of `sla` and `simulate`): its errors are
 * an input failure, one line each at its cell or path; warnings are not repeated here.
 *
 * @example
 * const matrix = await requireMatrix('matrix.json');
 */
export async function requireMatrix(path: string): Promise<Matrix> {
  const read = await readMatrixFile(path);
  if (read.matrix) return read.matrix;
  const lines = read.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${shownPath(path)}${p.location ? `:${p.location}` : ''}: ${p.message}`);
  throw commandFailure('input', lines);
}
