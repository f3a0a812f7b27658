import type { Matrix } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type UseMatrixEditorOptions, useMatrixEditor } from '../hooks/use-matrix-editor';
import { ResponsibilityMatrix } from './responsibility-matrix';

// A host's own grid, built only from the editor's prop getters, as the TSDoc of useMatrixEditor
// shows it.
function HostGrid(options: UseMatrixEditorOptions) {
  const editor = useMatrixEditor(options);
  return (
    <table {...editor.getGridProps()}>
      <thead>
        <tr>
          <th scope="col">Function</th>
          {editor.matrix.parties.map((party) => (
            <th key={party.id} {...editor.getHeaderProps(party)}>
              {party.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {editor.display.rows.map((row) => (
          <tr key={row.id} {...editor.getRowProps(row)}>
            <th scope="row">{row.name}</th>
            {editor.matrix.parties.map((party) => (
              <td key={party.id} {...editor.getCellProps(row, party)}>
                {row.cells[party.id]?.roles.join(' ')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Role, ARIA, tab stop and data-* states: what the getters are for. Left out: classes, styles,
// dnd-kit's drag state, the virtual index and co-editing marks, which are the shipped view's own.
const OWN = new Set(['class', 'style', 'data-index', 'data-dragging', 'data-peer', 'data-over']);
const attributesOf = (element: Element) =>
  Object.fromEntries(
    [...element.attributes]
      .filter(({ name }) => !OWN.has(name))
      .filter(({ name }) => /^(role|scope|tabindex|aria-|data-)/.test(name))
      .map(({ name, value }) => [name, value]),
  );
const described = (grid: HTMLElement) => ({
  grid: attributesOf(grid),
  headers: [...grid.querySelectorAll('th[data-party-id]')].map(attributesOf),
  rows: [...grid.querySelectorAll('tr[data-row-id]')].map((row) => ({
    row: attributesOf(row),
    cells: [...row.querySelectorAll('td')].map(attributesOf),
  })),
});

const base = templates['small-business-one-it'].matrix;
// An error in the first row (no Accountable), so row and cell states are not all 'valid'.
const [first, ...rest] = base.rows as [Matrix['rows'][0], ...Matrix['rows']];
const matrix: Matrix = { ...base, rows: [{ ...first, cells: {} }, ...rest] };
const provider = matrix.parties.find((party) => party.side === 'provider');
if (!provider) throw new Error('the template has a provider');

const options: UseMatrixEditorOptions = {
  defaultValue: matrix,
  defaultPerspective: provider.id,
  defaultSelection: [rest[0]?.id ?? ''],
};

describe('a host grid built from the prop getters', () => {
  it('has the attributes and ARIA of the shipped grid, row for row and cell for cell', () => {
    const shipped = render(<ResponsibilityMatrix {...options} />);
    const shippedGrid = within(shipped.container).getByRole('grid');
    const host = render(<HostGrid {...options} />);
    const hostGrid = within(host.container).getByRole('grid');
    const want = described(shippedGrid);
    expect(want.rows).toHaveLength(matrix.rows.length);
    expect(want.rows[0]?.row['data-state']).toBe('error');
    expect(want.rows[1]?.row).toMatchObject({ role: 'row', 'aria-selected': 'true' });
    expect(Object.keys(want.rows[1]?.row ?? {})).toEqual(
      expect.arrayContaining(['aria-rowindex', 'data-lane', 'data-perspective']),
    );
    expect(want.rows[0]?.cells[0]).toMatchObject({
      role: 'gridcell',
      tabindex: '0',
      'data-party-id': matrix.parties[0]?.id,
      'aria-label': 'unassigned',
    });
    expect(want.headers.some((header) => header['data-perspective'] === 'self')).toBe(true);
    expect(described(hostGrid)).toEqual(want);
  });

  it('is read-only in the same way', () => {
    const shipped = render(<ResponsibilityMatrix {...options} readOnly />);
    const host = render(<HostGrid {...options} readOnly />);
    const want = described(within(shipped.container).getByRole('grid'));
    expect(want.grid['aria-readonly']).toBe('true');
    expect(described(within(host.container).getByRole('grid'))).toEqual(want);
  });

  it('answers the same keys: an arrow moves the tab stop, a letter toggles it', async () => {
    const user = userEvent.setup();
    render(<HostGrid defaultValue={matrix} />);
    const [cell, next] = screen.getAllByRole('gridcell');
    cell?.focus();
    await user.keyboard('{ArrowRight}');
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute('tabindex', '0');
    expect(cell).toHaveAttribute('tabindex', '-1');
    await user.keyboard('r');
    expect(next).toHaveTextContent('R');
  });
});
