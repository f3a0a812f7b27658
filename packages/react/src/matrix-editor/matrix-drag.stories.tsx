import type { Meta, StoryObj } from '@storybook/react-vite';
import { templates } from '@tandem/core/templates';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { pointerDrag, settle } from '../test-support/pointer';
import { ResponsibilityMatrix } from './responsibility-matrix';
import { announcer } from './story-support';

const smallBusiness = templates['small-business-one-it'].matrix;

// Drag and drop, by pointer and by keyboard, asserting the changes the editor emits. Each story
// is a test in Chromium; the a11y addon checks every state it ends in.
const meta = {
  title: 'Matrix editor/Drag and drop',
  component: ResponsibilityMatrix,
  args: { defaultValue: smallBusiness, onValueChange: fn() },
} satisfies Meta<typeof ResponsibilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

// A row's drag handle is the button bearing its name in the row header.
const handle = (canvas: ReturnType<typeof within>, name: string) =>
  within(canvas.getByRole('row', { name: new RegExp(name) })).getByRole('button', {
    name: new RegExp(`^${name}`),
  });

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
    await waitFor(() =>
      expect(canvasElement.ownerDocument.body).toHaveTextContent(
        'Cancelled. Tier 1 helpdesk is back where it was.',
      ),
    );
  },
};

/** A row dragged with the pointer onto a row of another category moves there. */
export const PointerMoveRowToCategory: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pointerDrag(
      handle(canvas, 'Tier 1 helpdesk'),
      canvas.getByRole('row', { name: /Endpoint detection and response/ }),
    );
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        expect.objectContaining({
          type: 'moveRows',
          rowIds: ['tier1-helpdesk'],
          categoryId: 'security',
        }),
      ]),
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
        expect.objectContaining({
          type: 'moveRows',
          rowIds: ['tier1-helpdesk', 'user-lifecycle'],
        }),
      ]),
    );
    await waitFor(() =>
      expect(canvasElement.ownerDocument.body).toHaveTextContent(/Moved 2 rows to position/),
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

/** A letter chip dragged with the pointer to another party's cell in the same row. */
export const PointerReassignLetter: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('row', { name: /User onboarding/ });
    const chip = within(row).getByRole('button', { name: 'Responsible, held by Internal IT' });
    const target = within(row).getAllByRole('gridcell')[1];
    if (!target) throw new Error('no target cell');
    await pointerDrag(chip, target);
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        expect.objectContaining({ type: 'moveRole', letter: 'R', toPartyId: 'msp' }),
      ]),
    );
  },
};

/** In the lanes view, a card dragged with the pointer to the MSP lane hands the row over. */
export const PointerLaneMove: Story = {
  args: { defaultView: 'lanes' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole('button', { name: /^User onboarding and offboarding/ });
    const lane = canvas.getByRole('region', { name: /^MSP/ });
    await pointerDrag(card, lane);
    await waitFor(() => expect(args.onValueChange).toHaveBeenCalled());
    await expect(
      within(canvas.getByRole('region', { name: /^MSP/ })).getByRole('button', {
        name: /^User onboarding and offboarding/,
      }),
    ).toBeVisible();
  },
};

/** The same with the keyboard: Space, arrow to the Joint lane, Space; Undo puts it back. */
export const KeyboardLaneMoveAndUndo: Story = {
  args: { defaultView: 'lanes' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: /^User onboarding and offboarding/ }).focus();
    await userEvent.keyboard(' ');
    await settle();
    await userEvent.keyboard('{ArrowRight}');
    await settle();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(args.onValueChange).toHaveBeenCalled());
    await expect(
      within(canvas.getByRole('region', { name: /^Joint/ })).getByRole('button', {
        name: /^User onboarding and offboarding/,
      }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(announcer(canvasElement)).toHaveTextContent('Undone.');
    await expect(
      within(canvas.getByRole('region', { name: /^Internal/ })).getByRole('button', {
        name: /^User onboarding and offboarding/,
      }),
    ).toBeVisible();
  },
};
