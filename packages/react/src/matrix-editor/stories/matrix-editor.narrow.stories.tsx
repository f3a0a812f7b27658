import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectWithin } from '../../test-support/layout';
import { ResponsibilityMatrix } from '../views/responsibility-matrix';
import { largeMatrix, smallBusiness } from './story-support';
import '../matrix-editor.css';

// The editor in a narrow place — a phone, a side panel — decided by its own width (a container
// query), not the window's: under 600 px the first column narrows, wraps and stays in view.

const meta = {
  title: 'Matrix editor/Narrow',
  component: ResponsibilityMatrix,
  args: { defaultValue: smallBusiness },
} satisfies Meta<typeof ResponsibilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

const WIDTH = 390;

function partsOf(frame: HTMLElement) {
  const scroller = frame.querySelector<HTMLElement>('.tandem-matrix-scroller');
  const grid = within(frame).getByRole('grid');
  const corner = grid.querySelector<HTMLElement>('thead th');
  const party = grid.querySelector<HTMLElement>('thead tr:nth-child(2) th');
  if (!scroller || !corner || !party) throw new Error('The editor has no scroller or headers.');
  return { scroller, grid, corner, party };
}

/**
 * 390 px wide, as on a phone: the first party's column header is on screen beside the function
 * names, whatever the window's width; 800 px wide, the first column is an ordinary one.
 */
export const At390Pixels: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <div data-testid="narrow" style={{ inlineSize: WIDTH }}>
        <ResponsibilityMatrix {...args} />
      </div>
      <div data-testid="wide" style={{ inlineSize: 800 }}>
        <ResponsibilityMatrix {...args} />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const narrow = within(canvasElement).getByTestId('narrow');
    const { corner, party } = partsOf(narrow);
    await expect(party).toHaveTextContent('Internal IT');
    expectWithin(party, narrow, 'the first party header');
    await expect(party.getBoundingClientRect().left).toBeGreaterThanOrEqual(
      corner.getBoundingClientRect().right - 1,
    );
    await expect(party.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth);
    await expect(getComputedStyle(corner).position).toBe('sticky');

    const wide = partsOf(within(canvasElement).getByTestId('wide'));
    await expect(getComputedStyle(wide.corner).position).toBe('static');
  },
};

/**
 * Eight parties in 390 px: the arrow keys walk the grid as ever, and each cell they reach
 * scrolls into view beside the first column, which stays where it is.
 */
export const KeyboardAt390Pixels: Story = {
  args: { defaultValue: largeMatrix(12, 8) },
  render: (args) => (
    <div data-testid="narrow" style={{ inlineSize: WIDTH }}>
      <ResponsibilityMatrix {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const frame = within(canvasElement).getByTestId('narrow');
    const { scroller, grid } = partsOf(frame);
    const cellsOf = (row: HTMLElement | undefined) =>
      row ? within(row).queryAllByRole('gridcell') : [];
    const rows = within(grid)
      .getAllByRole('row')
      .filter((row) => cellsOf(row).length > 0);
    const first = cellsOf(rows[0]);
    await expect(first).toHaveLength(8);
    first[0]?.focus();
    await expect(first[0]).toHaveFocus();
    for (const [column, cell] of first.entries()) {
      if (column > 0) await userEvent.keyboard('{ArrowRight}');
      await expect(cell).toHaveFocus();
      const name = rows[0]?.querySelector('th')?.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      await expect(box.left).toBeGreaterThanOrEqual((name?.right ?? 0) - 1);
      expectWithin(cell, scroller, `the cell in column ${column + 1}`, 'inline');
      await expect(
        Math.abs((name?.left ?? 0) - scroller.getBoundingClientRect().left),
      ).toBeLessThan(2);
    }
    await expect(scroller.scrollLeft).toBeGreaterThan(100);
    await userEvent.keyboard('{ArrowDown}');
    await expect(cellsOf(rows[1])[7]).toHaveFocus();
  },
};
