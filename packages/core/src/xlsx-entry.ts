// The `@tandem/core/xlsx` entry: workbooks in and out. Apart from `/io` because it brings a
// zip library (fflate), which hosts that only read CSV should not pay for. The readers and the
// writer stand alone; `matrixFromXlsx` brings `/io`'s layout detection and table import too.

export { matrixFromXlsx, type XlsxImportOptions } from './xlsx/matrix-from-xlsx';
export { type XlsxReadOptions, xlsxSheetNames, xlsxToTable } from './xlsx/xlsx-read';
export {
  readXlsxInSteps,
  type XlsxProgress,
  type XlsxStage,
  type XlsxWorkbookRead,
  xlsxWorkbook,
} from './xlsx/xlsx-steps';
export {
  matrixToXlsx,
  type XlsxExport,
  type XlsxExportOptions,
} from './xlsx/xlsx-write';
