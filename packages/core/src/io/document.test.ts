import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixArbitrary } from '../test-support/arbitraries';
import { sampleMatrix } from '../test-support/sample-matrix';
import { CURRENT_DOCUMENT_VERSION, createMatrixDocument, parseMatrixDocument } from './document';
import { DOCUMENT_MIGRATIONS } from './migrations';
import { v1ToV2 } from './migrations/v1-to-v2';

/** The same matrix as a version 1 document would have held it: cells in one map beside the rows. */
function asVersion1(matrix: typeof sampleMatrix, extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    ...extra,
    matrix: {
      ...matrix,
      rows: matrix.rows.map(({ cells: _cells, ...row }) => row),
      cells: Object.fromEntries(matrix.rows.map((row) => [row.id, row.cells])),
    },
  };
}

describe('parseMatrixDocument', () => {
  it('reads back every document it writes, as JSON text or parsed', () => {
    fc.assert(
      fc.property(matrixArbitrary(), (matrix) => {
        const document = createMatrixDocument(matrix, {
          title: 'Q3',
          updatedAt: '2026-09-30T12:00:00Z',
        });
        const text = JSON.stringify(document);
        expect(parseMatrixDocument(text)).toEqual({ ok: true, value: document });
        expect(parseMatrixDocument(JSON.parse(text))).toEqual({ ok: true, value: document });
      }),
    );
  });

  it('keeps meta keys a host added', () => {
    const document = createMatrixDocument(sampleMatrix, { title: 'Acme', customerId: 'c-17' });
    const result = parseMatrixDocument(JSON.stringify(document));
    expect(result.ok && result.value.meta).toEqual({ title: 'Acme', customerId: 'c-17' });
  });

  it('migrates a version 1 document to the current version', () => {
    const result = parseMatrixDocument(
      JSON.stringify(asVersion1(sampleMatrix, { title: 'Acme', savedAt: '2025-01-01T00:00:00Z' })),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        version: CURRENT_DOCUMENT_VERSION,
        matrix: sampleMatrix,
        meta: { title: 'Acme', updatedAt: '2025-01-01T00:00:00Z' },
      },
    });
  });

  it('migrates every version 1 document to the same matrix', () => {
    fc.assert(
      fc.property(matrixArbitrary(), (matrix) => {
        const result = parseMatrixDocument(JSON.parse(JSON.stringify(asVersion1(matrix))));
        expect(result).toEqual({ ok: true, value: { version: 2, matrix } });
      }),
    );
  });

  it('reports version 1 cells of rows that do not exist instead of dropping them', () => {
    const document = asVersion1(sampleMatrix);
    const withStray = {
      ...document,
      matrix: { ...document.matrix, cells: { ...document.matrix.cells, gone: {} } },
    };
    expect(parseMatrixDocument(withStray)).toEqual({
      ok: false,
      issues: [
        {
          path: ['matrix', 'cells', 'gone'],
          code: 'unknown_row',
          message: 'No row has the id "gone".',
        },
      ],
    });
  });

  it('gives the path of a problem in the matrix', () => {
    const document = createMatrixDocument(sampleMatrix);
    const broken = {
      ...document,
      matrix: { ...sampleMatrix, rows: [{ ...sampleMatrix.rows[0], categoryId: 'nope' }] },
    };
    expect(parseMatrixDocument(broken)).toMatchObject({
      ok: false,
      issues: [{ path: ['matrix', 'rows', 0, 'categoryId'], code: 'unknown_category' }],
    });
  });

  it.each([
    ['text that is not JSON', '{nope', 'invalid_json', []],
    ['an array', [], 'invalid_type', []],
    ['no version', { matrix: sampleMatrix }, 'invalid_version', ['version']],
    ['version 0', { version: 0, matrix: sampleMatrix }, 'invalid_version', ['version']],
    ['a newer version', { version: 3, matrix: sampleMatrix }, 'unsupported_version', ['version']],
  ])('refuses %s', (_, input, code, path) => {
    expect(parseMatrixDocument(input)).toMatchObject({ ok: false, issues: [{ code, path }] });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof parseMatrixDocument(input).ok).toBe('boolean');
        expect(typeof parseMatrixDocument({ version: 1, matrix: input }).ok).toBe('boolean');
      }),
    );
  });
});

describe('DOCUMENT_MIGRATIONS', () => {
  it('has one step from every earlier version, in order', () => {
    expect(DOCUMENT_MIGRATIONS.map((step) => step.from)).toEqual(
      Array.from({ length: CURRENT_DOCUMENT_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it('v1ToV2 is pure: it leaves its input as it was', () => {
    const input = asVersion1(sampleMatrix, { title: 'Acme' });
    const before = JSON.stringify(input);
    v1ToV2.migrate(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
