// Import, export, documents and review of matrices: `@tandem/core`'s io entry points.
export {
  type CellReading,
  formatCellNotation,
  knownQualifier,
  QUALIFIER_LABELS,
  readCellNotation,
} from './cell-notation';
export { neutraliseFormula, restoreFormula } from './csv-escape';
export { type CsvIssue, type CsvIssueCode, columnName } from './csv-issue';
export type { CsvLoss } from './csv-losses';
export type { PartyHints } from './csv-parties';
export { type CsvImportOptions, type CsvImportResult, matrixFromCsv } from './csv-read';
export type { CsvExportOptions } from './csv-records';
export { type CsvExport, csvRecords, matrixToCsv } from './csv-write';
export {
  type CellChange,
  diffMatrices,
  type ItemChange,
  type MatrixDiff,
  type RowChange,
} from './diff';
export {
  CURRENT_DOCUMENT_VERSION,
  createMatrixDocument,
  documentMetaSchema,
  type MatrixDocument,
  type MatrixDocumentMeta,
  matrixDocumentSchema,
  parseMatrixDocument,
} from './document';
export {
  type DriftFinding,
  type DriftKind,
  type DriftSeverity,
  type DriftSide,
  scopeDrift,
} from './drift';
export { matrixToHtml } from './html';
export { escapeHtml } from './html-escape';
export { detectMatrixLayout } from './layout-detect';
export { type LetterSystem, plainLetters } from './letter-system';
export { matrixToMarkdown } from './markdown';
export { escapeMarkdownCell } from './markdown-escape';
export type {
  LayoutColumn,
  LayoutDetection,
  LayoutOption,
  LayoutOrientation,
  MatrixLayout,
  SheetColumnRole,
} from './matrix-layout';
export { type MatrixOrigins, type SheetPlace, sheetReference } from './matrix-origins';
export { DOCUMENT_MIGRATIONS, type DocumentMigration } from './migrations';
export { guessPartySide } from './party-guess';
export { readTable, type Table, type TableReadOptions, type TableResult } from './table';
export { type MatrixImportResult, matrixFromTable, type TableImportOptions } from './table-import';
