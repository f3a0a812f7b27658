import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Matrix } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import type { CSSProperties } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ResponsibilityMatrix } from './responsibility-matrix';
import { announcer, largeMatrix } from './story-support';

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
  args: { defaultValue: smallBusiness, onValueChange: fn() },
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
    await expect(announcer(canvasElement)).toHaveTextContent(/^Applied: /);
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
    const [first, second] = cells.map((cell) => cell.getBoundingClientRect().left);
    await expect(first).toBeGreaterThan(second ?? Number.POSITIVE_INFINITY);
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
    await expect(
      within(cell as HTMLElement).getByRole('button', { name: 'Responsible, held by MSP' }),
    ).toBeVisible();
    await waitFor(() =>
      expect(announcer(canvasElement)).toHaveTextContent(
        'Gave Responsible to MSP for On-site visits and hands-on hardware.',
      ),
    );
  },
};

/** Every built-in template, as a host would offer it. */
export const TemplateSmallBusiness: Story = {
  args: { defaultValue: templates['small-business-one-it'].matrix },
};
export const TemplateHelpdeskOverflow: Story = {
  args: { defaultValue: templates['helpdesk-overflow'].matrix },
};
export const TemplateSecurityAndTools: Story = {
  args: { defaultValue: templates['security-and-tools'].matrix },
};
export const TemplateProjectAndEscalation: Story = {
  args: { defaultValue: templates['project-and-escalation'].matrix },
};
export const TemplateFullHybrid: Story = {
  args: { defaultValue: templates['full-hybrid'].matrix },
};
export const TemplateStrategicOperational: Story = {
  args: { defaultValue: templates['strategic-operational'].matrix },
};
export const TemplateDefaultDivision: Story = {
  args: { defaultValue: templates['default-division'].matrix },
};

/** The MSP's perspective: its column stands out, rows it has no part in fade. */
export const PerspectiveMsp: Story = {
  args: { defaultPerspective: 'msp' },
  play: async ({ canvasElement }) => {
    const row = within(canvasElement).getByRole('row', { name: /Security monitoring and SIEM/ });
    await expect(row).toHaveAttribute('data-perspective', 'owner');
  },
};

/** Internal IT's perspective. */
export const PerspectiveInternal: Story = { args: { defaultPerspective: 'internal-it' } };

/** Leadership's perspective on a RASCI matrix. */
export const PerspectiveLeadership: Story = {
  args: {
    defaultValue: templates['strategic-operational'].matrix,
    defaultPerspective: 'leadership',
  },
};

/** A filter by text: only matching rows (and their categories) remain, with a count. */
export const Filtered: Story = {
  args: { defaultFilter: { text: 'secur' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Showing \d+ of \d+ rows\.$/)).toBeVisible();
    await expect(canvas.queryByRole('row', { name: /Tier 1 helpdesk/ })).toBeNull();
    await userEvent.clear(canvas.getByRole('searchbox', { name: 'Filter rows' }));
    await expect(canvas.getByRole('row', { name: /Tier 1 helpdesk/ })).toBeVisible();
  },
};

/** The lanes view of the same matrix. */
export const Lanes: Story = { args: { defaultView: 'lanes' } };

/** 2,000 rows × 12 parties: rows are virtualised, keyboard navigation scrolls them in. */
export const Large: Story = {
  args: { defaultValue: largeMatrix(2000) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid');
    await expect(grid).toHaveAttribute('aria-rowcount', String(2000 + 20 + 2));
    await expect(canvas.getAllByRole('row').length).toBeLessThan(120);
    canvas.getAllByRole('gridcell')[0]?.focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() =>
      expect(canvas.getByRole('row', { name: /IT function 2000\b/ })).toBeInTheDocument(),
    );
  },
};

/** A dark theme, only by overriding the custom properties. */
export const DarkTheme: Story = {
  render: (args) => (
    <div
      style={
        {
          '--tandem-matrix-fg': '#e2e8f0',
          '--tandem-matrix-muted': '#94a3b8',
          '--tandem-matrix-bg': '#0f172a',
          '--tandem-matrix-header-bg': '#1e293b',
          '--tandem-matrix-category-bg': '#334155',
          '--tandem-matrix-border': '#475569',
          '--tandem-matrix-focus': '#93c5fd',
          '--tandem-matrix-accent': '#2563eb',
          '--tandem-matrix-accent-bg': '#1e3a8a',
          '--tandem-matrix-selected-bg': '#312e81',
          '--tandem-matrix-error': '#fca5a5',
          '--tandem-matrix-error-bg': '#450a0a',
          '--tandem-matrix-warning': '#fcd34d',
          '--tandem-matrix-warning-bg': '#422006',
          '--tandem-matrix-info': '#93c5fd',
          background: '#0f172a',
          padding: '1rem',
        } as CSSProperties
      }
      className="tandem-theme-dark"
    >
      <ResponsibilityMatrix {...args} className="tandem-matrix-dark" />
    </div>
  ),
};

/** A brand theme: the host's accent colour and rounder corners. */
export const BrandTheme: Story = {
  render: (args) => (
    <div
      style={
        {
          '--tandem-matrix-accent': '#0f766e',
          '--tandem-matrix-focus': '#0f766e',
          '--tandem-matrix-accent-bg': '#ccfbf1',
          '--tandem-matrix-radius': '1rem',
          '--tandem-matrix-header-bg': '#f0fdfa',
        } as CSSProperties
      }
    >
      <ResponsibilityMatrix {...args} />
    </div>
  ),
};

/** No Tandem classes at all: the host styles the markup through roles and data attributes. */
export const Unstyled: Story = { args: { unstyled: true } };

/** Space on a cell opens its menu; letters toggle there too, and the condition is set. */
export const CellMenuEdit: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('row', { name: /User onboarding/ });
    const cell = within(row).getAllByRole('gridcell')[1];
    if (!cell) throw new Error('no cell');
    cell.focus();
    await userEvent.keyboard(' ');
    const menu = await within(canvasElement.ownerDocument.body).findByRole('dialog', {
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

/** Enter on a cell opens the row's details; renaming and changing the kind is one save. */
export const RowDialogEdit: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getAllByRole('gridcell')[0]?.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', {
      name: 'Edit Tier 1 helpdesk',
    });
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
