import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ResponsibilityMatrix } from '../views/responsibility-matrix';
import { announcer, errorsAndWarnings, shownRowIds, smallBusiness } from './story-support';

// Editing and viewing with the pointer and the keyboard, outside drag and drop: the cell menu,
// collapsing categories, bulk actions on selected rows, the issues-only filter and the
// perspective picker. Each story is a test in Chromium; the a11y addon checks the end state.
const meta = {
  title: 'Matrix editor/Interactions',
  component: ResponsibilityMatrix,
  args: { defaultValue: smallBusiness, onValueChange: fn() },
} satisfies Meta<typeof ResponsibilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const cellIn = (canvas: Canvas, row: RegExp, column: number) => {
  const cell = within(canvas.getByRole('row', { name: row })).getAllByRole('gridcell')[column];
  if (!cell) throw new Error(`no cell ${column} in ${row}`);
  return cell;
};

/** A click on a cell opens its menu; picking a letter there gives it to the cell's party. */
export const PointerCellEdit: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const cell = cellIn(canvas, /User onboarding/, 1);
    await expect(cell).toHaveAttribute('data-empty');
    await userEvent.click(cell);
    const menu = await body(canvasElement).findByRole('dialog', {
      name: 'MSP in User onboarding and offboarding',
    });
    await userEvent.click(within(menu).getByRole('button', { name: 'Informed' }));
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'setCell', rowId: 'user-lifecycle', partyId: 'msp', cell: { roles: ['I'] } },
    ]);
    await expect(within(menu).getByRole('button', { name: 'Informed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(within(cell).getByRole('button', { name: 'Informed, held by MSP' })).toBeVisible();
    await userEvent.click(within(menu).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(cell).toHaveFocus());
  },
};

/** Space on a cell opens its menu; letters toggle there too, and the condition is set. */
export const CellMenuEdit: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const cell = cellIn(canvas, /User onboarding/, 1);
    cell.focus();
    await userEvent.keyboard(' ');
    const menu = await body(canvasElement).findByRole('dialog', {
      name: 'MSP in User onboarding and offboarding',
    });
    await userEvent.click(within(menu).getByRole('button', { name: /Consulted/ }));
    await expect(within(menu).getByRole('button', { name: /Consulted/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.selectOptions(within(menu).getByRole('combobox'), 'after-hours');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      {
        type: 'setCell',
        rowId: 'user-lifecycle',
        partyId: 'msp',
        cell: { roles: ['C'], qualifier: 'after-hours' },
      },
    ]);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(cell).toHaveFocus());
  },
};

/** A category collapses (its rows leave the grid) and expands again; the matrix is untouched. */
export const CollapseCategory: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Helpdesk and support, 4 rows' });
    const helpdesk = [
      'tier1-helpdesk',
      'onsite-hardware',
      'user-lifecycle',
      'after-hours-emergency',
    ];
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle.closest('tr')).toHaveAttribute('data-state', 'collapsed');
    await expect(canvas.queryByRole('row', { name: /Tier 1 helpdesk/ })).toBeNull();
    await expect(shownRowIds(canvasElement)).toEqual(
      smallBusiness.rows.map((row) => row.id).filter((id) => !helpdesk.includes(id)),
    );
    await expect(canvas.getByRole('grid')).toHaveAttribute('aria-rowcount', String(10 + 8 + 2));
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle.closest('tr')).toHaveAttribute('data-state', 'expanded');
    await expect(shownRowIds(canvasElement)).toEqual(smallBusiness.rows.map((row) => row.id));
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

const selectTwoRows = async (canvas: Canvas) => {
  await userEvent.click(canvas.getByRole('checkbox', { name: 'Select Tier 1 helpdesk' }));
  await userEvent.click(
    canvas.getByRole('checkbox', { name: 'Select User onboarding and offboarding' }),
  );
  return canvas.getByRole('toolbar', { name: '2 selected' });
};

/** "Move selected to" puts the selected rows, in matrix order, first in the chosen category. */
export const MoveSelectedTo: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const bar = await selectTwoRows(canvas);
    await userEvent.selectOptions(
      within(bar).getByRole('combobox', { name: /Move selected to/ }),
      'security',
    );
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      {
        type: 'moveRows',
        rowIds: ['tier1-helpdesk', 'user-lifecycle'],
        categoryId: 'security',
        index: 0,
      },
    ]);
    const order = shownRowIds(canvasElement);
    await expect(order.slice(order.indexOf('tier1-helpdesk'), order.indexOf('edr') + 1)).toEqual([
      'tier1-helpdesk',
      'user-lifecycle',
      'security-monitoring',
      'edr',
    ]);
    await expect(announcer(canvasElement)).toHaveTextContent(
      'Moved 2 rows to position 1 of 5 in Security.',
    );
  },
};

/** "Delete 2 rows" removes the selected rows as one undoable edit and clears the selection. */
export const DeleteSelected: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const bar = await selectTwoRows(canvas);
    await userEvent.click(within(bar).getByRole('button', { name: 'Delete 2 rows' }));
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'removeRow', rowId: 'tier1-helpdesk' },
      { type: 'removeRow', rowId: 'user-lifecycle' },
    ]);
    await expect(shownRowIds(canvasElement)).not.toContain('tier1-helpdesk');
    await expect(shownRowIds(canvasElement)).not.toContain('user-lifecycle');
    await expect(shownRowIds(canvasElement)).toHaveLength(12);
    await expect(canvas.queryByRole('toolbar', { name: /selected/ })).toBeNull();
    await expect(announcer(canvasElement)).toHaveTextContent('Deleted 2 rows.');
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(shownRowIds(canvasElement)).toEqual(smallBusiness.rows.map((row) => row.id));
  },
};

/** "Only rows with issues" leaves the rows the validator marks; the summary's notes stay out. */
export const IssuesOnlyFilter: Story = {
  args: { defaultValue: errorsAndWarnings },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const only = canvas.getByRole('checkbox', { name: 'Only rows with issues' });
    await userEvent.click(only);
    await expect(shownRowIds(canvasElement)).toEqual([
      'tier1-helpdesk',
      'security-monitoring',
      'edr',
    ]);
    await expect(canvas.getByText('Showing 3 of 14 rows.')).toBeVisible();
    await userEvent.click(only);
    await expect(shownRowIds(canvasElement)).toHaveLength(14);
    await expect(canvas.queryByText(/^Showing/)).toBeNull();
  },
};

/** The perspective picker: the chosen party's column and what it owns or takes part in stand out. */
export const PerspectivePicker: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const picker = canvas.getByRole('combobox', { name: /Highlight/ });
    const rowState = (name: RegExp) =>
      canvas.getByRole('row', { name }).getAttribute('data-perspective');
    await expect(canvasElement.querySelector('[data-perspective]')).toBeNull();
    await userEvent.selectOptions(picker, 'msp');
    await expect(canvas.getByRole('columnheader', { name: 'MSP' })).toHaveAttribute(
      'data-perspective',
      'self',
    );
    await expect(rowState(/Security monitoring and SIEM/)).toBe('owner');
    await expect(rowState(/User onboarding/)).toBe('none');
    await expect(cellIn(canvas, /Security monitoring/, 1)).toHaveAttribute(
      'data-perspective',
      'owner',
    );
    await expect(cellIn(canvas, /Security monitoring/, 0)).not.toHaveAttribute('data-perspective');
    await userEvent.selectOptions(picker, 'internal-it');
    await expect(rowState(/IT strategy/)).toBe('involved');
    await expect(rowState(/User onboarding/)).toBe('owner');
    await expect(rowState(/Security monitoring and SIEM/)).toBe('none');
    await expect(canvas.getByRole('columnheader', { name: 'MSP' })).not.toHaveAttribute(
      'data-perspective',
    );
    await userEvent.selectOptions(picker, '');
    await expect(canvasElement.querySelector('[data-perspective]')).toBeNull();
  },
};
