import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixArbitrary } from '../test-support/arbitraries';
import { changeArbitrary } from '../test-support/change-arbitrary';
import { sampleMatrix } from '../test-support/sample-matrix';
import { applyMatrixChanges } from './apply';
import type { MatrixChange } from './changes';
import { invertChange } from './invert';
import type { Matrix } from './model';

const matrixWithChange = matrixArbitrary().chain((matrix) =>
  fc.tuple(fc.constant(matrix), changeArbitrary(matrix)),
);

function applied(matrix: Matrix, changes: readonly MatrixChange[]): Matrix {
  const result = applyMatrixChanges(matrix, changes);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('invertChange', () => {
  it('undoes every kind of valid change exactly (apply, then the inverse, is the identity)', () => {
    fc.assert(
      fc.property(matrixWithChange, ([matrix, change]) => {
        const after = applied(matrix, [change]);
        expect(applied(after, invertChange(matrix, change))).toEqual(matrix);
      }),
      { numRuns: 500 },
    );
  });

  it('undoes long sequences of changes when the inverses are applied in reverse', () => {
    const sequence = matrixArbitrary().chain((start) => {
      const step = (matrix: Matrix, left: number): fc.Arbitrary<MatrixChange[]> =>
        left === 0
          ? fc.constant([])
          : changeArbitrary(matrix).chain((change) =>
              step(applied(matrix, [change]), left - 1).map((rest) => [change, ...rest]),
            );
      return fc.tuple(
        fc.constant(start),
        fc.integer({ min: 1, max: 8 }).chain((n) => step(start, n)),
      );
    });
    fc.assert(
      fc.property(sequence, ([start, changes]) => {
        let matrix = start;
        const undo: MatrixChange[][] = [];
        for (const change of changes) {
          undo.unshift(invertChange(matrix, change));
          matrix = applied(matrix, [change]);
        }
        expect(applied(matrix, undo.flat())).toEqual(start);
      }),
      { numRuns: 200 },
    );
  });

  it('puts scattered rows back after they were moved together into another category', () => {
    const change: MatrixChange = {
      type: 'moveRows',
      rowIds: ['backup-storage', 'tier1', 'siem'],
      categoryId: 'helpdesk',
      index: 0,
    };
    const after = applied(sampleMatrix, [change]);
    expect(after.rows.map((row) => row.id)).toEqual([
      'backup-storage',
      'tier1',
      'siem',
      'onboarding',
      'patching',
    ]);
    expect(applied(after, invertChange(sampleMatrix, change))).toEqual(sampleMatrix);
  });

  it('puts each row back to its own review date, a row listed twice included', () => {
    const before = applied(sampleMatrix, [
      { type: 'markRowsReviewed', rowIds: ['siem'], at: Date.UTC(2025, 11, 1) },
    ]);
    const change: MatrixChange = {
      type: 'markRowsReviewed',
      rowIds: ['siem', 'tier1', 'siem'],
      at: Date.UTC(2026, 2, 31),
    };
    const after = applied(before, [change]);
    expect(after.rows.map((row) => row.reviewedAt)).toEqual([
      Date.UTC(2026, 2, 31),
      undefined,
      Date.UTC(2026, 2, 31),
      undefined,
      undefined,
    ]);
    expect(applied(after, invertChange(before, change))).toEqual(before);
  });

  it('gives nothing to undo for a change that would be refused', () => {
    expect(invertChange(sampleMatrix, { type: 'removeRow', rowId: 'ghost' })).toEqual([]);
  });
});
