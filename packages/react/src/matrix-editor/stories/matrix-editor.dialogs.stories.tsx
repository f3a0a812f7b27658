import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ResponsibilityMatrix } from '../views/responsibility-matrix';
import { announcer, smallBusiness } from './story-support';

// The row, category and party dialogs in the browser: validation messages on bad input, the
// changes a save or a delete emits, and (in the state each story ends in) an axe check of the
// dialog. The same flows run in jsdom in editor-dialogs.test.tsx.
const meta = {
  title: 'Matrix editor/Dialogs',
  component: ResponsibilityMatrix,
  args: { defaultValue: smallBusiness, onValueChange: fn() },
} satisfies Meta<typeof ResponsibilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

const dialogNamed = (canvasElement: HTMLElement, name: string) =>
  within(canvasElement.ownerDocument.body).findByRole('dialog', { name });

/** Enter on a cell opens the row's details; renaming and changing the kind is one save. */
export const RowDialogEdit: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getAllByRole('gridcell')[0]?.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await dialogNamed(canvasElement, 'Edit Tier 1 helpdesk');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await expect(name).toHaveAccessibleDescription('Name is required.');
    await userEvent.type(name, 'Service desk');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Decision' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'renameRow', rowId: 'tier1-helpdesk', name: 'Service desk' },
      { type: 'updateRow', rowId: 'tier1-helpdesk', patch: { kind: 'decision' } },
    ]);
  },
};

/**
 * A new category: an empty name and a taken one are refused with a message on the field; a
 * good one is added, and an empty category can be deleted. A category with rows cannot be, and
 * its dialog says why (the state this story ends in).
 */
export const CategoryDialog: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add category' }));
    const dialog = await dialogNamed(canvasElement, 'New category');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    const save = within(dialog).getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    await expect(name).toHaveAccessibleDescription('Name is required.');
    await userEvent.type(name, 'Security');
    await userEvent.click(save);
    await expect(name).toHaveAccessibleDescription('“Security” is already taken.');
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await userEvent.clear(name);
    await userEvent.type(name, 'Networking');
    await userEvent.click(save);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'addCategory', category: { id: 'networking', name: 'Networking' } },
    ]);
    await expect(announcer(canvasElement)).toHaveTextContent('Added Networking.');

    await userEvent.click(canvas.getByRole('button', { name: 'Edit Networking' }));
    const edit = await dialogNamed(canvasElement, 'Edit Networking');
    await userEvent.click(within(edit).getByRole('button', { name: 'Delete' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'removeCategory', categoryId: 'networking' },
    ]);
    await waitFor(() => expect(canvas.queryByRole('button', { name: /^Networking/ })).toBeNull());

    await userEvent.click(canvas.getByRole('button', { name: 'Edit Security' }));
    const security = await dialogNamed(canvasElement, 'Edit Security');
    await expect(within(security).getByRole('button', { name: 'Delete' })).toBeDisabled();
    await expect(security).toHaveTextContent(
      'Move or delete its 3 rows before deleting this category.',
    );
  },
};

/**
 * A new party: an empty name and a taken one are refused; a good one is added with its side,
 * calendar and colour; an existing party, opened from its column header, is deleted with its
 * cells. Ends with the new-party dialog showing an error, for the axe check.
 */
export const PartyDialog: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add party' }));
    const dialog = await dialogNamed(canvasElement, 'New party');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    const save = within(dialog).getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    await expect(name).toHaveAccessibleDescription('Name is required.');
    await userEvent.type(name, 'MSP');
    await userEvent.click(save);
    await expect(name).toHaveAccessibleDescription('“MSP” is already taken.');
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await userEvent.clear(name);
    await userEvent.type(name, 'Contoso Networks');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Side' }), 'vendor');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Coverage calendar' }),
      '24x7',
    );
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Colour' }), '#0f766e');
    await userEvent.click(save);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      {
        type: 'addParty',
        party: {
          id: 'contoso-networks',
          name: 'Contoso Networks',
          side: 'vendor',
          calendarId: '24x7',
          color: '#0f766e',
        },
      },
    ]);
    await expect(canvas.getByRole('columnheader', { name: 'Vendor' })).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Contoso Networks' }));
    const edit = await dialogNamed(canvasElement, 'Edit Contoso Networks');
    await expect(edit).toHaveTextContent('It holds no letters.');
    await userEvent.click(within(edit).getByRole('button', { name: 'Delete' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'removeParty', partyId: 'contoso-networks' },
    ]);
    await waitFor(() =>
      expect(canvas.queryByRole('columnheader', { name: 'Contoso Networks' })).toBeNull(),
    );

    await userEvent.click(canvas.getByRole('button', { name: 'Add party' }));
    const again = await dialogNamed(canvasElement, 'New party');
    await userEvent.click(within(again).getByRole('button', { name: 'Save' }));
    await expect(within(again).getByRole('textbox', { name: 'Name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};
