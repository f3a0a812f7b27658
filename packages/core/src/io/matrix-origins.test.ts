import { describe, expect, it } from 'vitest';
import { matrixFromCsv } from './csv-read';
import { sheetReference } from './matrix-origins';

describe('import origins', () => {
  it('places each row at its function cell and each party at its header, past metadata columns', () => {
    const csv = [
      'Acme matrix',
      'Ref,Function,Status,Internal IT,MSP NOC',
      'Helpdesk',
      'HD-1,Password resets,live,C,R/A',
      '',
      'HD-2,Printers,planned,R/A,I',
    ].join('\n');
    const result = matrixFromCsv(csv);
    if (!result.ok) throw new Error(result.issues[0]?.message);
    expect(result.value.rows.map((row) => row.id)).toEqual(['HD-1', 'HD-2']);
    expect(result.origins).toEqual({
      rows: { 'HD-1': { row: 4, column: 2 }, 'HD-2': { row: 6, column: 2 } },
      parties: { 'internal-it': { row: 2, column: 4 }, 'msp-noc': { row: 2, column: 5 } },
    });
  });

  it('keeps the places when rows are grouped by category out of sheet order', () => {
    const csv = 'Category,Function,IT,MSP\nA,One,R/A,\nB,Two,,R/A\nA,Three,R/A,\n';
    const result = matrixFromCsv(csv);
    if (!result.ok) throw new Error(result.issues[0]?.message);
    expect(result.value.rows.map((row) => row.name)).toEqual(['One', 'Three', 'Two']);
    const rows = result.value.rows.map((row) => result.origins.rows[row.id]?.row);
    expect(rows).toEqual([2, 4, 3]);
  });

  it('places a transposed sheet’s parties at the first cell that names them', () => {
    const csv = 'Service,R,A\nHelpdesk,MSP desk,IT lead\nBackup,MSP NOC,IT lead\n';
    const result = matrixFromCsv(csv);
    if (!result.ok) throw new Error(result.issues[0]?.message);
    const party = (name: string) => result.value.parties.find((p) => p.name === name)?.id ?? '';
    expect(result.origins.parties[party('MSP desk')]).toEqual({ row: 2, column: 2 });
    expect(result.origins.parties[party('IT lead')]).toEqual({ row: 2, column: 3 });
    expect(result.origins.parties[party('MSP NOC')]).toEqual({ row: 3, column: 2 });
  });
});

describe('sheetReference', () => {
  it('writes a cell, bare or on its sheet, quoting names that need it', () => {
    expect(sheetReference({ row: 7, column: 2 })).toBe('B7');
    expect(sheetReference({ row: 7, column: 28 }, 'RACI')).toBe('RACI!AB7');
    expect(sheetReference({ row: 1, column: 1 }, "Q3 owner's matrix")).toBe(
      "'Q3 owner''s matrix'!A1",
    );
    expect(sheetReference({ row: 1, column: 1 }, '2025')).toBe("'2025'!A1");
  });
});
