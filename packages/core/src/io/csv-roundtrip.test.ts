import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Matrix } from '../matrix/model';
import { parseMatrix } from '../matrix/parse';
import { matrixArbitrary } from '../test-support/arbitraries';
import type { CsvLoss } from './csv-losses';
import { type CsvImportOptions, matrixFromCsv } from './csv-read';
import { matrixToCsv } from './csv-write';

// Texts that break naive CSV: separators, quotes, line breaks, formula starts, legend look-alikes.
const nasty = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '=1+1',
    '-x',
    '@a',
    '+1',
    "'=x",
    "''-y",
    'a,b',
    'a;b',
    'tab\there',
    'say "hi"',
    'line\nbreak',
    'crlf\r\nbreak',
    'R = Responsible',
    'A: Admin',
    'Legend',
    '✓',
    'Sécurité',
    'Notes',
    'Category',
    '#',
  ),
);
const name = nasty.map((text) => text.trim()).filter((text) => text !== '' && text.length < 500);

/** A valid matrix whose texts are hostile: every name, note, qualifier and description. */
const hostileMatrix = matrixArbitrary({ maxRows: 8 })
  .chain((matrix) =>
    fc.record({
      matrix: fc.constant(matrix),
      rowNames: fc.array(name, { minLength: matrix.rows.length, maxLength: matrix.rows.length }),
      partyNames: fc.array(name, {
        minLength: matrix.parties.length,
        maxLength: matrix.parties.length,
      }),
      categoryNames: fc.array(name, {
        minLength: matrix.categories.length,
        maxLength: matrix.categories.length,
      }),
      texts: fc.array(nasty, { minLength: 8, maxLength: 8 }),
    }),
  )
  .map(({ matrix, rowNames, partyNames, categoryNames, texts }) => {
    const text = (index: number) => texts[index % texts.length] as string;
    const withText = (cell: Cell, index: number): Cell => ({
      ...cell,
      ...(cell.note !== undefined && text(index) !== '' ? { note: text(index) } : {}),
      ...(typeof cell.qualifier === 'object' && text(index + 1) !== ''
        ? { qualifier: { custom: text(index + 1) } }
        : {}),
    });
    const candidate = {
      ...matrix,
      parties: matrix.parties.map((party, i) => ({ ...party, name: partyNames[i] as string })),
      categories: matrix.categories.map((category, i) => ({
        ...category,
        name: categoryNames[i] as string,
      })),
      rows: matrix.rows.map((row, i) => ({
        ...row,
        name: rowNames[i] as string,
        ...(i % 3 === 0 ? { description: text(i) } : {}),
        cells: Object.fromEntries(
          Object.entries(row.cells).map(([id, cell], j) => [id, withText(cell, i + j)]),
        ),
      })),
    };
    const parsed = parseMatrix(candidate);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.value;
  });

/** The import options a host passes to restore what the losses say the CSV leaves out. */
function restoring(matrix: Matrix, losses: readonly CsvLoss[]): CsvImportOptions {
  const by = new Set(losses.map((loss) => loss.restoredBy));
  return {
    ...(by.has('parties') ? { parties: matrix.parties } : {}),
    ...(by.has('categories') ? { categories: matrix.categories } : {}),
    ...(by.has('variant') ? { variant: matrix.variant } : {}),
    ...(by.has('name') && matrix.name ? { name: matrix.name } : {}),
  };
}

describe('CSV round trip', () => {
  it('gives back every valid matrix, given the options its losses name', () => {
    fc.assert(
      fc.property(
        matrixArbitrary(),
        fc.constantFrom(',', ';', '\t') as fc.Arbitrary<',' | ';' | '\t'>,
        (matrix, delimiter) => {
          const { text, losses } = matrixToCsv(matrix, { delimiter });
          expect(losses.filter((loss) => !loss.restoredBy)).toEqual([]);
          const back = matrixFromCsv(text, restoring(matrix, losses));
          expect(back.ok && back.value).toEqual(matrix);
          // The one warning a valid matrix can bring back: a party no row gives a cell.
          const idle = matrix.parties.filter((p) => matrix.rows.every((r) => !r.cells[p.id]));
          expect(back.ok && back.warnings.map((w) => [w.code, w.path])).toEqual(
            idle.map((p) => ['empty_party', ['parties', matrix.parties.indexOf(p)]]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives back hostile texts exactly, or reports what it could not carry', () => {
    fc.assert(
      fc.property(hostileMatrix, fc.boolean(), (matrix, bom) => {
        const { text, losses } = matrixToCsv(matrix, { bom });
        // Every difference is reported: a silent loss fails here.
        fc.pre(losses.every((loss) => loss.restoredBy));
        const back = matrixFromCsv(text, restoring(matrix, losses));
        expect(back.ok && back.value).toEqual(matrix);
      }),
      { numRuns: 300 },
    );
  });

  it('loses nothing for most hostile matrices (the property above is not vacuous)', () => {
    const samples = fc.sample(hostileMatrix, { numRuns: 200, seed: 7 });
    const clean = samples.filter((matrix) =>
      matrixToCsv(matrix).losses.every((loss) => loss.restoredBy),
    );
    expect(clean.length).toBeGreaterThan(60);
  });

  it('needs no options when names say the ids and sides', () => {
    const matrix: Matrix = {
      variant: 'raci',
      parties: [
        { id: 'internal-it', name: 'Internal IT', side: 'internal' },
        { id: 'msp-noc', name: 'MSP NOC', side: 'provider' },
      ],
      categories: [{ id: 'helpdesk', name: 'Helpdesk' }],
      rows: [
        {
          id: 'tier1',
          name: 'Tier 1',
          categoryId: 'helpdesk',
          kind: 'task',
          cells: {
            'internal-it': { roles: ['R', 'A'] },
            'msp-noc': { roles: ['R'], qualifier: 'overflow', note: 'weekends\ntoo' },
          },
        },
      ],
    };
    const { text, losses } = matrixToCsv(matrix);
    expect(losses).toEqual([]);
    // Category, ID, Activity, then a column per party: each row at its Activity cell.
    expect(matrixFromCsv(text)).toEqual({
      ok: true,
      value: matrix,
      warnings: [],
      origins: {
        rows: { tier1: { row: 2, column: 3 } },
        parties: { 'internal-it': { row: 1, column: 4 }, 'msp-noc': { row: 1, column: 5 } },
      },
    });
  });
});
