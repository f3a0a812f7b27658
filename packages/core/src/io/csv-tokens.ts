// CSV text to records and back, by RFC 4180 with the tolerance spreadsheets need. Written
// here rather than taken from papaparse (which the core used before, and which the tests now
// use as the oracle) because we need only its string parser: papaparse is 7 kB gzipped of
// streaming, workers and file reading, more than every layout of issue 20 together. Not
// d3-dsv either (tried at 3.0.2): it ends a record at any CR, LF or CR LF rather than the
// text's own line ending, drops the final empty line, and reads text after a closing quote by
// eating its first character as if it were a separator (`"R"/A` becomes `R` and `A`), with no
// error to report; keeping today's records would need this same walk in front of it.

/** A separator the reader guesses between. */
export type CsvDelimiter = ',' | ';' | '\t' | '|';

const GUESSES: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/** A problem in the CSV syntax, at a 0-based record. */
export interface CsvSyntaxError {
  readonly record: number;
  readonly message: string;
}

/**
 * How the text ends its lines, outside quoted fields: the first line break decides between CR LF and LF; a text whose
 * breaks are mostly lone CRs (old Mac exports) uses CR.
 *
 * @example
 * lineEnding('a,b\r\n1,2'); // '\r\n'
 */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  // Line breaks inside quoted fields say nothing about the records'.
  const head = text.slice(0, 1024 * 1024).replace(/"[\s\S]*?"/g, '');
  const byCr = head.split('\r');
  const lf = head.indexOf('\n');
  if (byCr.length === 1 || (lf >= 0 && lf < (byCr[0] as string).length)) return '\n';
  const withLf = byCr.filter((part, index) => index > 0 && part.startsWith('\n')).length;
  return withLf >= byCr.length / 2 ? '\r\n' : '\r';
}

/**
 * Splits CSV text into records of fields. A field that starts with `"` is quoted: it may hold
 * separators, line breaks and `""` for a quote. A quoted field left open, or text after its
 * closing quote, is read as well as it can be and reported. `limit` stops after that many
 * records. Never throws.
 *
 * @example
 * tokenize('a,"b, c"\n"say ""hi"""', ',', '\n'); // { records: [['a', 'b, c'], ['say "hi"']], errors: [] }
 */
export function tokenize(
  text: string,
  delimiter: string,
  newline: string,
  limit = Number.POSITIVE_INFINITY,
): { records: string[][]; errors: CsvSyntaxError[] } {
  const records: string[][] = [];
  const errors: CsvSyntaxError[] = [];
  const end = text.length;
  // The next separator and line break at or after `at`, found again only once passed: one
  // scan of the text, even when a separator never comes (a one-column sheet).
  let nextDelimiter = -1;
  let nextNewline = -1;
  const stopAfter = (at: number) => {
    if (nextDelimiter !== end && nextDelimiter < at) {
      nextDelimiter = text.indexOf(delimiter, at);
      if (nextDelimiter < 0) nextDelimiter = end;
    }
    if (nextNewline !== end && nextNewline < at) {
      nextNewline = text.indexOf(newline, at);
      if (nextNewline < 0) nextNewline = end;
    }
    return Math.min(nextDelimiter, nextNewline);
  };
  let record: string[] = [];
  let at = 0;
  while (records.length < limit) {
    if (text.charCodeAt(at) === 34) {
      // A quoted field: up to the quote that is not doubled.
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          value += text.slice(from);
          errors.push({ record: records.length, message: 'Quoted field unterminated' });
          at = end;
          break;
        }
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      const stop = at < end ? stopAfter(at) : end;
      if (stop > at) {
        // Spaces after the closing quote are dropped; other text belongs to the field.
        const rest = text.slice(at, stop);
        if (rest.trim() !== '') {
          errors.push({
            record: records.length,
            message: 'Trailing quote on quoted field is malformed',
          });
          value += rest;
        }
        at = stop;
      }
      record.push(value);
    } else {
      const stop = stopAfter(at);
      record.push(text.slice(at, stop));
      at = stop;
    }
    if (at >= end) {
      records.push(record);
      break;
    }
    if (text.startsWith(delimiter, at)) {
      at += delimiter.length;
      continue;
    }
    at += newline.length;
    records.push(record);
    record = [];
  }
  return { records, errors };
}

/**
 * The separator of the first ten records (blank lines aside): of those giving at least two
 * fields on average, the one whose field count varies least from row to row, then the one
 * giving more fields; `undefined` when none does.
 *
 * @example
 * guessDelimiter('a;b;c\n1;2;3', '\n'); // ';'
 */
export function guessDelimiter(text: string, newline: string): CsvDelimiter | undefined {
  let best: CsvDelimiter | undefined;
  let bestDelta = Number.POSITIVE_INFINITY;
  let bestFields = 0;
  for (const delimiter of GUESSES) {
    const { records } = tokenize(text, delimiter, newline, 10);
    let delta = 0;
    let fields = 0;
    let counted = 0;
    let previous: number | undefined;
    for (const record of records) {
      if (record.length === 1 && record[0] === '') continue;
      fields += record.length;
      counted++;
      if (previous !== undefined) delta += Math.abs(record.length - previous);
      previous = record.length;
    }
    const average = counted === 0 ? 0 : fields / counted;
    if (average > 1.99 && (delta < bestDelta || (delta === bestDelta && average > bestFields))) {
      best = delimiter;
      bestDelta = delta;
      bestFields = average;
    }
  }
  return best;
}

/**
 * One CSV line: a field is quoted when it holds the separator, a quote, a line break, a
 * leading or trailing space, or when `quote` says so; quotes inside are doubled.
 *
 * @example
 * csvLine(['a', 'b, c', 'say "hi"'], ','); // 'a,"b, c","say ""hi"""'
 */
export function csvLine(
  fields: readonly string[],
  delimiter: string,
  quote: (field: string) => boolean = () => false,
): string {
  return fields
    .map((field) =>
      quote(field) || field.includes(delimiter) || /["\r\n\ufeff]|^ | $/.test(field)
        ? `"${field.replace(/"/g, '""')}"`
        : field,
    )
    .join(delimiter);
}
