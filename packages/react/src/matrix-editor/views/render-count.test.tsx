import { applyMatrixChanges, type Matrix, type MatrixChange } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cellProps } from '../model/grid-props';
import { largeMatrix } from '../stories/story-support';
import { ResponsibilityMatrix } from './responsibility-matrix';

// Every rendered cell asks `cellProps` for its attributes once, so counting its calls by
// row counts cell renders by row.
vi.mock('../model/grid-props', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../model/grid-props')>();
  return { ...actual, cellProps: vi.fn(actual.cellProps) };
});

const matrix = templates['full-hybrid'].matrix;
const renderedRows = () => new Set(vi.mocked(cellProps).mock.calls.map(([input]) => input.row.id));

describe('render counts', () => {
  beforeEach(() => {
    vi.mocked(cellProps).mockClear();
  });

  it('re-renders only the edited row when a cell changes', async () => {
    const user = userEvent.setup();
    render(<ResponsibilityMatrix defaultValue={matrix} />);
    expect(renderedRows().size).toBe(matrix.rows.length);
    const first = screen.getAllByRole('gridcell')[0];
    first?.focus();
    vi.mocked(cellProps).mockClear();
    await user.keyboard('i');
    expect(renderedRows()).toEqual(new Set([matrix.rows[0]?.id]));
  });

  it('re-renders only the two rows involved when focus moves between rows', async () => {
    const user = userEvent.setup();
    render(<ResponsibilityMatrix defaultValue={matrix} />);
    screen.getAllByRole('gridcell')[0]?.focus();
    vi.mocked(cellProps).mockClear();
    await user.keyboard('{ArrowDown}');
    expect(renderedRows()).toEqual(new Set([matrix.rows[0]?.id, matrix.rows[1]?.id]));
  });

  it('re-renders only the row a remote edit touched, in a virtualised grid with presence', () => {
    // A live session hands the editor a new value with the other rows' objects unchanged.
    const large = largeMatrix(400, 12);
    const presence = { peers: [] };
    const view = (value: Matrix) => (
      <ResponsibilityMatrix value={value} onValueChange={() => {}} presence={presence} />
    );
    const { rerender } = render(view(large));
    vi.mocked(cellProps).mockClear();
    const edit: MatrixChange = {
      type: 'setCell',
      rowId: 'r3',
      partyId: 'p6',
      cell: { roles: ['C'] },
    };
    const edited = applyMatrixChanges(large, [edit]);
    if (!edited.ok) throw new Error(edited.error.message);
    rerender(view(edited.value));
    expect(renderedRows()).toEqual(new Set(['r3']));
  });
});
