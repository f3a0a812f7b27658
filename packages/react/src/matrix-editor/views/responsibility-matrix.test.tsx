import type { Matrix, MatrixChange } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import type { RowRule } from '@tandem/core/validate';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ResponsibilityMatrix } from './responsibility-matrix';

const smallBusiness = templates['small-business-one-it'].matrix;

const cellOf = (rowName: RegExp, column: number) => {
  const row = screen.getByRole('row', { name: rowName });
  const cell = within(row).getAllByRole('gridcell')[column];
  if (!cell) throw new Error(`No cell ${column} in ${rowName}`);
  return cell;
};

// What a screen reader hears in a cell: its label when empty, else each letter's label.
const heard = (cell: HTMLElement) =>
  [
    cell.getAttribute('aria-label'),
    ...[...cell.querySelectorAll('[aria-label]')].map((chip) => chip.getAttribute('aria-label')),
    cell.textContent,
  ]
    .filter(Boolean)
    .join(' ');

// The editor's own live region (dnd-kit keeps another one for drags).
const announcer = () => {
  const region = document.querySelector<HTMLElement>('[data-announcer]');
  if (!region) throw new Error('No announcer');
  return region;
};

const focusFirstCell = () => {
  const first = screen.getAllByRole('gridcell')[0];
  if (!first) throw new Error('No cells rendered');
  first.focus();
  return first;
};

// A parent that accepts every change, as a form would.
function Host() {
  const [value, setValue] = useState(smallBusiness);
  return <ResponsibilityMatrix value={value} onValueChange={setValue} />;
}

describe('ResponsibilityMatrix', () => {
  describe('given an empty matrix and templates', () => {
    const empty: Matrix = { ...smallBusiness, rows: [] };

    it('fills the matrix from the chosen template in one undoable step', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(
        <ResponsibilityMatrix
          defaultValue={empty}
          onValueChange={onValueChange}
          templates={Object.values(templates)}
        />,
      );
      const list = await screen.findByRole('list', { name: 'Start from a template' });
      await user.click(within(list).getByRole('button', { name: /Help-desk overflow/ }));
      const [next] = onValueChange.mock.calls.at(-1) as [Matrix];
      expect(next).toEqual({ ...templates['helpdesk-overflow'].matrix, name: empty.name });
      expect(announcer()).toHaveTextContent(/Started from the template/);
      await user.click(screen.getByRole('button', { name: 'Undo' }));
      expect(screen.getByText('No IT functions yet.')).toBeInTheDocument();
    });

    it('shows no picker unless the host passes templates', () => {
      render(<ResponsibilityMatrix defaultValue={empty} />);
      expect(screen.queryByRole('list', { name: 'Start from a template' })).toBeNull();
    });
  });

  it('renders parties, sides, categories and qualifiers', () => {
    render(<ResponsibilityMatrix defaultValue={smallBusiness} />);
    expect(screen.getByRole('grid', { name: /Responsibility matrix/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Provider' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Helpdesk and support, \d+ rows$/ }),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(heard(cellOf(/Tier 1 helpdesk/, 1))).toMatch('overflow only');
  });

  it('gives exactly one cell a tab stop', () => {
    render(<ResponsibilityMatrix defaultValue={smallBusiness} />);
    const tabbable = screen.getAllByRole('gridcell').filter((cell) => cell.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
  });

  describe('keyboard', () => {
    it('moves focus with arrows, Home/End and Ctrl+Home/End', async () => {
      const user = userEvent.setup();
      render(<ResponsibilityMatrix defaultValue={smallBusiness} />);
      const first = focusFirstCell();
      await user.keyboard('{ArrowRight}');
      expect(cellOf(/Tier 1 helpdesk/, 1)).toHaveFocus();
      await user.keyboard('{ArrowDown}');
      expect(cellOf(/On-site visits/, 1)).toHaveFocus();
      await user.keyboard('{Home}');
      // Column 0 is the row's header: its name, which is also its drag handle.
      const onSite = screen.getByRole('row', { name: /On-site visits/ });
      expect(within(onSite).getByRole('button', { name: /On-site visits/ })).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(cellOf(/On-site visits/, 0)).toHaveFocus();
      await user.keyboard('{Control>}{End}{/Control}');
      const cells = screen.getAllByRole('gridcell');
      expect(cells.at(-1)).toHaveFocus();
      await user.keyboard('{Control>}{Home}{ArrowRight}{/Control}');
      expect(first).toHaveFocus();
      expect(first.tabIndex).toBe(0);
    });

    it('toggles Responsible with R and reports the next matrix and the setCell change', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn<(next: Matrix, changes: readonly MatrixChange[]) => void>();
      render(<ResponsibilityMatrix defaultValue={smallBusiness} onValueChange={onValueChange} />);
      focusFirstCell();
      await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}r');
      const change = {
        type: 'setCell',
        rowId: 'user-lifecycle',
        partyId: 'msp',
        cell: { roles: ['R'] },
      };
      expect(onValueChange).toHaveBeenCalledWith(expect.any(Object), [change]);
      const next = onValueChange.mock.calls[0]?.[0];
      expect(next?.rows.find((row) => row.id === 'user-lifecycle')?.cells.msp).toEqual({
        roles: ['R'],
      });
      expect(heard(cellOf(/User onboarding/, 1))).toMatch('Responsible');
      expect(announcer()).toHaveTextContent(
        'Gave Responsible to MSP for User onboarding and offboarding.',
      );
    });

    it('clears a cell with Delete, and undo and redo restore it', async () => {
      const user = userEvent.setup();
      render(<ResponsibilityMatrix defaultValue={smallBusiness} />);
      focusFirstCell();
      await user.keyboard('{Delete}');
      expect(heard(cellOf(/Tier 1 helpdesk/, 0))).toMatch('unassigned');
      expect(announcer()).toHaveTextContent('Cleared Internal IT for Tier 1 helpdesk.');
      await user.keyboard('{Control>}z{/Control}');
      expect(heard(cellOf(/Tier 1 helpdesk/, 0))).toMatch(/Responsible.*Accountable/);
      expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
      await user.keyboard('{Control>}y{/Control}');
      expect(heard(cellOf(/Tier 1 helpdesk/, 0))).toMatch('unassigned');
      await user.click(screen.getByRole('button', { name: 'Undo' }));
      expect(heard(cellOf(/Tier 1 helpdesk/, 0))).toMatch('Accountable');
      expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    });
  });

  describe('given a controlled matrix', () => {
    it('does not change until the parent accepts the change', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(<ResponsibilityMatrix value={smallBusiness} onValueChange={onValueChange} />);
      focusFirstCell();
      await user.keyboard('{Delete}');
      expect(onValueChange).toHaveBeenCalledTimes(1);
      expect(heard(cellOf(/Tier 1 helpdesk/, 0))).toMatch('Accountable');
    });

    it('follows the parent when it applies the change', async () => {
      const user = userEvent.setup();
      render(<Host />);
      focusFirstCell();
      await user.keyboard('{Delete}');
      expect(heard(cellOf(/Tier 1 helpdesk/, 0))).toMatch('unassigned');
      await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
      await user.keyboard('{Control>}z{/Control}');
      expect(heard(cellOf(/Tier 1 helpdesk/, 0))).toMatch('Accountable');
    });
  });

  describe('given a read-only matrix', () => {
    it('refuses edits and announces that the matrix is read-only', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(
        <ResponsibilityMatrix
          defaultValue={smallBusiness}
          readOnly
          onValueChange={onValueChange}
        />,
      );
      focusFirstCell();
      await user.keyboard('{Delete}i');
      expect(onValueChange).not.toHaveBeenCalled();
      expect(heard(cellOf(/Tier 1 helpdesk/, 0))).toMatch('Accountable');
      expect(announcer()).toHaveTextContent('This matrix is read-only.');
      expect(screen.getByRole('grid')).toHaveAttribute('aria-readonly', 'true');
    });
  });

  it('uses the host messages', async () => {
    const user = userEvent.setup();
    render(
      <ResponsibilityMatrix
        defaultValue={smallBusiness}
        messages={{
          undo: 'Annuler',
          sides: { provider: 'Prestataire' },
          clearedCell: ({ party, row }) => `${party} retiré de ${row}.`,
        }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeDisabled();
    expect(screen.getByRole('columnheader', { name: 'Prestataire' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Internal' })).toBeInTheDocument();
    focusFirstCell();
    await user.keyboard('{Delete}');
    expect(announcer()).toHaveTextContent('Internal IT retiré de Tier 1 helpdesk.');
  });

  describe('validation', () => {
    it('builds no fixes while the issues panel is closed, and builds them when it opens', async () => {
      const user = userEvent.setup();
      const built = vi.fn(() => []);
      const everyRow: RowRule = {
        id: 'test-every-row',
        scope: 'row',
        severity: 'warning',
        description: 'Flags every row, with fixes built on demand.',
        check: (facts) => [
          {
            message: `Check ${facts.row.name}.`,
            rowIds: [facts.row.id],
            partyIds: [],
            fixes: built,
          },
        ],
      };
      render(
        <ResponsibilityMatrix
          defaultValue={smallBusiness}
          validate={{ customRules: [everyRow] }}
        />,
      );
      const summary = screen.getByText(/warnings?/, { selector: 'summary' });
      expect(built).not.toHaveBeenCalled();
      await user.click(summary);
      expect(built).toHaveBeenCalledTimes(smallBusiness.rows.length);
    });

    it('lists each issue with its fixes, and a fix is an ordinary, undoable edit', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      const broken: Matrix = {
        ...smallBusiness,
        rows: smallBusiness.rows.map((row, index) =>
          index === 0 ? { ...row, cells: { 'internal-it': { roles: ['R'] } } } : row,
        ),
      };
      render(<ResponsibilityMatrix defaultValue={broken} onValueChange={onValueChange} />);
      await user.click(screen.getByText(/1 error/, { selector: 'summary' }));
      const issue = within(await screen.findByRole('list', { name: 'Issues' })).getAllByRole(
        'listitem',
      )[0];
      if (!issue) throw new Error('expected an issue');
      expect(issue).toHaveAttribute('data-rule', 'accountable-exactly-one');
      await user.click(within(issue).getAllByRole('button')[0] as HTMLElement);
      const [next, changes] = onValueChange.mock.calls.at(-1) as [Matrix, MatrixChange[]];
      expect(changes[0]).toMatchObject({ type: 'setCell', rowId: broken.rows[0]?.id });
      expect(next.rows[0]?.cells['internal-it']?.roles).toEqual(['R', 'A']);
      expect(screen.getByText(/0 errors/, { selector: 'summary' })).toBeInTheDocument();
      expect(announcer()).toHaveTextContent(/^Applied: /);
      await user.click(screen.getByRole('button', { name: 'Undo' }));
      expect(screen.getByText(/1 error/, { selector: 'summary' })).toBeInTheDocument();
    });

    it('offers no fixes in a read-only matrix', async () => {
      const user = userEvent.setup();
      const broken: Matrix = {
        ...smallBusiness,
        rows: smallBusiness.rows.map((row, index) => (index === 0 ? { ...row, cells: {} } : row)),
      };
      render(<ResponsibilityMatrix defaultValue={broken} readOnly />);
      await user.click(screen.getByText(/error/, { selector: 'summary' }));
      expect(
        within(await screen.findByRole('list', { name: 'Issues' })).queryAllByRole('button'),
      ).toEqual([]);
    });

    it('leaves a note about the whole matrix to the summary instead of marking every row', () => {
      render(<ResponsibilityMatrix defaultValue={smallBusiness} />);
      expect(screen.getByText(/1 note/)).toBeInTheDocument();
      const row = screen.getByRole('row', { name: /Tier 1 helpdesk/ });
      expect(row).toHaveAttribute('data-state', 'valid');
      expect(within(row).getByRole('rowheader')).not.toHaveTextContent(/note/);
    });

    it('marks a row that loses its Accountable, and clears the mark after undo', async () => {
      const user = userEvent.setup();
      render(<ResponsibilityMatrix defaultValue={smallBusiness} />);
      const row = () => screen.getByRole('row', { name: /User onboarding/ });
      expect(row()).toHaveAttribute('data-state', 'valid');
      focusFirstCell();
      await user.keyboard('{ArrowDown}{ArrowDown}a');
      expect(row()).toHaveAttribute('data-state', 'error');
      expect(within(row()).getByRole('rowheader')).toHaveTextContent(/1 error/);
      expect(heard(cellOf(/User onboarding/, 0))).toMatch('Responsible');
      await user.keyboard('{Control>}z{/Control}');
      expect(row()).toHaveAttribute('data-state', 'valid');
      expect(within(row()).getByRole('rowheader')).not.toHaveTextContent(/error/);
    });
  });

  describe('lanes view', () => {
    it('answers Ctrl+Z and Shift+Ctrl+Z on a card, as the grid does', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(<ResponsibilityMatrix defaultValue={smallBusiness} onValueChange={onValueChange} />);
      focusFirstCell();
      await user.keyboard('{ArrowDown}{ArrowDown}a');
      expect(onValueChange).toHaveBeenCalledTimes(1);
      await user.click(screen.getByRole('button', { name: 'Lanes' }));
      (await screen.findAllByRole('button', { name: /^User onboarding/ }))[0]?.focus();
      await user.keyboard('{Control>}z{/Control}');
      expect(onValueChange).toHaveBeenCalledTimes(2);
      expect(announcer()).toHaveTextContent('Undone.');
      await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
      expect(onValueChange).toHaveBeenCalledTimes(3);
      expect(announcer()).toHaveTextContent('Redone.');
    });
  });
});
