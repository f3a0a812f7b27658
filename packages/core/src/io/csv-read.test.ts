import { describe, expect, it } from 'vitest';
import type { Matrix } from '../matrix/model';
import { type CsvImportOptions, matrixFromCsv } from './csv-read';

function read(text: string, options?: CsvImportOptions) {
  const result = matrixFromCsv(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}
const cellsOf = (matrix: Matrix) => matrix.rows.map((row) => row.cells);
const codes = (text: string, options?: CsvImportOptions) =>
  read(text, options).warnings.map((w) => `${w.code}@${w.row}:${w.column}`);

describe('matrixFromCsv', () => {
  describe('layout', () => {
    it('reads the header as parties and the first column as the activity', () => {
      const { value, warnings } = read('Function,Internal IT,MSP\nPatching,R,A\n');
      expect(warnings).toEqual([]);
      expect(value).toEqual({
        variant: 'raci',
        parties: [
          { id: 'internal-it', name: 'Internal IT', side: 'internal' },
          { id: 'msp', name: 'MSP', side: 'provider' },
        ],
        categories: [{ id: 'general', name: 'General' }],
        rows: [
          {
            id: 'patching',
            name: 'Patching',
            categoryId: 'general',
            kind: 'task',
            cells: { 'internal-it': { roles: ['R'] }, msp: { roles: ['A'] } },
          },
        ],
      });
    });

    it('reads a category column, repeating a category above into empty cells', () => {
      const { value } = read(
        'Area,Function,IT,MSP\nHelpdesk,Tier 1,R/A,\n,Tier 2,C,R/A\nSecurity,SIEM,,R/A\n',
      );
      expect(value.categories.map((c) => c.name)).toEqual(['Helpdesk', 'Security']);
      expect(value.rows.map((row) => row.categoryId)).toEqual(['helpdesk', 'helpdesk', 'security']);
    });

    it('reads a row with only its first cell filled as a category section', () => {
      const { value } = read('Function,IT,MSP\nHelpdesk,,\nTier 1,R/A,\nSecurity\nSIEM,,R/A\n');
      expect(value.rows.map((row) => [row.name, row.categoryId])).toEqual([
        ['Tier 1', 'helpdesk'],
        ['SIEM', 'security'],
      ]);
    });

    it('groups rows by category in order of first appearance', () => {
      const { value } = read('Category,Function,IT,MSP\nA,one,R,\nB,two,R,\nA,three,R,\n');
      expect(value.rows.map((row) => row.name)).toEqual(['one', 'three', 'two']);
    });

    it('uses a one-cell row above the header as the name', () => {
      const { value } = read('Acme matrix\n\nFunction,IT,MSP\nX,R,\n');
      expect(value.name).toBe('Acme matrix');
      expect(read('Acme\nFunction,IT,MSP\nX,R,\n', { name: 'Given' }).value.name).toBe('Given');
    });

    it('reads ID, Kind, Description and Tags columns wherever they are', () => {
      const text =
        'Tags,Activity,IT,Kind,ID,MSP,Description\n"24x7; compliance",Decide DR,A,Decision,dr,R,Twice a year\n';
      const row = read(text).value.rows[0];
      expect(row).toEqual({
        id: 'dr',
        name: 'Decide DR',
        categoryId: 'general',
        kind: 'decision',
        description: 'Twice a year',
        tags: ['24x7', 'compliance'],
        cells: { it: { roles: ['A'] }, msp: { roles: ['R'] } },
      });
    });

    it('ignores a numbering column and trailing empty columns', () => {
      const { value, warnings } = read('#,Function,IT,MSP,,\n1,Patching,R,A,,\n2,Backup,,R/A,,\n');
      expect(warnings).toEqual([]);
      expect(value.parties.map((p) => p.id)).toEqual(['it', 'msp']);
      expect(value.rows.map((row) => row.id)).toEqual(['patching', 'backup']);
    });

    it('skips a legend block at the bottom', () => {
      const text =
        'Function,IT,MSP\nPatching,R,A\n\nLegend\nR = Responsible\nA: Accountable\nC,Consulted\nI – Informed\n';
      const { value, warnings } = read(text);
      expect(value.rows.map((row) => row.name)).toEqual(['Patching']);
      expect(warnings).toEqual([]);
    });

    it('warns about free text below the legend instead of making it a category', () => {
      expect(codes('Function,IT,MSP\nPatching,R,A\nR = Responsible\nReviewed quarterly\n')).toEqual(
        ['skipped_row@4:1'],
      );
    });
  });

  describe('text encoding', () => {
    it('reads a BOM, CRLF line ends and quoted cells with commas, quotes and line breaks', () => {
      const text =
        '\ufeffFunction,IT,MSP\r\n"Backups, ""nightly""\r\nand weekly",R/A,"C\r\nby mail"\r\n';
      const { value } = read(text);
      expect(value.parties[0]?.name).toBe('IT');
      expect(value.rows[0]?.name).toBe('Backups, "nightly"\r\nand weekly');
      expect(value.rows[0]?.cells.msp).toEqual({ roles: ['C'], note: 'by mail' });
    });

    it.each([
      ['semicolons', 'Function;IT;MSP\nPatching;R, A;C\n'],
      ['tabs', 'Function\tIT\tMSP\nPatching\tR, A\tC\n'],
      ['an Excel sep= line', 'sep=;\nFunction;IT;MSP\nPatching;R, A;C\n'],
    ])('detects %s', (_, text) => {
      expect(cellsOf(read(text).value)).toEqual([
        { it: { roles: ['R', 'A'] }, msp: { roles: ['C'] } },
      ]);
    });

    it('counts rows after an Excel sep= line as Excel shows them', () => {
      expect(codes('sep=,\nFunction,IT,MSP\nPatching,R,sometimes\n')).toEqual([
        'unreadable_cell@2:3',
      ]);
    });

    it('removes the quote that guarded a formula character, and only that one', () => {
      const { value } = read("Function,IT,MSP\n'=SUM(1),R,\n'-1,R,\n'plain,R,\n");
      expect(value.rows.map((row) => row.name)).toEqual(['=SUM(1)', '-1', "'plain"]);
    });
  });

  describe('ownership sheets', () => {
    const sheet = 'Function,Internal,MSP\nTier 1,✓,Overflow only\nPatching,Joint,Joint\nSIEM,—,✓\n';

    it('gives a single ✓ R and A, and backup words R with their qualifier', () => {
      expect(cellsOf(read(sheet).value)[0]).toEqual({
        internal: { roles: ['R', 'A'] },
        msp: { roles: ['R'], qualifier: 'overflow' },
      });
      expect(cellsOf(read(sheet).value)[2]).toEqual({ msp: { roles: ['R', 'A'] } });
    });

    it('gives every joint party R and the first one A', () => {
      expect(cellsOf(read(sheet).value)[1]).toEqual({
        internal: { roles: ['R', 'A'] },
        msp: { roles: ['R'] },
      });
    });

    it('gives A to the first internal party when asked', () => {
      const text = 'Function,MSP,Internal\nPatching,Joint,Joint\n';
      expect(cellsOf(read(text, { jointAccountable: 'internal' }).value)[0]).toEqual({
        msp: { roles: ['R'] },
        internal: { roles: ['R', 'A'] },
      });
    });

    it('leaves A where an explicit letter already put it', () => {
      expect(cellsOf(read('Function,IT,MSP,CEO\nX,✓,✓,A\n').value)[0]).toEqual({
        it: { roles: ['R'] },
        msp: { roles: ['R'] },
        ceo: { roles: ['A'] },
      });
    });
  });

  describe('parties', () => {
    it('slugifies header names into unique ids and warns about repeated names', () => {
      const { value, warnings } = read('Function,MSP NOC,MSP NOC,Sécurité Ops\nX,R,A,C\n');
      expect(value.parties.map((p) => p.id)).toEqual(['msp-noc', 'msp-noc-2', 'securite-ops']);
      expect(warnings.map((w) => w.code)).toEqual(['duplicate_party', 'party_side_unknown']);
    });

    it('takes sides from options, then the name, then the default with a warning', () => {
      const text = 'Function,Acme NOC,Alice,Bob\nX,R,A,C\n';
      const { value, warnings } = read(text, {
        sides: { alice: 'business' },
        defaultSide: 'vendor',
      });
      expect(value.parties.map((p) => p.side)).toEqual(['provider', 'business', 'vendor']);
      expect(warnings).toEqual([
        expect.objectContaining({
          row: 1,
          column: 4,
          code: 'party_side_unknown',
          path: ['parties', 2],
        }),
      ]);
    });

    it('reuses given parties by name and warns about columns it was not given', () => {
      const parties = [
        { id: 'it', name: 'Internal IT', side: 'internal', calendarId: 'bh' } as const,
      ];
      const { value, warnings } = read('Function,internal it,MSP\nX,R,A\n', { parties });
      expect(value.parties).toEqual([parties[0], { id: 'msp', name: 'MSP', side: 'provider' }]);
      expect(warnings.map((w) => w.code)).toEqual(['unknown_party']);
    });
  });

  describe('variants', () => {
    it('detects RASCI from S and DACI from D', () => {
      expect(read('Function,IT,MSP\nX,R,S\n').value.variant).toBe('rasci');
      expect(read('Function,IT,MSP\nX,D,A\n').value.variant).toBe('daci');
    });

    it('keeps letters outside the given variant and warns about each cell', () => {
      const { value, warnings } = read('Function,IT,MSP\nX,R,S\n', { variant: 'raci' });
      expect(value.rows[0]?.cells.msp).toEqual({ roles: ['S'] });
      expect(warnings).toEqual([
        expect.objectContaining({
          code: 'letter_not_in_variant',
          row: 2,
          column: 3,
          path: ['rows', 0, 'cells', 'msp'],
        }),
      ]);
    });
  });
});
