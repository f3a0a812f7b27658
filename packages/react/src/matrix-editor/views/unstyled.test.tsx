import { templates } from '@tandem/core/templates';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ResponsibilityMatrix } from './responsibility-matrix';

const smallBusiness = templates['small-business-one-it'].matrix;

// Every class token in the editor that belongs to the shipped stylesheet: `tandem-matrix*`,
// `tandem-role-chip` and any other `tandem-` class. Dialogs portal into the editor's root.
const tandemClasses = (root: Element) =>
  [root, ...root.querySelectorAll('[class]')].flatMap((element) =>
    [...element.classList].filter((name) => name.startsWith('tandem-')),
  );

describe('given unstyled', () => {
  it('renders no tandem- class in the grid, its letter chips included', () => {
    const { container } = render(<ResponsibilityMatrix defaultValue={smallBusiness} unstyled />);
    // The chips are there, styled only through data-role.
    expect(container.querySelectorAll('button[data-role]').length).toBeGreaterThan(10);
    expect(tandemClasses(container)).toEqual([]);
  });

  it('renders no tandem- class in a read-only grid, whose chips are not buttons', () => {
    const { container } = render(
      <ResponsibilityMatrix defaultValue={smallBusiness} unstyled readOnly />,
    );
    expect(container.querySelectorAll('span[data-role]').length).toBeGreaterThan(10);
    expect(tandemClasses(container)).toEqual([]);
  });

  it('renders no tandem- class in the lanes view', async () => {
    const user = userEvent.setup();
    const { container } = render(<ResponsibilityMatrix defaultValue={smallBusiness} unstyled />);
    await user.click(screen.getByRole('button', { name: 'Lanes' }));
    expect(await screen.findByRole('region', { name: /^Joint/ })).toBeInTheDocument();
    expect(tandemClasses(container)).toEqual([]);
  });

  it('renders no tandem- class in the cell menu, a dialog, the issues or the selection bar', async () => {
    const user = userEvent.setup();
    const { container } = render(<ResponsibilityMatrix defaultValue={smallBusiness} unstyled />);
    await user.click(screen.getByRole('checkbox', { name: 'Select Tier 1 helpdesk' }));
    await user.click(screen.getByText(/1 note/));
    const row = screen.getByRole('row', { name: /User onboarding/ });
    await user.click(within(row).getAllByRole('gridcell')[1] as HTMLElement);
    expect(
      await screen.findByRole('dialog', { name: 'MSP in User onboarding and offboarding' }),
    ).toBeInTheDocument();
    expect(tandemClasses(container)).toEqual([]);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Add party' }));
    expect(await screen.findByRole('dialog', { name: 'New party' })).toBeInTheDocument();
    expect(tandemClasses(container)).toEqual([]);
  });

  it('keeps the default classes when styled, so the check above can fail', () => {
    const { container } = render(<ResponsibilityMatrix defaultValue={smallBusiness} />);
    expect(tandemClasses(container)).toEqual(
      expect.arrayContaining(['tandem-matrix', 'tandem-matrix-grid', 'tandem-role-chip']),
    );
  });
});
