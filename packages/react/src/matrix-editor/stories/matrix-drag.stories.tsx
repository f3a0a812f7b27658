import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { settle } from '../../test-support/pointer';
import { ResponsibilityMatrix } from '../views/responsibility-matrix';
import { announcer, rowHandle as handle, shownRowIds, smallBusiness } from './story-support';

// Drag and drop with the keyboard (dnd-kit's keyboard sensor), asserting the changes the editor
// emits; the pointer's versions are in matrix-drag-pointer.stories.tsx. Each story is a test in
// Chromium; the a11y addon checks every state it ends in.
const meta = {
  title: 'Matrix editor/Drag and drop',
  component: ResponsibilityMatrix,
  args: { defaultValue: smallBusiness, onValueChange: fn() },
} satisfies Meta<typeof ResponsibilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Space picks a row up, arrows move it, Space drops it; the move is announced by name. */
export const KeyboardMoveRow: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    handle(canvas, 'Tier 1 helpdesk').focus();
    await userEvent.keyboard(' ');
    await settle();
    await userEvent.keyboard('{ArrowDown}');
    await settle();
    await userEvent.keyboard('{ArrowDown}');
    await settle();
    await userEvent.keyboard(' ');
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        { type: 'moveRows', rowIds: ['tier1-helpdesk'], categoryId: 'helpdesk', index: 2 },
      ]),
    );
    const names = canvas.getAllByRole('row').map((row) => row.getAttribute('data-row-id'));
    await expect(names.filter(Boolean).slice(0, 3)).toEqual([
      'onsite-hardware',
      'user-lifecycle',
      'tier1-helpdesk',
    ]);
  },
};

/** Escape puts the row back: nothing is emitted and the cancel is announced. */
export const KeyboardCancel: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    handle(canvas, 'Tier 1 helpdesk').focus();
    await userEvent.keyboard(' ');
    await settle();
    await userEvent.keyboard('{ArrowDown}');
    await settle();
    await userEvent.keyboard('{Escape}');
    await settle();
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(shownRowIds(canvasElement)).toEqual(smallBusiness.rows.map((row) => row.id));
    await waitFor(() =>
      expect(canvasElement.ownerDocument.body).toHaveTextContent(
        'Cancelled. Tier 1 helpdesk is back where it was.',
      ),
    );
  },
};

/** Two selected rows move together when one of them is dragged. */
export const MultiSelectMove: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select Tier 1 helpdesk' }));
    await userEvent.click(
      canvas.getByRole('checkbox', { name: 'Select User onboarding and offboarding' }),
    );
    await expect(canvas.getByText('2 selected')).toBeVisible();
    handle(canvas, 'Tier 1 helpdesk').focus();
    await userEvent.keyboard(' ');
    await settle();
    for (let i = 0; i < 4; i += 1) {
      await userEvent.keyboard('{ArrowDown}');
      await settle();
    }
    await userEvent.keyboard(' ');
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        {
          type: 'moveRows',
          rowIds: ['tier1-helpdesk', 'user-lifecycle'],
          categoryId: 'security',
          index: 0,
        },
      ]),
    );
    await waitFor(() =>
      expect(canvasElement.ownerDocument.body).toHaveTextContent(
        'Moved 2 rows to position 1 of 5 in Security.',
      ),
    );
  },
};

/** A party column dragged with the keyboard to the start. */
export const KeyboardMoveParty: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'MSP' }).focus();
    await userEvent.keyboard(' ');
    await settle();
    await userEvent.keyboard('{ArrowLeft}');
    await settle();
    await userEvent.keyboard(' ');
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        { type: 'moveParty', partyId: 'msp', toIndex: 0 },
      ]),
    );
  },
};

/** A letter chip reassigned within its row with the keyboard: Tab to the chip, Space, arrow, Space. */
export const KeyboardReassignLetter: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('row', { name: /User onboarding/ });
    const cell = within(row).getAllByRole('gridcell')[0];
    cell?.focus();
    await waitFor(() => expect(cell).toHaveFocus());
    const chip = within(row).getByRole('button', { name: 'Responsible, held by Internal IT' });
    chip.focus();
    await userEvent.keyboard(' ');
    await settle();
    await userEvent.keyboard('{ArrowRight}');
    await settle();
    await userEvent.keyboard(' ');
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
    await waitFor(() =>
      expect(canvasElement.ownerDocument.body).toHaveTextContent(
        'Moved Responsible from Internal IT to MSP for User onboarding and offboarding.',
      ),
    );
  },
};

/** The same with the keyboard: Space, arrow to the Joint lane, Space; Undo puts it back. */
export const KeyboardLaneMoveAndUndo: Story = {
  args: { defaultView: 'lanes' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // The lanes view's code loads after first paint.
    (await canvas.findByRole('button', { name: /^User onboarding and offboarding/ })).focus();
    await userEvent.keyboard(' ');
    await settle();
    await userEvent.keyboard('{ArrowRight}');
    await settle();
    await userEvent.keyboard(' ');
    // The core's laneMoveChanges rule: the row is internal (Internal IT holds R and A), so to
    // make it joint the MSP, which owns nothing there, gets R; Internal IT keeps its R and A.
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        { type: 'setCell', rowId: 'user-lifecycle', partyId: 'msp', cell: { roles: ['R'] } },
      ]),
    );
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(
      within(canvas.getByRole('region', { name: /^Joint/ })).getByRole('button', {
        name: /^User onboarding and offboarding/,
      }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(announcer(canvasElement)).toHaveTextContent('Undone.');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'setCell', rowId: 'user-lifecycle', partyId: 'msp', cell: null },
    ]);
    await expect(
      within(canvas.getByRole('region', { name: /^Internal/ })).getByRole('button', {
        name: /^User onboarding and offboarding/,
      }),
    ).toBeVisible();
  },
};
