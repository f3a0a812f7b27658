import { describe, expect, it } from 'vitest';
import type { Matrix } from '../matrix/model';
import { sampleMatrix } from '../test-support/sample-matrix';
import { matrixFromCsv } from './csv-read';
import { matrixToCsv } from './csv-write';

const base: Matrix = {
  variant: 'raci',
  parties: [
    { id: 'internal-it', name: 'Internal IT', side: 'internal' },
    { id: 'msp', name: 'MSP', side: 'provider' },
  ],
  categories: [{ id: 'helpdesk', name: 'Helpdesk' }],
  rows: [
    {
      id: 'tier1',
      name: 'Tier 1',
      categoryId: 'helpdesk',
      kind: 'task',
      cells: { 'internal-it': { roles: ['R', 'A'] }, msp: { roles: ['R'], qualifier: 'overflow' } },
    },
  ],
};
const withRow = (row: Partial<Matrix['rows'][number]>): Matrix => ({
  ...base,
  rows: [{ ...(base.rows[0] as Matrix['rows'][number]), ...row }],
});
const lossCodes = (matrix: Matrix) => matrixToCsv(matrix).losses.map((loss) => loss.code);

describe('matrixToCsv', () => {
  it('writes Category, ID and Activity, then the parties, in canonical cell notation', () => {
    expect(matrixToCsv(base).text).toBe(
      'Category,ID,Activity,Internal IT,MSP\r\nHelpdesk,tier1,Tier 1,R/A,R (overflow only)\r\n',
    );
  });

  it('adds Kind, Description and Tags only when a row uses them', () => {
    const text = matrixToCsv(
      withRow({ kind: 'decision', description: 'Why', tags: ['24x7', 'compliance'] }),
    ).text;
    expect(text.split('\r\n')[0]).toBe(
      'Category,ID,Activity,Kind,Description,Tags,Internal IT,MSP',
    );
    expect(text.split('\r\n')[1]).toBe(
      'Helpdesk,tier1,Tier 1,decision,Why,"24x7, compliance",R/A,R (overflow only)',
    );
  });

  it('neutralises every field that a spreadsheet would run as a formula', () => {
    const hostile = withRow({ name: '=HYPERLINK("http://evil","x")', description: '@SUM(A1)' });
    const { text } = matrixToCsv({
      ...hostile,
      parties: [{ id: 'p', name: '+cmd', side: 'internal' }],
    });
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(text).toContain("'@SUM(A1)");
    expect(text).toContain("'+cmd");
    const fields = text.split(/[,\r\n]+/);
    expect(fields.some((field) => /^[=+\-@]/.test(field))).toBe(false);
  });

  it('writes semicolons, LF and a BOM when asked, and reads back the same', () => {
    const { text } = matrixToCsv(sampleMatrix, { delimiter: ';', newline: '\n', bom: true });
    expect(text.startsWith('\ufeffCategory;ID;Activity;')).toBe(true);
    expect(text).not.toContain('\r');
    const back = matrixFromCsv(text, {
      parties: sampleMatrix.parties,
      categories: sampleMatrix.categories,
      name: 'Sample',
    });
    expect(back).toMatchObject({ ok: true, value: sampleMatrix, warnings: [] });
  });

  it('carries a matrix whose names say its ids and sides without losses', () => {
    expect(matrixToCsv(base).losses).toEqual([]);
  });

  describe('losses', () => {
    it('names what the matching import option restores', () => {
      const matrix: Matrix = {
        ...base,
        name: 'Acme',
        variant: 'rasci',
        parties: [
          { id: 'it', name: 'Alice', side: 'provider', calendarId: '24x7' },
          base.parties[1] as Matrix['parties'][number],
        ],
        categories: [
          { id: 'h', name: 'Helpdesk' },
          { id: 'empty', name: 'Empty' },
        ],
        rows: [{ ...(base.rows[0] as Matrix['rows'][number]), categoryId: 'h', cells: {} }],
      };
      expect(
        matrixToCsv(matrix).losses.map(({ code, path, restoredBy }) => ({
          code,
          path,
          restoredBy,
        })),
      ).toEqual([
        { code: 'matrix_name', path: ['name'], restoredBy: 'name' },
        { code: 'variant', path: ['variant'], restoredBy: 'variant' },
        { code: 'party_metadata', path: ['parties', 0], restoredBy: 'parties' },
        { code: 'category_id', path: ['categories', 0], restoredBy: 'categories' },
        { code: 'empty_category', path: ['categories', 1], restoredBy: 'categories' },
      ]);
    });

    it('reports texts the notation cannot hold', () => {
      expect(lossCodes(withRow({ tags: ['a, b', ' padded'] }))).toEqual(['tag_text', 'tag_text']);
      expect(lossCodes(withRow({ description: ' ' }))).toEqual(['blank_description']);
      const legend = { ...base, categories: [{ id: 'legend', name: 'Legend' }] };
      expect(
        lossCodes({
          ...legend,
          rows: [{ ...(base.rows[0] as Matrix['rows'][number]), categoryId: 'legend' }],
        }),
      ).toEqual(['row_reads_as_legend']);
      expect(lossCodes(withRow({ name: 'R = Responsible' }))).toEqual([]);
      const custom = (text: string) =>
        lossCodes(withRow({ cells: { msp: { roles: ['R'], qualifier: { custom: text } } } }));
      expect(custom('overflow only')).toEqual(['qualifier_text']);
      expect(custom('two\nlines')).toEqual(['qualifier_text']);
      expect(custom(' padded')).toEqual(['qualifier_text']);
      expect(custom('EMEA sites only')).toEqual([]);
      expect(lossCodes(withRow({ cells: { msp: { roles: ['R'], note: '  ' } } }))).toEqual([
        'blank_note',
      ]);
    });

    it('reports a party whose name reads back as another kind of column', () => {
      const matrix = {
        ...base,
        parties: [{ id: 'notes', name: 'Notes', side: 'internal' } as const],
      };
      expect(lossCodes(matrix)).toEqual(['party_name_reserved']);
    });
  });
});
