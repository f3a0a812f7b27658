// Spreadsheet formula injection: a cell that starts with `=`, `+`, `-`, `@`, tab or CR may run
// as a formula when the CSV is opened. The writer neutralises such a cell with a leading `'`
// (what Excel itself shows for text typed that way); the reader removes exactly one. A text
// that already starts with `'` before one of those characters gets one more `'`, so the pair
// of functions is a bijection and round trips stay lossless.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * A CSV field that no spreadsheet will run as a formula.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("http://x")'); // `'=HYPERLINK("http://x")`
 */
export function neutraliseFormula(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/**
 * Undoes {@link neutraliseFormula}: removes the one `'` it added.
 *
 * @example
 * restoreFormula("'-1"); // '-1'
 * restoreFormula("'quoted"); // "'quoted" (never neutralised, left alone)
 */
export function restoreFormula(text: string): string {
  return text.charCodeAt(0) === 39 && GUARDED.test(text) ? text.slice(1) : text;
}
