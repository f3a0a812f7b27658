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
