'use client';

// The spreadsheet import dialog's public API: the component, the hook it is built from, its
// messages and the pure steps (read, edit a layout, preview) a host can use to build its own.
// Its own entry, so hosts of the matrix editor alone never load it; the xlsx reader is loaded
// only when a workbook is read.

export type {
  LayoutColumn,
  LayoutDetection,
  LayoutOption,
  LayoutOrientation,
  MatrixLayout,
  SheetColumnRole,
  Table,
  TableImportOptions,
} from '@tandem/core/io';
export {
  type ImportPhase,
  type MatrixImportState,
  type UseMatrixImportOptions,
  useMatrixImport,
} from './hooks/use-matrix-import';
export {
  type ColumnChoice,
  englishMatrixImportMessages,
  type FailureDetail,
  type MatrixImportMessageOverrides,
  type MatrixImportMessages,
  resolveMatrixImportMessages,
} from './messages';
export type { ImportFailure, ImportFailureCode } from './model/import-failure';
export { type ImportPreview, previewImport } from './model/import-preview';
export {
  choiceOf,
  columnChoices,
  letterColumns,
  withColumnChoice,
  withHeaderRow,
  withLetterMapping,
} from './model/layout-edits';
export {
  decodeText,
  type ImportRead,
  type ImportSource,
  type ImportStage,
  isWorkbook,
  type ReadImportOptions,
  readImport,
  readWorkbookHere,
  type WorkbookReadControl,
  type WorkbookReader,
} from './model/read-import';
export {
  MatrixImport,
  type MatrixImportOutcome,
  type MatrixImportProps,
} from './views/matrix-import';
