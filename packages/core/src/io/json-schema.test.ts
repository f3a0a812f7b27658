import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixArbitrary } from '../test-support/arbitraries';
import { sampleMatrix } from '../test-support/sample-matrix';
import { createMatrixDocument, parseMatrixDocument } from './document';
import { matrixDocumentJsonSchema } from './json-schema';

const shipped = new URL('./matrix-document.schema.json', import.meta.url);

describe('matrixDocumentJsonSchema', () => {
  it('matches the shipped matrix-document.schema.json', () => {
    // Stale? `pnpm --filter @tandem/core generate:schema` rewrites it. Compared as data.
    if (process.env.TANDEM_WRITE_SCHEMA === '1') {
      writeFileSync(shipped, `${JSON.stringify(matrixDocumentJsonSchema(), null, 2)}\n`);
    }
    expect(
      JSON.parse(readFileSync(shipped, 'utf8')),
      'matrix-document.schema.json is stale',
    ).toEqual(matrixDocumentJsonSchema());
  });

  const validate = new Ajv2020({ strict: true }).compile(matrixDocumentJsonSchema());

  it('accepts every document the parser accepts', () => {
    const meta = fc.option(
      fc.record({
        title: fc.string({ maxLength: 20 }),
        updatedAt: fc.constant('2026-03-31T09:00:00Z'),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(matrixArbitrary(), meta, (matrix, docMeta) => {
        const document = JSON.parse(JSON.stringify(createMatrixDocument(matrix, docMeta)));
        expect(parseMatrixDocument(document).ok).toBe(true);
        expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts a document with defaults left out, as the parser does', () => {
    const minimal = {
      version: 2,
      matrix: {
        parties: [{ id: 'it', name: 'IT', side: 'internal' }],
        categories: [{ id: 'c', name: 'C' }],
        rows: [{ id: 'r', name: 'R', categoryId: 'c' }],
      },
    };
    expect(parseMatrixDocument(minimal).ok).toBe(true);
    expect(validate(minimal)).toBe(true);
  });

  it.each([
    ['another version', { version: 3, matrix: sampleMatrix }],
    ['no rows', { version: 2, matrix: { ...sampleMatrix, rows: undefined } }],
    [
      'an unknown letter',
      {
        version: 2,
        matrix: {
          ...sampleMatrix,
          rows: [{ ...sampleMatrix.rows[0], cells: { it: { roles: ['X'] } } }],
        },
      },
    ],
  ])('rejects a document with %s', (_, document) => {
    expect(validate(JSON.parse(JSON.stringify(document)))).toBe(false);
  });
});
