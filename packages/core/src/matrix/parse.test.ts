import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixArbitrary } from '../test-support/arbitraries';
import { sampleMatrix } from '../test-support/sample-matrix';
import { parseMatrix } from './parse';

describe('parseMatrix', () => {
  it('accepts a valid matrix and returns it unchanged when already canonical', () => {
    expect(parseMatrix(JSON.parse(JSON.stringify(sampleMatrix)))).toEqual({
      ok: true,
      value: sampleMatrix,
    });
  });

  it('fills in defaults: RACI, task rows, rows with no cells', () => {
    const result = parseMatrix({
      parties: [{ id: 'it', name: 'IT', side: 'internal' }],
      categories: [{ id: 'c', name: 'C' }],
      rows: [{ id: 'r', name: 'Row', categoryId: 'c' }],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        variant: 'raci',
        parties: [{ id: 'it', name: 'IT', side: 'internal' }],
        categories: [{ id: 'c', name: 'C' }],
        rows: [{ id: 'r', name: 'Row', categoryId: 'c', kind: 'task', cells: {} }],
      },
    });
  });

  it('sorts letters, drops repeats and drops empty cells', () => {
    const result = parseMatrix({
      parties: [
        { id: 'a', name: 'A', side: 'internal' },
        { id: 'b', name: 'B', side: 'provider' },
      ],
      categories: [{ id: 'c', name: 'C' }],
      rows: [
        {
          id: 'r',
          name: 'Row',
          categoryId: 'c',
          cells: { a: { roles: ['I', 'A', 'R', 'A'] }, b: { roles: [] } },
        },
      ],
    });
    expect(result.ok && result.value.rows[0]?.cells).toEqual({ a: { roles: ['R', 'A', 'I'] } });
  });

  it('groups rows by category order, keeping their order within a category', () => {
    const result = parseMatrix({
      parties: [],
      categories: [
        { id: 'one', name: 'One' },
        { id: 'two', name: 'Two' },
      ],
      rows: [
        { id: 'x', name: 'X', categoryId: 'two' },
        { id: 'y', name: 'Y', categoryId: 'one' },
        { id: 'z', name: 'Z', categoryId: 'two' },
      ],
    });
    expect(result.ok && result.value.rows.map((row) => row.id)).toEqual(['y', 'x', 'z']);
  });

  it('reports duplicate ids, unknown categories and unknown parties with their paths', () => {
    const result = parseMatrix({
      parties: [
        { id: 'it', name: 'IT', side: 'internal' },
        { id: 'it', name: 'IT again', side: 'internal' },
      ],
      categories: [{ id: 'c', name: 'C' }],
      rows: [{ id: 'r', name: 'Row', categoryId: 'nope', cells: { ghost: { roles: ['R'] } } }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['parties', 1, 'id'], 'duplicate_id'],
      [['rows', 0, 'categoryId'], 'unknown_category'],
      [['rows', 0, 'cells', 'ghost'], 'unknown_party'],
    ]);
  });

  it("keeps a row's review date and refuses one that is not epoch milliseconds", () => {
    const matrix = (reviewedAt: unknown) => ({
      parties: [],
      categories: [{ id: 'c', name: 'C' }],
      rows: [{ id: 'r', name: 'Row', categoryId: 'c', reviewedAt }],
    });
    const at = Date.UTC(2026, 2, 31);
    expect(parseMatrix(matrix(at)).ok && parseMatrix(matrix(at))).toMatchObject({
      value: { rows: [{ reviewedAt: at }] },
    });
    for (const bad of ['2026-03-31', 9e15]) {
      const result = parseMatrix(matrix(bad));
      expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual([
        ['rows', 0, 'reviewedAt'],
      ]);
    }
  });

  it('explains shape problems in words, with the path of each', () => {
    const result = parseMatrix({
      parties: [{ id: '', name: '  ', side: 'msp' }],
      categories: 'none',
      rows: [],
    });
    expect(!result.ok && result.issues).toEqual([
      { path: ['parties', 0, 'id'], code: 'too_small', message: 'Must not be empty.' },
      { path: ['parties', 0, 'name'], code: 'too_small', message: 'Must not be empty.' },
      {
        path: ['parties', 0, 'side'],
        code: 'invalid_value',
        message: 'Expected one of "internal", "provider", "vendor", "business".',
      },
      { path: ['categories'], code: 'invalid_type', message: 'Expected array.' },
    ]);
  });

  describe('given hostile input', () => {
    it('refuses ids that objects inherit and reports a __proto__ cell key without polluting anything', () => {
      const text =
        '{"parties":[{"id":"constructor","name":"X","side":"internal"}],"categories":[{"id":"c","name":"C"}],' +
        '"rows":[{"id":"r","name":"R","categoryId":"c","cells":{"__proto__":{"roles":["R"],"polluted":true}}}]}';
      const result = parseMatrix(JSON.parse(text));
      expect(!result.ok && result.issues.map((issue) => issue.code)).toEqual([
        'reserved_id',
        'reserved_id',
      ]);
      expect(({} as { roles?: unknown }).roles).toBeUndefined();
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    });

    it('survives cyclic objects, throwing getters and revoked proxies', () => {
      const cyclic: Record<string, unknown> = { parties: [], categories: [] };
      cyclic.rows = [cyclic];
      const throwing = Object.defineProperty({}, 'parties', {
        get() {
          throw new Error('no access');
        },
      });
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      for (const input of [cyclic, throwing, proxy]) {
        const result = parseMatrix(input);
        expect(result.ok).toBe(false);
      }
      expect(parseMatrix(throwing)).toEqual({
        ok: false,
        issues: [
          { path: [], code: 'unreadable', message: 'The input could not be read (no access).' },
        ],
      });
    });

    it('refuses a huge name without echoing it back', () => {
      const name = 'x'.repeat(5_000_000);
      const result = parseMatrix({
        parties: [{ id: 'a', name, side: 'internal' }],
        categories: [],
        rows: [],
      });
      expect(!result.ok && result.issues[0]).toEqual({
        path: ['parties', 0, 'name'],
        code: 'too_big',
        message: 'Must have at most 500 characters.',
      });
    });

    it('never throws and reports at least one issue for anything that is not a matrix', () => {
      fc.assert(
        fc.property(
          fc.anything({
            withObjectString: true,
            withNullPrototype: true,
            withMap: true,
            withSet: true,
          }),
          (input) => {
            const result = parseMatrix(input);
            if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
          },
        ),
      );
    });

    it('never throws on matrices with random damage', () => {
      fc.assert(
        fc.property(
          matrixArbitrary(),
          fc.array(fc.tuple(fc.nat(), fc.anything())),
          (matrix, damage) => {
            const copy = JSON.parse(JSON.stringify(matrix));
            for (const [index, value] of damage) {
              const row = copy.rows[index % Math.max(1, copy.rows.length)];
              if (row)
                row[['name', 'categoryId', 'cells', 'kind', 'id'][index % 5] as string] = value;
            }
            parseMatrix(copy);
          },
        ),
      );
    });
  });

  it('reads back every valid matrix written as JSON', () => {
    fc.assert(
      fc.property(matrixArbitrary(), (matrix) => {
        expect(parseMatrix(JSON.parse(JSON.stringify(matrix)))).toEqual({
          ok: true,
          value: matrix,
        });
      }),
    );
  });
});
