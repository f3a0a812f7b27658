import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Matrix } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ResponsibilityMatrix } from '../views/responsibility-matrix';
import {
  announcer,
  editorRoot,
  errorsAndWarnings,
  largeMatrix,
  smallBusiness,
  tandemClasses,
} from './story-support';

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

/**
 * Errors and warnings together, from the core's rules: a row with no Accountable (error) and
 * two 24x7 rows owned by a business-hours party (warnings), besides the template's note.
 */
export const ErrorsAndWarnings: Story = {
  args: { defaultValue: errorsAndWarnings },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByText(/errors?,/, { selector: 'summary' });
    await expect(summary).toHaveTextContent('1 error, 2 warnings, 1 note.');
    await expect(summary).toHaveAttribute('data-state', 'error');
    const state = (name: RegExp) => canvas.getByRole('row', { name }).getAttribute('data-state');
    await expect(state(/Tier 1 helpdesk/)).toBe('error');
    await expect(state(/Security monitoring and SIEM/)).toBe('warning');
    await expect(state(/Endpoint detection and response/)).toBe('warning');
    await expect(state(/Server patching/)).toBe('valid');
    await userEvent.click(summary);
    const items = within(await canvas.findByRole('list', { name: 'Issues' })).getAllByRole(
      'listitem',
    );
    const rules = items.map((item) => [item.dataset.state, item.dataset.rule]);
    await expect(rules).toEqual([
      ['error', 'accountable-exactly-one'],
      ['warning', 'coverage-24x7'],
      ['warning', 'coverage-24x7'],
      ['info', 'overloaded-party'],
    ]);
  },
};

/** The issues panel open, each issue with its one-click fixes; applying one clears the error. */
export const FixFromIssues: Story = {
  args: { defaultValue: withErrors },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText(/1 error/, { selector: 'summary' }));
    const issues = await canvas.findByRole('list', { name: 'Issues' });
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

/**
 * The editor's words come from `messages`; issue and fix texts come from the core validator,
 * so they are translated through `validate.messages` (one function per rule id, fix labels
 * under `fixes`).
 */
export const CustomMessages: Story = {
  args: {
    defaultValue: withErrors,
    messages: {
      undo: 'Annuler',
      redo: 'Rétablir',
      rowHeaderLabel: 'Fonction',
      sides: { internal: 'Interne', provider: 'Prestataire' },
      qualifiers: { overflow: 'débordement seulement', 'when-unavailable': 'si interne absent' },
      gridLabel: () => 'Matrice des responsabilités',
      severity: {
        error: { one: 'erreur', other: 'erreurs' },
        warning: { one: 'avertissement', other: 'avertissements' },
        info: { one: 'remarque', other: 'remarques' },
      },
      summary: (s) =>
        `${s.errors} erreur(s), ${s.warnings} avertissement(s), ${s.infos} remarque(s).`,
      issuesLabel: 'Problèmes',
      fixApplied: (label) => `Appliqué : ${label}.`,
    },
    validate: {
      messages: {
        'accountable-exactly-one': ({ row, parties }) =>
          parties.length === 0
            ? `« ${row} » n’a personne qui en réponde (A).`
            : `« ${row} » a plusieurs A : ${parties.join(', ')}.`,
        'overloaded-party': ({ party, rows, total }) =>
          `${party} porte ${rows} lignes sur ${total} : vérifiez sa charge.`,
        fixes: { giveLetter: ({ party }) => `Confier le A à ${party}` },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Annuler' })).toBeDisabled();
    const summary = canvas.getByText('1 erreur(s), 0 avertissement(s), 1 remarque(s).');
    await userEvent.click(summary);
    const issues = await canvas.findByRole('list', { name: 'Problèmes' });
    await expect(issues).toHaveTextContent('« Tier 1 helpdesk » n’a personne qui en réponde (A).');
    await expect(issues).toHaveTextContent('MSP porte 12 lignes sur 14 : vérifiez sa charge.');
    await userEvent.click(
      within(issues).getByRole('button', { name: 'Confier le A à Internal IT' }),
    );
    await expect(announcer(canvasElement)).toHaveTextContent(
      'Appliqué : Confier le A à Internal IT.',
    );
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
    const list = await canvas.findByRole('list', { name: 'Start from a template' });
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

/**
 * No Tandem classes at all — not even on the letter chips — so the shipped stylesheet, loaded
 * here, styles nothing: the host styles the markup through roles and data attributes.
 */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = editorRoot(canvasElement);
    await expect(tandemClasses(root)).toEqual([]);
    // A letter is a plain button, like Add category: no chip colour applies.
    const [chip] = canvas.getAllByRole('button', { name: 'Responsible, held by MSP' });
    if (!chip) throw new Error('expected a letter chip');
    const plain = getComputedStyle(canvas.getByRole('button', { name: 'Add category' }));
    await expect(getComputedStyle(chip).backgroundColor).toBe(plain.backgroundColor);
    await expect(getComputedStyle(chip).color).toBe(plain.color);
    await userEvent.click(canvas.getByRole('button', { name: 'Lanes' }));
    await expect(await canvas.findByRole('region', { name: /^Joint/ })).toBeVisible();
    await expect(tandemClasses(root)).toEqual([]);
  },
};
