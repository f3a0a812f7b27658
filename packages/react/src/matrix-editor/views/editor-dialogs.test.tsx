import type { Matrix, MatrixChange } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ResponsibilityMatrix } from './responsibility-matrix';

const smallBusiness = templates['small-business-one-it'].matrix;

function setup() {
  const user = userEvent.setup();
  const onValueChange = vi.fn<(next: Matrix, changes: readonly MatrixChange[]) => void>();
  render(<ResponsibilityMatrix defaultValue={smallBusiness} onValueChange={onValueChange} />);
  const lastChanges = () => onValueChange.mock.calls.at(-1)?.[1];
  const announcer = () => document.querySelector('[data-announcer]');
  return { user, onValueChange, lastChanges, announcer };
}

describe('the category dialog', () => {
  it('refuses an empty and a duplicate name, then adds the category', async () => {
    const { user, onValueChange, lastChanges, announcer } = setup();
    await user.click(screen.getByRole('button', { name: 'Add category' }));
    const dialog = await screen.findByRole('dialog', { name: 'New category' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(name).toHaveAccessibleDescription('Name is required.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.type(name, 'Security');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(name).toHaveAccessibleDescription('“Security” is already taken.');
    expect(onValueChange).not.toHaveBeenCalled();
    await user.clear(name);
    await user.type(name, '  Networking ');
    await user.keyboard('{Enter}');
    expect(lastChanges()).toEqual([
      { type: 'addCategory', category: { id: 'networking', name: 'Networking' } },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(announcer()).toHaveTextContent('Added Networking.');
  });

  it('deletes an empty category', async () => {
    const { user, lastChanges } = setup();
    await user.click(screen.getByRole('button', { name: 'Add category' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Networking{Enter}');
    await user.click(screen.getByRole('button', { name: 'Edit Networking' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Networking' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(lastChanges()).toEqual([{ type: 'removeCategory', categoryId: 'networking' }]);
    expect(screen.queryByRole('button', { name: /^Networking, / })).toBeNull();
  });

  describe('given a category with rows', () => {
    it('will not delete it, says why, and renames it', async () => {
      const { user, onValueChange, lastChanges } = setup();
      await user.click(screen.getByRole('button', { name: 'Edit Security' }));
      const dialog = await screen.findByRole('dialog', { name: 'Edit Security' });
      expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeDisabled();
      expect(dialog).toHaveTextContent('Move or delete its 3 rows before deleting this category.');
      const name = within(dialog).getByRole('textbox', { name: 'Name' });
      await user.clear(name);
      await user.type(name, 'Helpdesk and support');
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(name).toHaveAccessibleDescription('“Helpdesk and support” is already taken.');
      expect(onValueChange).not.toHaveBeenCalled();
      await user.clear(name);
      await user.type(name, 'Cyber security{Enter}');
      expect(lastChanges()).toEqual([
        { type: 'renameCategory', categoryId: 'security', name: 'Cyber security' },
      ]);
    });
  });
});

describe('the party dialog', () => {
  it('refuses an empty name, a duplicate and a calendar id the core refuses, then adds the party', async () => {
    const { user, onValueChange, lastChanges } = setup();
    await user.click(screen.getByRole('button', { name: 'Add party' }));
    const dialog = await screen.findByRole('dialog', { name: 'New party' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    const calendar = within(dialog).getByRole('textbox', { name: 'Coverage calendar' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(name).toHaveAccessibleDescription('Name is required.');
    await user.type(name, 'MSP');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(name).toHaveAccessibleDescription('“MSP” is already taken.');
    await user.clear(name);
    await user.type(name, 'Contoso Networks');
    await user.type(calendar, 'constructor');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(calendar).toHaveAttribute('aria-invalid', 'true');
    expect(calendar).toHaveAccessibleDescription(/calendar id is a name every object inherits/);
    expect(onValueChange).not.toHaveBeenCalled();
    await user.clear(calendar);
    await user.type(calendar, '24x7');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Side' }), 'vendor');
    await user.type(within(dialog).getByRole('textbox', { name: 'Colour' }), '#0f766e');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(lastChanges()).toEqual([
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
    expect(screen.getByRole('columnheader', { name: 'Vendor' })).toBeInTheDocument();
  });

  it('edits a party from its column header', async () => {
    const { user, lastChanges } = setup();
    await user.click(screen.getByRole('button', { name: 'MSP' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit MSP' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(name).toHaveAccessibleDescription('Name is required.');
    await user.type(name, 'Northwind MSP{Enter}');
    expect(lastChanges()).toEqual([
      {
        type: 'updateParty',
        partyId: 'msp',
        patch: { name: 'Northwind MSP', side: 'provider', calendarId: '24x7', color: null },
      },
    ]);
    expect(screen.getByRole('button', { name: 'Northwind MSP' })).toBeInTheDocument();
  });

  it('says how many cells go with a party, and deletes it', async () => {
    const { user, lastChanges } = setup();
    await user.click(screen.getByRole('button', { name: 'MSP' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit MSP' });
    expect(dialog).toHaveTextContent('Deleting it also clears 13 cells.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(lastChanges()).toEqual([{ type: 'removeParty', partyId: 'msp' }]);
    expect(screen.queryByRole('button', { name: 'MSP' })).toBeNull();
  });
});
