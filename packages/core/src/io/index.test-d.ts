import { expectTypeOf, test } from 'vitest';
import type { Matrix } from '../matrix/model';
import type { ParseResult } from '../result';
import {
  type CsvIssue,
  type CsvLoss,
  createMatrixDocument,
  type DriftFinding,
  diffMatrices,
  type MatrixDiff,
  type MatrixDocument,
  matrixFromCsv,
  matrixToCsv,
  parseMatrixDocument,
  scopeDrift,
} from './index';

test('io public types', () => {
  const imported = matrixFromCsv('');
  if (imported.ok) {
    expectTypeOf(imported.value).toEqualTypeOf<Matrix>();
    expectTypeOf(imported.warnings).toEqualTypeOf<readonly CsvIssue[]>();
  } else {
    expectTypeOf(imported.issues[0]?.row).toEqualTypeOf<number | undefined>();
  }
  const matrix = {} as Matrix;
  expectTypeOf(matrixToCsv(matrix).losses).toEqualTypeOf<readonly CsvLoss[]>();
  // @ts-expect-error only the separators the importer can detect
  matrixToCsv(matrix, { delimiter: ':' });
  expectTypeOf(parseMatrixDocument('{}')).toEqualTypeOf<ParseResult<MatrixDocument>>();
  expectTypeOf(createMatrixDocument(matrix).version).toEqualTypeOf<2>();
  expectTypeOf(diffMatrices(matrix, matrix)).toEqualTypeOf<MatrixDiff>();
  expectTypeOf(scopeDrift(matrix, matrix)).toEqualTypeOf<DriftFinding[]>();
});
