import type { Matrix } from '@tandem/core';
import {
  type CsvLoss,
  createMatrixDocument,
  matrixToCsv,
  matrixToHtml,
  matrixToMarkdown,
} from '@tandem/core/io';
import { matrixToXlsx } from '@tandem/core/xlsx';
import type { WriteFormat } from '../choices';

/**
 * A matrix rendered for a file: its bytes or text, and what the format cannot carry.
 *
 * @example
 * const { data, losses } = renderMatrix(matrix, 'xlsx');
 */
export interface RenderedMatrix {
  readonly data: string | Uint8Array;
  readonly losses: readonly CsvLoss[];
}

/**
 * Renders a matrix with the core's exporters: CSV and TSV (`matrixToCsv`), an xlsx workbook
 * (`matrixToXlsx`), a saved JSON document (`createMatrixDocument`), or a Markdown or HTML table
 * for a review pack (those two are for reading and are not read back).
 *
 * @example
 * renderMatrix(matrix, 'md').data; // '| Function | Internal IT | … |'
 */
export function renderMatrix(matrix: Matrix, format: WriteFormat): RenderedMatrix {
  switch (format) {
    case 'csv':
    case 'tsv': {
      const { text, losses } = matrixToCsv(matrix, format === 'tsv' ? { delimiter: '\t' } : {});
      return { data: text, losses };
    }
    case 'xlsx': {
      const { bytes, losses } = matrixToXlsx(matrix);
      return { data: bytes, losses };
    }
    case 'json':
      return { data: `${JSON.stringify(createMatrixDocument(matrix), null, 2)}\n`, losses: [] };
    case 'md':
      return { data: matrixToMarkdown(matrix), losses: [] };
    case 'html':
      return { data: matrixToHtml(matrix), losses: [] };
  }
}
