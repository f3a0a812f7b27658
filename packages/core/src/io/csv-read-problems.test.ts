import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMatrix } from '../matrix/parse';
import { type CsvImportOptions, matrixFromCsv } from './csv-read';

function read(text: string, options?: CsvImportOptions) {
  const result = matrixFromCsv(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}
const codes = (text: string, options?: CsvImportOptions) =>
  read(text, options).warnings.map((w) => `${w.code}@${w.row}:${w.column}`);

describe('matrixFromCsv, on what it cannot read', () => {
  it('names the cell of everything it skipped or changed', () => {
    const text = [
      'Function,ID,Kind,IT,MSP,',
      'Patch,p,task,R,sometimes,',
      'Patch again,p,maybe,R,,',
      ',,,R,,',
      'Backup,b,task,R,,stray',
      'Restore,r,task,R,,,extra',
    ].join('\n');
    expect(codes(text)).toEqual([
      'unreadable_cell@2:5',
      'duplicate_row_id@3:2',
      'unknown_kind@3:3',
      'missing_activity@4:1',
      'unnamed_column@5:6',
      'extra_cell@6:7',
    ]);
  });

  it('gives paths into the matrix as it is returned', () => {
    const text = 'Category,Function,IT\nB,x,R\nA,y,odd\nB,z,R\n';
    const { value, warnings } = read(text);
    expect(warnings[0]?.path).toEqual(['rows', 2, 'cells', 'it']);
    expect(value.rows[2]?.name).toBe('y');
  });

  it('caps the warnings and says how many more there were', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `Row ${i},odd`).join('\n');
    const { warnings } = read(`Function,IT\n${rows}\n`);
    expect(warnings).toHaveLength(501);
    expect(warnings[500]).toMatchObject({
      code: 'too_many_warnings',
      message: expect.stringContaining('100 more'),
    });
  });

  it('cuts texts longer than the model allows, with a warning', () => {
    const { value, warnings } = read(`Function,IT\n${'x'.repeat(600)},R\n`);
    expect(value.rows[0]?.name).toHaveLength(500);
    expect(warnings.map((w) => w.code)).toEqual(['too_long']);
  });

  it.each([
    ['', 'empty'],
    ['\ufeff  \n', 'empty'],
    ['Activity\nPatching\n', 'no_header'],
    ['ID,Activity\n1,Patching\n', 'no_parties'],
  ])('fails on %j with %s', (text, code) => {
    const result = matrixFromCsv(text);
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({ code, row: expect.any(Number), column: expect.any(Number) }),
      ],
    });
  });

  it('fails past the model limit on parties', () => {
    const header = `Function,${Array.from({ length: 201 }, (_, i) => `P${i}`).join(',')}`;
    const result = matrixFromCsv(`${header}\nX,R\n`);
    expect(result.ok || result.issues[0]).toMatchObject({
      code: 'too_many_parties',
      row: 1,
      column: 202,
    });
  });

  it('never throws and always returns a matrix parseMatrix accepts unchanged', () => {
    const token = fc.constantFrom(
      'R',
      'A/R',
      'x',
      '✓',
      'Joint',
      'Overflow only',
      '',
      '-',
      'odd',
      'Security',
      'R = Responsible',
      '"q, "" x"',
      "'=1",
      ' ',
      'Category',
      'ID',
      'Tags',
      'S',
      'D',
    );
    const line = fc.array(fc.oneof(token, fc.string({ maxLength: 6 })), { maxLength: 6 });
    const sheet = fc.tuple(
      fc.array(line, { maxLength: 10 }),
      fc.constantFrom(',', ';', '\t'),
      fc.constantFrom('\n', '\r\n'),
    );
    fc.assert(
      fc.property(sheet, ([lines, sep, nl]) => {
        const result = matrixFromCsv(lines.map((cells) => cells.join(sep)).join(nl));
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          return;
        }
        expect(parseMatrix(JSON.parse(JSON.stringify(result.value)))).toEqual({
          ok: true,
          value: result.value,
        });
        for (const w of result.warnings) expect(w.row >= 1 && w.column >= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reports input that is not text instead of throwing', () => {
    expect(matrixFromCsv(42 as unknown as string)).toMatchObject({
      ok: false,
      issues: [{ code: 'unreadable' }],
    });
  });
});
