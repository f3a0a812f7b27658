import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { matrixFromCsv } from '../io/csv-read';
import { inlineRow, workbookBytes } from '../test-support/workbook';
import { matrixFromXlsx } from './matrix-from-xlsx';

const sheet = [
  ['Ref', 'Function', 'Status', 'Internal IT', 'MSP NOC'],
  ['HD-1', 'Password resets', 'live', 'C', 'R/A'],
  ['HD-2', 'Printers', 'planned', 'R/A', 'Sometimes'],
];
const bytes = workbookBytes({
  sheets: [
    { name: 'Intro', data: inlineRow(1, ['Read me']) },
    { name: 'RACI', data: sheet.map((cells, i) => inlineRow(i + 1, cells)).join('') },
  ],
});

describe('matrixFromXlsx', () => {
  it('gives what matrixFromCsv gives for the same sheet, with the sheet named in origins', () => {
    const fromXlsx = matrixFromXlsx(bytes, { sheet: 'RACI' });
    const fromCsv = matrixFromCsv(sheet.map((cells) => cells.join(',')).join('\n'));
    if (!fromCsv.ok) throw new Error(fromCsv.issues[0]?.message);
    expect(fromXlsx).toEqual({
      ...fromCsv,
      value: { ...fromCsv.value, name: 'RACI' },
      origins: { ...fromCsv.origins, sheet: 'RACI' },
    });
    // The unreadable cell is located, as from CSV.
    expect(fromCsv.warnings.map((w) => [w.code, w.row, w.column])).toContainEqual([
      'unreadable_cell',
      3,
      5,
    ]);
  });

  it('takes a layout and table options like matrixFromCsv', () => {
    const result = matrixFromXlsx(bytes, { sheet: 1, name: 'Acme', variant: 'rasci' });
    expect(result.ok && [result.value.name, result.value.variant]).toEqual(['Acme', 'rasci']);
  });

  it('returns the reader’s typed issue for bytes that are not a workbook, or a missing sheet', () => {
    const notXlsx = matrixFromXlsx(strToU8('Function,IT\n'));
    expect(notXlsx.ok === false && notXlsx.issues[0]?.code).toBe('not_xlsx');
    const missing = matrixFromXlsx(bytes, { sheet: 'Owners' });
    expect(missing.ok === false && missing.issues[0]?.code).toBe('no_such_sheet');
    const noMatrix = matrixFromXlsx(bytes);
    expect(noMatrix.ok === false && noMatrix.issues[0]?.code).toBe('no_header');
  });
});
