import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Matrix } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResponsibilityMatrix } from './responsibility-matrix';
import './matrix-editor.css';

const smallBusiness = templates['small-business-one-it'].matrix;

// The first row loses its Accountable: the validator reports an error on that row.
const withErrors: Matrix = {
  ...smallBusiness,
  rows: smallBusiness.rows.map((row, index) =>
    index === 0 ? { ...row, cells: { 'internal-it': { roles: ['R'] } } } : row,
  ),
};

const meta = {
  title: 'Matrix editor/ResponsibilityMatrix',
  component: ResponsibilityMatrix,
  args: { defaultValue: smallBusiness },
} satisfies Meta<typeof ResponsibilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithErrors: Story = {
  args: { defaultValue: withErrors },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(/1 error/).length).toBeGreaterThan(0);
  },
};

/** The issues panel open, each issue with its one-click fixes; applying one clears the error. */
export const FixFromIssues: Story = {
  args: { defaultValue: withErrors },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText(/1 error/, { selector: 'summary' }));
    const issues = canvas.getByRole('list', { name: 'Issues' });
    const fix = within(issues).getAllByRole('button')[0];
    if (!fix) throw new Error('expected a fix button');
    await userEvent.click(fix);
    await waitFor(() =>
      expect(canvas.getByText(/0 errors/, { selector: 'summary' })).toBeVisible(),
    );
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Applied: /);
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };

export const CustomMessages: Story = {
  args: {
    messages: {
      undo: 'Annuler',
      redo: 'Rétablir',
      rowHeaderLabel: 'Fonction',
      sides: { internal: 'Interne', provider: 'Prestataire' },
      qualifiers: { overflow: 'débordement seulement', 'when-unavailable': 'si interne absent' },
      gridLabel: () => 'Matrice des responsabilités',
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Annuler' })).toBeDisabled();
  },
};

export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl">
      <ResponsibilityMatrix {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const cells = within(canvasElement).getAllByRole('gridcell');
    cells[0]?.focus();
    // The first column sits on the right, so the left arrow moves on to the second party.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(cells[1]).toHaveFocus();
  },
};

export const EmptyMatrix: Story = {
  args: { defaultValue: { ...smallBusiness, categories: [], rows: [] } },
};

/** An empty matrix offering the built-in templates; picking one fills it (Undo empties it). */
export const EmptyWithTemplates: Story = {
  args: {
    defaultValue: { ...smallBusiness, categories: [], rows: [] },
    templates: Object.values(templates),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: 'Start from a template' });
    await userEvent.click(within(list).getByRole('button', { name: /Full hybrid/ }));
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(10));
  },
};

export const KeyboardAssign: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getAllByRole('gridcell')[0];
    if (!first) throw new Error('The story has no cells.');
    first.focus();
    // Down to the second row, right to the MSP column (which holds R for it), then clear and give R.
    await userEvent.keyboard('{ArrowDown}{ArrowRight}{Delete}r');
    const row = canvas.getByRole('row', { name: /On-site visits/ });
    const cell = within(row).getAllByRole('gridcell')[1];
    await expect(cell).toHaveFocus();
    await expect(cell).toHaveTextContent('Responsible');
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'Gave Responsible to MSP for On-site visits and hands-on hardware.',
      ),
    );
  },
};
