import { describe, expect, it } from 'vitest';
import { changeImpact } from './change-impact';

describe('changeImpact', () => {
  it('names the rows cell and row edits touch, without a reorder', () => {
    expect(
      changeImpact([
        { type: 'setCell', rowId: 'a', partyId: 'it', cell: null },
        { type: 'bulkAssign', rowIds: ['b', 'c'], partyId: 'it', roles: ['R'], mode: 'add' },
        { type: 'renameRow', rowId: 'a', name: 'A' },
      ]),
    ).toEqual({
      kind: 'rows',
      rowIds: new Set(['a', 'b', 'c']),
      reordered: false,
      categoriesMoved: false,
    });
  });

  it('marks changes to the set or order of rows as a reorder', () => {
    expect(changeImpact([{ type: 'moveCategory', categoryId: 'ops', toIndex: 0 }])).toEqual({
      kind: 'rows',
      rowIds: new Set(),
      reordered: true,
      categoriesMoved: true,
    });
    expect(changeImpact([{ type: 'removeRow', rowId: 'a' }])).toMatchObject({ reordered: true });
  });

  it('reruns no row for review dates, which no rule reads', () => {
    expect(changeImpact([{ type: 'markRowsReviewed', rowIds: ['a'], at: 0 }])).toEqual({
      kind: 'rows',
      rowIds: new Set(),
      reordered: false,
      categoriesMoved: false,
    });
  });

  it('asks for a full run when parties or the variant change', () => {
    expect(changeImpact([{ type: 'setVariant', variant: 'daci' }])).toEqual({ kind: 'full' });
    expect(
      changeImpact([
        { type: 'renameRow', rowId: 'a', name: 'A' },
        { type: 'removeParty', partyId: 'msp' },
      ]),
    ).toEqual({ kind: 'full' });
  });

  it('treats an unknown kind of change as touching everything', () => {
    expect(changeImpact([{ type: 'fromTheFuture' } as never])).toEqual({ kind: 'full' });
  });
});
