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
});
