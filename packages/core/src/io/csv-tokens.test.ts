import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvLine, guessDelimiter, lineEnding, tokenize } from './csv-tokens';

// papaparse, which the core used to ship, is the oracle: on every text it reads without an
// error, the core's tokenizer must agree with it record for record, and on the separator and
// line ending it guesses.

const piece = fc.constantFrom(
  'a',
  'R/A',
  ' ',
  '"',
  ',',
  ';',
  '\t',
  '|',
  '\n',
  '\r\n',
  '\r',
  'é',
  '',
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const field = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const records = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), {
  minLength: 1,
  maxLength: 6,
});
const delimiter = fc.constantFrom(',', ';', '\t', '|');
const newline = fc.constantFrom('\n', '\r\n');
const anyQuote = (value: string) => /[,;\t|]/.test(value);

describe('tokenize', () => {
  it('reads quoted separators, line breaks and doubled quotes', () => {
    expect(tokenize('a,"b, c"\n"say ""hi""",\n', ',', '\n')).toEqual({
      records: [['a', 'b, c'], ['say "hi"', ''], ['']],
      errors: [],
    });
  });

  it('reports a quoted field left open and text after a closing quote, keeping the text', () => {
    expect(tokenize('a,"open\nb', ',', '\n')).toEqual({
      records: [['a', 'open\nb']],
      errors: [{ record: 0, message: 'Quoted field unterminated' }],
    });
    expect(tokenize('"R"/A,x\n"C"  ,y', ',', '\n')).toEqual({
      records: [
        ['R/A', 'x'],
        ['C', 'y'],
      ],
      errors: [{ record: 0, message: 'Trailing quote on quoted field is malformed' }],
    });
  });

  it('agrees with papaparse on every text papaparse reads without an error', () => {
    let compared = 0;
    fc.assert(
      fc.property(text, delimiter, newline, (input, sep, end) => {
        const oracle = Papa.parse<string[]>(input, { delimiter: sep, newline: end });
        fc.pre(oracle.errors.length === 0 && input !== '');
        compared++;
        expect(tokenize(input, sep, end).records).toEqual(oracle.data);
      }),
      { numRuns: 1000 },
    );
    // Not vacuous: most texts are compared.
    expect(compared).toBeGreaterThan(300);
  });

  it('reads back every sheet csvLine writes, as papaparse does', () => {
    fc.assert(
      fc.property(records, delimiter, newline, (sheet, sep, end) => {
        const written = sheet.map((record) => csvLine(record, sep, anyQuote)).join(end);
        expect(written).toBe(
          Papa.unparse(sheet, { delimiter: sep, newline: end, quotes: anyQuote }),
        );
        const back = tokenize(written, sep, end);
        expect(back).toEqual({ records: sheet, errors: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and takes no more records than asked', () => {
    fc.assert(
      fc.property(
        fc.string(),
        delimiter,
        newline,
        fc.integer({ min: 1, max: 5 }),
        (input, sep, end, limit) => {
          expect(tokenize(input, sep, end, limit).records.length).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });
});

describe('guessDelimiter and lineEnding', () => {
  it('pick what papaparse picks on well-formed text', () => {
    const sheet = fc
      .tuple(records, delimiter, newline)
      .map(([rows, sep, end]) => rows.map((record) => csvLine(record, sep, anyQuote)).join(end));
    fc.assert(
      fc.property(fc.oneof(text, sheet), (input) => {
        // Texts with a malformed quote are read differently by design (see above).
        const wellFormed = [',', ';', '\t', '|'].every(
          (sep) => Papa.parse(input, { delimiter: sep, preview: 10 }).errors.length === 0,
        );
        fc.pre(input !== '' && wellFormed);
        const { meta } = Papa.parse(input, {
          preview: 10,
          skipEmptyLines: true,
          delimitersToGuess: [',', ';', '\t', '|'],
        });
        expect(lineEnding(input)).toBe(meta.linebreak);
        expect(guessDelimiter(input, lineEnding(input)) ?? ',').toBe(meta.delimiter);
      }),
      { numRuns: 1000 },
    );
  });

  it('guess the separator of a semicolon sheet, and none for one column', () => {
    expect(guessDelimiter('Task;IT;MSP\nPatching;R;A', '\n')).toBe(';');
    expect(guessDelimiter('Task\nPatching', '\n')).toBeUndefined();
    expect(lineEnding('a\r\nb')).toBe('\r\n');
    expect(lineEnding('a\rb\rc')).toBe('\r');
    expect(lineEnding('a')).toBe('\n');
  });
});
