import { applyMatrixChanges, type Matrix, parseMatrix } from '@tandem/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
// The core's own generators of valid matrices and changes (test-only files).
import { matrixArbitrary } from '../../core/src/test-support/arbitraries';
import { changeArbitrary } from '../../core/src/test-support/change-arbitrary';
import { bindMatrix } from './bind-matrix';
import { readMatrix } from './matrix-doc';
import { editsOf } from './test-support/edits';

/** Up to `n` valid edits of `matrix`, each generated against the matrix the ones before made. */
const edits = (matrix: Matrix, n: number) =>
  editsOf(matrix, n, changeArbitrary, applyMatrixChanges);

const scenario = matrixArbitrary().chain((matrix) =>
  fc.tuple(fc.constant(matrix), edits(matrix, 4), edits(matrix, 4), fc.boolean()),
);

describe('two teams editing at once', () => {
  it('converge on one valid matrix, which stays valid when one side undoes everything', () => {
    fc.assert(
      fc.property(scenario, ([matrix, mine, theirs, interleave]) => {
        const a = new Y.Doc();
        const b = new Y.Doc();
        const sync = () => {
          Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
          Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
        };
        const invalid: unknown[] = [];
        const onInvalid = (issues: unknown) => invalid.push(issues);
        const left = bindMatrix(a, { initial: matrix, onInvalid });
        sync();
        const right = bindMatrix(b, { onInvalid });
        expect(right.getMatrix()).toEqual(matrix);
        // A host that applies every update's changes to what it shows stays in step.
        let mirror = right.getMatrix() as Matrix;
        right.subscribe(({ changes }) => {
          const result = applyMatrixChanges(mirror, changes);
          if (result.ok) mirror = result.value;
        });
        // Each side applies its edits one by one; a refusal (the other side's edit landed first
        // and made it invalid) changes nothing and is allowed.
        const steps = Math.max(mine.length, theirs.length);
        for (let i = 0; i < steps; i++) {
          if (mine[i]) left.apply([mine[i] as never]);
          if (theirs[i]) right.apply([theirs[i] as never]);
          if (interleave) sync();
        }
        sync();
        const merged = left.getMatrix() as Matrix;
        expect(right.getMatrix()).toEqual(merged);
        expect(parseMatrix(merged)).toEqual({ ok: true, value: merged });
        // What the bindings hold (read from the rows a transaction touched, where it could be)
        // is what a whole read of each doc gives.
        expect(readMatrix(a)).toEqual({ ok: true, value: merged });
        expect(readMatrix(b)).toEqual({ ok: true, value: merged });
        expect(mirror).toEqual(merged);
        // Undo all of one side's edits: the doc stays a valid matrix on both sides.
        while (left.undo()) sync();
        sync();
        expect(right.getMatrix()).toEqual(left.getMatrix());
        expect(parseMatrix(left.getMatrix()).ok).toBe(true);
        expect(readMatrix(b)).toEqual({ ok: true, value: right.getMatrix() });
        expect(mirror).toEqual(right.getMatrix());
        // No merge or undo ever left a doc that does not read as a valid matrix.
        expect(invalid).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('with one side only, undoing everything gives back the starting matrix', () => {
    fc.assert(
      fc.property(
        matrixArbitrary().chain((matrix) => fc.tuple(fc.constant(matrix), edits(matrix, 5))),
        ([matrix, mine]) => {
          const binding = bindMatrix(new Y.Doc(), { initial: matrix });
          for (const change of mine) binding.apply([change]);
          while (binding.undo()) {}
          expect(binding.getMatrix()).toEqual(matrix);
        },
      ),
      { numRuns: 100 },
    );
  });
});
