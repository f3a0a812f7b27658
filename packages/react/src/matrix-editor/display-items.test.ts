import { applyMatrixChanges, type Matrix, type MatrixChange } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { matrixDisplay, patchDisplay } from './display-items';
import { largeMatrix } from './story-support';

const applied = (matrix: Matrix, changes: readonly MatrixChange[]) => {
  const result = applyMatrixChanges(matrix, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const none = () => false;

describe('patchDisplay', () => {
  const before = largeMatrix(200, 6);
  const collapsed = new Set(['c3']);
  const shown = matrixDisplay(before, {}, collapsed, none);

  it('shows a cell edit as a whole layout would, keeping the other lines', () => {
    const after = applied(before, [
      { type: 'setCell', rowId: 'r4', partyId: 'p0', cell: { roles: ['I'] } },
      { type: 'updateRow', rowId: 'r35', patch: { description: 'Edited' } },
    ]);
    const patched = patchDisplay(shown, before, after, {});
    expect(patched).toEqual(matrixDisplay(after, {}, collapsed, none));
    const kept = patched?.items.filter((item, i) => item === shown.items[i]).length;
    // Every line but the edited rows' (r35 sits in the collapsed category c3: no line).
    expect(kept).toBe(shown.items.length - 1);
  });

  it('leaves a filtered display, a moved row or new categories to a whole layout', () => {
    const edit = applied(before, [
      { type: 'setCell', rowId: 'r4', partyId: 'p0', cell: { roles: ['I'] } },
    ]);
    const filtered = matrixDisplay(before, { text: 'function 1' }, collapsed, none);
    expect(patchDisplay(filtered, before, edit, { text: 'function 1' })).toBeUndefined();
    const moved = applied(before, [
      { type: 'moveRows', rowIds: ['r4'], categoryId: 'c5', index: 0 },
    ]);
    expect(patchDisplay(shown, before, moved, {})).toBeUndefined();
    const added = applied(before, [
      { type: 'addCategory', category: { id: 'new', name: 'New' }, index: 0 },
    ]);
    expect(patchDisplay(shown, before, added, {})).toBeUndefined();
  });
});
