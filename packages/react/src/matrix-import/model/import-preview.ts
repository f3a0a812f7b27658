import type { Matrix, MatrixChange } from '@tandem/core';
import {
  type CsvIssue,
  type MatrixLayout,
  matrixFromTable,
  type Table,
  type TableImportOptions,
} from '@tandem/core/io';
import { type ValidationSummary, validateMatrix } from '@tandem/core/validate';
import { changesToReplace } from '../../matrix-editor/model/template-changes';

/**
 * What importing a sheet with a layout would give: the matrix, the changes that turn the
 * host's matrix into it (one batch, so one undo step), the located warnings and the checks'
 * summary; or why no matrix comes out.
 *
 * @example
 * const preview = previewImport(table, layout, current);
 * if (preview.ok) editor.dispatch(preview.changes);
 */
export type ImportPreview =
  | {
      readonly ok: true;
      readonly matrix: Matrix;
      readonly changes: readonly MatrixChange[];
      readonly warnings: readonly CsvIssue[];
      readonly summary: ValidationSummary;
    }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

/**
 * Reads `table` with `layout` (the core's `matrixFromTable`), adds the warnings met while
 * reading the source, validates the result and lists the ordinary changes that replace
 * `current` with it — the same batch the template picker applies (`changesToReplace`).
 *
 * @example
 * previewImport(table, layout, draft, { parties: draft.parties }, readWarnings);
 */
export function previewImport(
  table: Table,
  layout: MatrixLayout,
  current: Matrix,
  options: TableImportOptions = {},
  sourceWarnings: readonly CsvIssue[] = [],
): ImportPreview {
  const result = matrixFromTable(table, layout, options);
  if (!result.ok) return result;
  const matrix = result.value;
  return {
    ok: true,
    matrix,
    changes: changesToReplace(current, matrix),
    warnings: [...sourceWarnings, ...result.warnings],
    summary: validateMatrix(matrix).summary,
  };
}
