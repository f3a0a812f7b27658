import type { Matrix, MatrixChange } from '@tandem/core';
import { type CsvIssue, matrixFromCsv } from '@tandem/core/io';
import { changesToReplace } from '@tandem/react';

/** What reading a spreadsheet gave: the changes that take it in, and what was odd about it. */
export type CsvImport =
  | {
      readonly ok: true;
      readonly fileName: string;
      readonly matrix: Matrix;
      readonly changes: readonly MatrixChange[];
      readonly warnings: readonly CsvIssue[];
    }
  | { readonly ok: false; readonly fileName: string; readonly issues: readonly CsvIssue[] };

/** Files larger than this are refused before they are read: no matrix is this big. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/**
 * Reads a CSV file into changes that replace the draft, reusing the draft's parties (their ids,
 * sides and calendars) and categories where the sheet names them, so an exported sheet edited
 * in Excel comes back as the same matrix.
 *
 * @example
 * const result = importCsv(draft, 'matrix.csv', text);
 * if (result.ok) editor.edit(result.matrix, result.changes);
 */
export function importCsv(draft: Matrix, fileName: string, text: string): CsvImport {
  const read = matrixFromCsv(text, {
    parties: draft.parties,
    categories: draft.categories,
    ...(draft.name ? { name: draft.name } : {}),
  });
  if (!read.ok) return { ok: false, fileName, issues: read.issues };
  return {
    ok: true,
    fileName,
    matrix: read.value,
    changes: changesToReplace(draft, read.value),
    warnings: read.warnings,
  };
}

/** Reads a dropped or chosen file as text, refusing what is not a CSV or is too large. */
export async function readCsvFile(file: File): Promise<{ text: string } | { error: string }> {
  const looksLikeCsv = /\.(csv|tsv|txt)$/i.test(file.name) || /csv|text\/plain/.test(file.type);
  if (!looksLikeCsv) return { error: `${file.name} is not a CSV file.` };
  if (file.size > MAX_CSV_BYTES)
    return { error: `${file.name} is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB.` };
  try {
    return { text: await file.text() };
  } catch {
    return { error: `${file.name} could not be read.` };
  }
}
