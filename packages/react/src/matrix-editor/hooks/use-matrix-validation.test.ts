import { applyMatrixChanges, type Matrix, type MatrixChange } from '@tandem/core';
import { createMatrixValidator } from '@tandem/core/validate';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { largeMatrix } from '../stories/story-support';
import { useMatrixValidation } from './use-matrix-validation';

const applied = (matrix: Matrix, changes: readonly MatrixChange[]) => {
  const result = applyMatrixChanges(matrix, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('useMatrixValidation', () => {
  it('checks a matrix that arrives with some rows new as a whole validation would', () => {
    const start = largeMatrix(60, 6);
    const { result, rerender } = renderHook(({ matrix }) => useMatrixValidation(matrix, {}), {
      initialProps: { matrix: start },
    });
    // A peer's edits, arriving as a new value with the other rows' objects unchanged: one row
    // loses its letters, another gains a second accountable party.
    const next = applied(start, [
      { type: 'setCell', rowId: 'r3', partyId: 'p3', cell: null },
      { type: 'setCell', rowId: 'r3', partyId: 'p4', cell: null },
      { type: 'setCell', rowId: 'r3', partyId: 'p2', cell: null },
      { type: 'setCell', rowId: 'r8', partyId: 'p0', cell: { roles: ['A'] } },
    ]);
    rerender({ matrix: next });
    const whole = createMatrixValidator({}).validate(next);
    expect(result.current.view.issues).toEqual(whole.issues);
    expect(result.current.view.summary).toEqual(whole.summary);
    expect(result.current.view.byRow.get('r3')?.length).toBeGreaterThan(0);
  });

  it('validates in full when parties change', () => {
    const start = largeMatrix(20, 4);
    const { result, rerender } = renderHook(({ matrix }) => useMatrixValidation(matrix, {}), {
      initialProps: { matrix: start },
    });
    const next = applied(start, [{ type: 'removeParty', partyId: 'p1' }]);
    rerender({ matrix: next });
    expect(result.current.view.issues).toEqual(createMatrixValidator({}).validate(next).issues);
  });

  it('indexes an edit as a fresh index would, keeping the lists of rows it left alone', () => {
    const start = largeMatrix(60, 6);
    const { result, rerender } = renderHook(({ matrix }) => useMatrixValidation(matrix, {}), {
      initialProps: { matrix: start },
    });
    // Edits that raise, clear and move issues: a row with no one responsible, a second
    // accountable party, a row moved, then a letter back where it was.
    const steps: MatrixChange[][] = [
      [{ type: 'setCell', rowId: 'r3', partyId: 'p3', cell: null }],
      [{ type: 'setCell', rowId: 'r8', partyId: 'p0', cell: { roles: ['A'] } }],
      [{ type: 'setCell', rowId: 'r9', partyId: 'p4', cell: { roles: ['R'] } }],
      [{ type: 'moveRows', rowIds: ['r8'], categoryId: 'c0', index: 0 }],
      [{ type: 'setCell', rowId: 'r3', partyId: 'p3', cell: { roles: ['R', 'A'] } }],
    ];
    let matrix = start;
    for (const changes of steps) {
      const before = result.current.view;
      matrix = applied(matrix, changes);
      rerender({ matrix });
      const fresh = renderHook(() => useMatrixValidation(matrix, {})).result.current.view;
      const { view } = result.current;
      expect(view.issues).toEqual(fresh.issues);
      expect(new Map(view.byRow)).toEqual(new Map(fresh.byRow));
      expect(new Map(view.byCell)).toEqual(new Map(fresh.byCell));
      // r50 is named by no issue the steps change: its list is the same array.
      expect(view.byRow.get('r50')).toBe(before.byRow.get('r50'));
    }
  });
});
