import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { matrixFromCsv } from '../io/csv-read';
import { matrixToCsv } from '../io/csv-write';
import { detectMatrixLayout } from '../io/layout-detect';
import { matrixFromTable, type TableImportOptions } from '../io/table-import';
import type { Matrix } from '../matrix/model';
import { matrixArbitrary } from '../test-support/arbitraries';
import { xlsxToTable } from './xlsx-read';
import { matrixToXlsx } from './xlsx-write';

const matrix: Matrix = {
  name: 'Acme / co-managed: 2025',
  variant: 'raci',
  parties: [
    { id: 'internal-it', name: 'Internal IT', side: 'internal' },
    { id: 'msp-noc', name: 'MSP NOC', side: 'provider' },
  ],
  categories: [{ id: 'helpdesk', name: 'Helpdesk' }],
  rows: [
    {
      id: 'tier1',
      name: 'Tier 1 & <VIP> "desk"',
      categoryId: 'helpdesk',
      kind: 'task',
      cells: {
        'internal-it': { roles: ['R', 'A'] },
        'msp-noc': { roles: ['R'], qualifier: 'overflow', note: 'weekends\ntoo' },
      },
    },
  ],
};

/** Workbook bytes → table → matrix, with the layout detected as for any sheet. */
function readBack(bytes: Uint8Array, options: TableImportOptions = {}) {
  const table = xlsxToTable(bytes);
  if (!table.ok) throw new Error(table.issues[0]?.message);
  return matrixFromTable(table.value, detectMatrixLayout(table.value).layout, options);
}

const sheetXml = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] as Uint8Array);

describe('matrixToXlsx', () => {
  it('writes the sheet matrixToCsv writes, one text cell per value, and reads back the same', () => {
    const { bytes, losses } = matrixToXlsx(matrix);
    const table = xlsxToTable(bytes);
    const csv = matrixToCsv(matrix);
    const fromCsv = matrixFromCsv(csv.text, { name: matrix.name ?? '' });
    expect(table.ok && table.value.name).toBe('Acme co-managed 2025');
    expect(losses).toEqual(csv.losses);
    if (!fromCsv.ok) throw new Error('expected the CSV to read');
    // The same matrix, warnings and cells of origin; the workbook's also name its sheet.
    const origins = { ...fromCsv.origins, sheet: 'Acme co-managed 2025' };
    expect(readBack(bytes, { name: matrix.name ?? '' })).toEqual({ ...fromCsv, origins });
    expect(fromCsv.value).toEqual(matrix);
  });

  it('names the sheet within Excel’s rules', () => {
    const name = (sheetName?: string, m: Matrix = matrix) => {
      const table = xlsxToTable(
        matrixToXlsx(m, sheetName === undefined ? {} : { sheetName }).bytes,
      );
      return table.ok ? table.value.name : undefined;
    };
    expect(name('Responsibilities')).toBe('Responsibilities');
    expect(name('a'.repeat(40))).toBe('a'.repeat(31));
    expect(name('[*?]')).toBe('Matrix');
    const { name: _, ...unnamed } = matrix;
    expect(name(undefined, unnamed)).toBe('Matrix');
  });

  it('never writes a formula: =, +, -, @, tab and CR starts get the CSV’s leading quote', () => {
    const starts = [
      '=HYPERLINK("http://x")',
      '+1',
      '-2',
      '@SUM(A1)',
      '\tTab',
      '\rReturn',
      "'=already",
    ];
    const hostile: Matrix = {
      ...matrix,
      rows: starts.map((description, i) => ({
        id: `r${i}`,
        name: `Row ${i}`,
        description,
        categoryId: 'helpdesk',
        kind: 'task' as const,
        cells: { 'internal-it': { roles: ['R', 'A'] } },
      })),
    };
    const { bytes } = matrixToXlsx(hostile);
    const xml = sheetXml(bytes);
    expect(xml).not.toMatch(/<f>|<f /);
    for (const text of [
      "'=HYPERLINK(&quot;http://x&quot;)",
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tTab",
      "'_x000D_Return",
      "''=already",
    ]) {
      expect(xml).toContain(`<t xml:space="preserve">${text}</t>`);
    }
    const back = readBack(bytes, { parties: hostile.parties, categories: hostile.categories });
    expect(back.ok && back.value.rows.map((r) => r.description)).toEqual(starts);
  });

  it('gives the same bytes for the same matrix (a fixed zip date)', () => {
    expect(matrixToXlsx(matrix).bytes).toEqual(matrixToXlsx(structuredClone(matrix)).bytes);
  });

  it('round-trips every valid matrix through xlsx → matrix → xlsx → matrix', () => {
    fc.assert(
      fc.property(matrixArbitrary(), (original) => {
        const first = matrixToXlsx(original);
        const by = new Set(first.losses.map((loss) => loss.restoredBy));
        expect(first.losses.filter((loss) => !loss.restoredBy)).toEqual([]);
        const options: TableImportOptions = {
          ...(by.has('parties') ? { parties: original.parties } : {}),
          ...(by.has('categories') ? { categories: original.categories } : {}),
          ...(by.has('variant') ? { variant: original.variant } : {}),
          name: original.name ?? '',
        };
        const back = readBack(first.bytes, options);
        if (!back.ok) throw new Error(back.issues[0]?.message);
        const { name, ...rest } = back.value;
        const { name: originalName, ...expected } = original;
        expect(rest).toEqual(expected);
        expect(name ?? '').toBe(originalName ?? '');
        // Written again, the matrix read back gives the same sheet.
        expect(sheetXml(matrixToXlsx(back.value).bytes)).toBe(
          sheetXml(matrixToXlsx(original).bytes),
        );
      }),
      { numRuns: 100 },
    );
  });
});
