import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixArbitrary } from '../test-support/arbitraries';
import { changeArbitrary } from '../test-support/change-arbitrary';
import { sampleMatrix } from '../test-support/sample-matrix';
import { applyMatrixChanges } from './apply';
import type { MatrixChange } from './changes';
import { matrixChangesBetween } from './changes-between';
import type { Matrix } from './model';

function applied(matrix: Matrix, changes: readonly MatrixChange[]): Matrix {
  const result = applyMatrixChanges(matrix, changes);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A matrix and the matrix a few random valid edits make of it. */
const edited = matrixArbitrary().chain((matrix) =>
  fc.array(fc.nat(), { maxLength: 6 }).chain((steps) => {
    let arb: fc.Arbitrary<[Matrix, Matrix]> = fc.constant([matrix, matrix]);
    for (const _ of steps) {
      arb = arb.chain(([from, to]) =>
        changeArbitrary(to).map((change): [Matrix, Matrix] => {
          const result = applyMatrixChanges(to, [change]);
          return [from, result.ok ? result.value : to];
        }),
      );
    }
    return arb;
  }),
);

describe('matrixChangesBetween', () => {
  it('gives no changes for the same matrix', () => {
    expect(matrixChangesBetween(sampleMatrix, structuredClone(sampleMatrix))).toEqual([]);
  });

  it('words a cell edit and a rename as those edits, not as replaced rows', () => {
    const [first, second] = sampleMatrix.rows;
    if (!first || !second) throw new Error('sample has rows');
    const partyId = sampleMatrix.parties[0]?.id as string;
    const edits: MatrixChange[] = [
      { type: 'setCell', rowId: first.id, partyId, cell: { roles: ['C'] } },
      { type: 'renameRow', rowId: second.id, name: 'Renamed' },
    ];
    const changes = matrixChangesBetween(sampleMatrix, applied(sampleMatrix, edits));
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(expect.arrayContaining(edits));
  });

  it('carries a row review date over as markRowsReviewed', () => {
    const mark: MatrixChange = {
      type: 'markRowsReviewed',
      rowIds: ['siem'],
      at: Date.UTC(2026, 2, 31),
    };
    const reviewed = applied(sampleMatrix, [mark]);
    expect(matrixChangesBetween(sampleMatrix, reviewed)).toEqual([mark]);
    expect(matrixChangesBetween(reviewed, sampleMatrix)).toEqual([{ ...mark, at: null }]);
  });

  it('moves a row with one moveRows', () => {
    // The last row of a category with several rows, moved to the top of it.
    const last = sampleMatrix.rows.findLast(
      (row, i) => i > 0 && sampleMatrix.rows[i - 1]?.categoryId === row.categoryId,
    ) as Matrix['rows'][number];
    const move: MatrixChange = { type: 'moveRows', rowIds: [last.id], index: 0 };
    expect(matrixChangesBetween(sampleMatrix, applied(sampleMatrix, [move]))).toEqual([
      { ...move, categoryId: last.categoryId },
    ]);
  });

  it('turns any edited matrix back into its edit: applying the changes gives the other version', () => {
    fc.assert(
      fc.property(edited, ([before, after]) => {
        expect(applied(before, matrixChangesBetween(before, after))).toEqual(after);
      }),
      { numRuns: 200 },
    );
  });

  it('turns any matrix into any other', () => {
    fc.assert(
      fc.property(matrixArbitrary(), matrixArbitrary(), (before, after) => {
        const { name: _, ...rest } = after;
        const target = before.name === undefined ? rest : { ...rest, name: before.name };
        expect(applied(before, matrixChangesBetween(before, after))).toEqual(target);
      }),
      { numRuns: 200 },
    );
  });
});
