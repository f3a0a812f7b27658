import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { settle } from '../../test-support/pointer';
import { ResponsibilityMatrix } from '../views/responsibility-matrix';
import {
  rowHandle as handle,
  pointerDragUntil,
  pointerHold,
  shownRowIds,
  smallBusiness,
} from './story-support';

// Drag and drop with the pointer: real pointer events with coordinates, through dnd-kit's
// pointer sensor (5 px before a press becomes a drag), asserting the exact changes the editor
// emits. The keyboard's versions are in matrix-drag.stories.tsx.
const meta = {
  title: 'Matrix editor/Drag and drop with the pointer',
  component: ResponsibilityMatrix,
  args: { defaultValue: smallBusiness, onValueChange: fn() },
} satisfies Meta<typeof ResponsibilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

const originalOrder = smallBusiness.rows.map((row) => row.id);

/** A row dragged onto a row of another category moves there, after the row it was dropped on. */
export const PointerMoveRowToCategory: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pointerDragUntil(
      handle(canvas, 'Tier 1 helpdesk'),
      handle(canvas, 'Endpoint detection and response'),
      'Tier 1 helpdesk would go to position 3 of 4 in Security.',
    );
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        { type: 'moveRows', rowIds: ['tier1-helpdesk'], categoryId: 'security', index: 2 },
      ]),
    );
    await expect(shownRowIds(canvasElement).slice(0, 6)).toEqual([
      'onsite-hardware',
      'user-lifecycle',
      'after-hours-emergency',
      'security-monitoring',
      'edr',
      'tier1-helpdesk',
    ]);
  },
};

/** Two selected rows dragged by one of them move together, in matrix order. */
export const PointerMultiSelectMove: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select Tier 1 helpdesk' }));
    await userEvent.click(
      canvas.getByRole('checkbox', { name: 'Select User onboarding and offboarding' }),
    );
    await expect(canvas.getByText('2 selected')).toBeVisible();
    await pointerDragUntil(
      handle(canvas, 'User onboarding and offboarding'),
      handle(canvas, 'Security monitoring and SIEM'),
      '2 rows would go to position 2 of 5 in Security.',
    );
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        {
          type: 'moveRows',
          rowIds: ['tier1-helpdesk', 'user-lifecycle'],
          categoryId: 'security',
          index: 1,
        },
      ]),
    );
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    // dnd-kit's own live region reads the drop.
    await waitFor(() =>
      expect(canvasElement.ownerDocument.body).toHaveTextContent(
        'Moved 2 rows to position 2 of 5 in Security.',
      ),
    );
  },
};

/** A party's column header dragged onto another's reorders the columns. */
export const PointerMoveParty: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pointerDragUntil(
      canvas.getByRole('button', { name: 'MSP' }),
      canvas.getByRole('button', { name: 'Internal IT' }),
      'MSP would go to column 1 of 2.',
    );
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        { type: 'moveParty', partyId: 'msp', toIndex: 0 },
      ]),
    );
    const headers = canvas.getAllByRole('columnheader').map((header) => header.textContent);
    await expect(headers.indexOf('⠿MSP')).toBeLessThan(headers.indexOf('⠿Internal IT'));
  },
};

/** A letter chip dragged to another party's cell in the same row reassigns the letter. */
export const PointerReassignLetter: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('row', { name: /User onboarding/ });
    const chip = within(row).getByRole('button', { name: 'Responsible, held by Internal IT' });
    const target = within(row).getAllByRole('gridcell')[1];
    if (!target) throw new Error('no target cell');
    await pointerDragUntil(
      chip,
      target,
      'Over MSP: Responsible would move from Internal IT to MSP.',
    );
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        {
          type: 'moveRole',
          rowId: 'user-lifecycle',
          letter: 'R',
          fromPartyId: 'internal-it',
          toPartyId: 'msp',
        },
      ]),
    );
  },
};

/** Escape during a pointer drag puts the row back: nothing is emitted, nothing moved. */
export const PointerCancelWithEscape: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const hold = await pointerHold(handle(canvas, 'Tier 1 helpdesk'));
    await hold.moveTo(handle(canvas, 'Endpoint detection and response'));
    await waitFor(() =>
      expect(canvas.getByRole('row', { name: /Tier 1 helpdesk/ })).toHaveAttribute('data-dragging'),
    );
    await userEvent.keyboard('{Escape}');
    await settle();
    await hold.release();
    await settle();
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(canvas.getByRole('row', { name: /Tier 1 helpdesk/ })).not.toHaveAttribute(
      'data-dragging',
    );
    await expect(shownRowIds(canvasElement)).toEqual(originalOrder);
    await waitFor(() =>
      expect(canvasElement.ownerDocument.body).toHaveTextContent(
        'Cancelled. Tier 1 helpdesk is back where it was.',
      ),
    );
  },
};

/** A letter chip dropped outside its row, where it may not go, stays with its party. */
export const PointerDropOutside: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const row = () => canvas.getByRole('row', { name: /User onboarding/ });
    const chip = within(row()).getByRole('button', { name: 'Responsible, held by Internal IT' });
    // Well below the grid: over no cell of the chip's row.
    const grid = canvas.getByRole('grid').getBoundingClientRect();
    const hold = await pointerHold(chip);
    await hold.moveTo({ x: grid.left + 40, y: grid.bottom + 60 });
    await waitFor(() => expect(chip).toHaveAttribute('data-dragging'));
    await hold.release();
    await settle();
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(
      within(row()).getByRole('button', { name: 'Responsible, held by Internal IT' }),
    ).toBeVisible();
    await expect(within(row()).getAllByRole('gridcell')[1]).toHaveAttribute('data-empty');
  },
};

/**
 * In the lanes view, a card dragged to the MSP lane hands the row over by the core's
 * laneMoveChanges rule: Internal IT gives up R and A and stays Informed; the MSP, which had
 * nothing there, takes R and A.
 */
export const PointerLaneMove: Story = {
  args: { defaultView: 'lanes' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // The lanes view's code loads after first paint.
    const card = await canvas.findByRole('button', { name: /^User onboarding and offboarding/ });
    await pointerDragUntil(
      card,
      canvas.getByRole('region', { name: /^MSP/ }),
      'Over the MSP lane.',
    );
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        {
          type: 'setCell',
          rowId: 'user-lifecycle',
          partyId: 'internal-it',
          cell: { roles: ['I'] },
        },
        { type: 'setCell', rowId: 'user-lifecycle', partyId: 'msp', cell: { roles: ['R', 'A'] } },
      ]),
    );
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(
      within(canvas.getByRole('region', { name: /^MSP/ })).getByRole('button', {
        name: /^User onboarding and offboarding/,
      }),
    ).toBeVisible();
  },
};
