import type { Matrix } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useMatrixEditor } from './use-matrix-editor';

const smallBusiness = templates['small-business-one-it'].matrix;

const tiny: Matrix = {
  variant: 'rasci',
  parties: [
    { id: 'it', name: 'Internal IT', side: 'internal' },
    { id: 'msp', name: 'Northwind MSP', side: 'provider' },
  ],
  categories: [{ id: 'backup', name: 'Backup and DR' }],
  rows: [
    {
      id: 'backup',
      name: 'Backup management',
      categoryId: 'backup',
      kind: 'task',
      cells: { it: { roles: ['A'] } },
    },
  ],
};

describe('useMatrixEditor', () => {
  it('announces a toggle with names, never ids', () => {
    const { result } = renderHook(() => useMatrixEditor({ defaultValue: tiny }));
    act(() => {
      result.current.toggleLetter('backup', 'msp', 'R');
    });
    expect(result.current.announcement).toBe(
      'Gave Responsible to Northwind MSP for Backup management.',
    );
    act(() => {
      result.current.toggleLetter('backup', 'msp', 'R');
    });
    expect(result.current.announcement).toBe(
      'Took Responsible from Northwind MSP for Backup management.',
    );
  });

  it('offers fixes built from the row as it is now, not as it was when the issue was first shown', () => {
    const twoAccountable: Matrix = {
      ...tiny,
      rows: [
        {
          ...(tiny.rows[0] as Matrix['rows'][0]),
          cells: { it: { roles: ['A'] }, msp: { roles: ['R', 'A'] } },
        },
      ],
    };
    const { result } = renderHook(() => useMatrixEditor({ defaultValue: twoAccountable }));
    const before = result.current.cellIssues('backup', 'msp');
    expect(before?.[0]?.message).toBe(
      "'Backup management' has two Accountable parties: Internal IT and Northwind MSP.",
    );
    // The same issue, word for word, after an edit that changes what its fixes must write.
    act(() => {
      result.current.toggleLetter('backup', 'msp', 'C');
    });
    const after = result.current.cellIssues('backup', 'msp');
    expect(after?.[0]?.message).toBe(before?.[0]?.message);
    const keepIt = after?.[0]?.fixes.find((fix) => fix.label === 'Keep Internal IT accountable');
    expect(keepIt?.changes).toEqual([
      { type: 'setCell', rowId: 'backup', partyId: 'msp', cell: { roles: ['R', 'C'] } },
    ]);
    act(() => {
      result.current.dispatch(keepIt?.changes ?? []);
    });
    expect(result.current.matrix.rows[0]?.cells.msp).toEqual({ roles: ['R', 'C'] });
  });

  it('keeps the issue lists of rows an edit did not touch, so their rows need not re-render', () => {
    const twoRows: Matrix = {
      ...tiny,
      rows: [
        {
          ...(tiny.rows[0] as Matrix['rows'][0]),
          cells: { it: { roles: ['A'] }, msp: { roles: ['R', 'A'] } },
        },
        {
          id: 'patching',
          name: 'Patching',
          categoryId: 'backup',
          kind: 'task',
          cells: { msp: { roles: ['R'] } },
        },
      ],
    };
    const { result } = renderHook(() => useMatrixEditor({ defaultValue: twoRows }));
    const backup = result.current.rowIssues('backup');
    const patching = result.current.rowIssues('patching');
    act(() => {
      result.current.toggleLetter('patching', 'it', 'I');
    });
    expect(result.current.rowIssues('backup')).toBe(backup);
    expect(result.current.rowIssues('patching')).toBeDefined();
    expect(result.current.rowIssues('patching')).not.toBe(patching);
  });

  it('keeps letters in canonical order and the qualifier when toggling', () => {
    const withQualifier: Matrix = {
      ...tiny,
      rows: [
        {
          ...(tiny.rows[0] as Matrix['rows'][0]),
          cells: { it: { roles: ['I'], qualifier: 'overflow' } },
        },
      ],
    };
    const { result } = renderHook(() => useMatrixEditor({ defaultValue: withQualifier }));
    act(() => {
      result.current.toggleLetter('backup', 'it', 'S');
      result.current.toggleLetter('backup', 'it', 'R');
    });
    expect(result.current.matrix.rows[0]?.cells.it).toEqual({
      roles: ['R', 'S', 'I'],
      qualifier: 'overflow',
    });
  });

  it('announces a refused change and leaves the matrix alone', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useMatrixEditor({ defaultValue: tiny, onValueChange }));
    act(() => {
      result.current.dispatch([{ type: 'removeRow', rowId: 'nope' }]);
    });
    expect(onValueChange).not.toHaveBeenCalled();
    expect(result.current.matrix).toBe(tiny);
    expect(result.current.announcement).toMatch(/^Not changed: /);
  });

  it('changes the live text when the same message repeats, so it is heard again', () => {
    const { result } = renderHook(() => useMatrixEditor({ defaultValue: tiny, readOnly: true }));
    act(() => {
      result.current.clearCell('backup', 'it');
    });
    const first = result.current.announcement;
    act(() => {
      result.current.clearCell('backup', 'it');
    });
    expect(first).toBe('This matrix is read-only.');
    expect(result.current.announcement).not.toBe(first);
    expect(result.current.announcement.trim()).toBe(first);
  });

  it('announces when there is nothing to undo', () => {
    const { result } = renderHook(() => useMatrixEditor({ defaultValue: tiny }));
    act(() => result.current.undo());
    expect(result.current.announcement).toBe('Nothing to undo.');
    expect(result.current.canUndo).toBe(false);
  });

  it('passes the undoing changes to onValueChange on undo', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useMatrixEditor({ defaultValue: tiny, onValueChange }));
    act(() => {
      result.current.clearCell('backup', 'it');
    });
    act(() => result.current.undo());
    expect(onValueChange).toHaveBeenLastCalledWith(expect.any(Object), [
      { type: 'setCell', rowId: 'backup', partyId: 'it', cell: { roles: ['A'] } },
    ]);
    expect(result.current.matrix.rows[0]?.cells.it).toEqual({ roles: ['A'] });
  });

  describe('given a controlled value', () => {
    it('resets the history when the parent swaps in a matrix of its own', () => {
      const { result, rerender } = renderHook(
        ({ value }: { value: Matrix }) => useMatrixEditor({ value, onValueChange: () => {} }),
        { initialProps: { value: tiny } },
      );
      act(() => {
        result.current.toggleLetter('backup', 'msp', 'R');
      });
      rerender({ value: smallBusiness });
      expect(result.current.canUndo).toBe(false);
      expect(result.current.matrix).toBe(smallBusiness);
    });
  });

  describe('validation', () => {
    it('indexes issues by row and by cell', () => {
      const noAccountable: Matrix = {
        ...tiny,
        rows: [{ ...(tiny.rows[0] as Matrix['rows'][0]), cells: { it: { roles: ['R'] } } }],
      };
      const { result } = renderHook(() => useMatrixEditor({ defaultValue: noAccountable }));
      expect(result.current.summary.errors).toBeGreaterThan(0);
      expect(result.current.rowIssues('backup')?.some((issue) => issue.severity === 'error')).toBe(
        true,
      );
      expect(
        result.current.getRowProps(noAccountable.rows[0] as Matrix['rows'][0])['data-state'],
      ).toBe('error');
    });

    it('reports nothing when turned off', () => {
      const { result } = renderHook(() => useMatrixEditor({ defaultValue: tiny, validate: false }));
      expect(result.current.issues).toEqual([]);
      expect(result.current.summary.total).toBe(0);
    });
  });

  it('returns grid and cell attribute bags with one tab stop', () => {
    const { result } = renderHook(() => useMatrixEditor({ defaultValue: tiny, readOnly: true }));
    const row = tiny.rows[0] as Matrix['rows'][0];
    const [it, msp] = tiny.parties as [Matrix['parties'][0], Matrix['parties'][0]];
    expect(result.current.getGridProps()).toMatchObject({ role: 'grid', 'aria-readonly': true });
    expect(result.current.getCellProps(row, it)).toMatchObject({ role: 'gridcell', tabIndex: 0 });
    expect(result.current.getCellProps(row, msp)).toMatchObject({ tabIndex: -1, 'data-empty': '' });
  });
});
