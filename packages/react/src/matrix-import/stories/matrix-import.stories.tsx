import type { Meta, StoryObj } from '@storybook/react-vite';
import { matrixToXlsx } from '@tandem/core/xlsx';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { MatrixImportOutcome } from '../views/matrix-import';
import {
  groupingCsv,
  legendCsv,
  marksCsv,
  messyCsv,
  metadataCsv,
  responsibilityCsv,
  transposedCsv,
} from './import-fixtures';
import { ImportStoryHost } from './import-story-host';
import { columnRoles, expectResult, shownDialog } from './import-story-support';

// One story per layout real spreadsheets use, read from CSV (and one from xlsx): each play
// checks the role the detector gave every column, imports, and checks the matrix that reached
// the host — and, in the state it ends in, the axe check of the page.
const meta = {
  title: 'Matrix import/Layouts',
  component: ImportStoryHost,
  args: { onImport: fn(), source: metadataCsv, fileName: 'matrix.csv' },
} satisfies Meta<typeof ImportStoryHost>;

export default meta;
type Story = StoryObj<typeof meta>;

type Args = { onImport: ReturnType<typeof fn> };
/** Clicks Import and returns what reached the host. */
async function importAndRead(dialog: HTMLElement, args: Args): Promise<MatrixImportOutcome> {
  const button = within(dialog).getByRole('button', { name: 'Import' });
  await waitFor(() => expect(button).toBeEnabled());
  await userEvent.click(button);
  await waitFor(() => expect(args.onImport).toHaveBeenCalledTimes(1));
  return args.onImport.mock.calls[0]?.[0] as MatrixImportOutcome;
}

const cellsOf = (outcome: MatrixImportOutcome, rowName: string) =>
  outcome.matrix.rows.find((row) => row.name === rowName)?.cells;

/** IDs, status and notes beside the parties become row fields; only two parties come out. */
export const MetadataColumns: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await shownDialog(canvasElement);
    await expect(columnRoles(dialog)).toEqual([
      'id',
      'function',
      'notes',
      'notes',
      'party-internal',
      'party-provider',
    ]);
    await expectResult(dialog, /^3 rows, 2 parties, 1 category\./);
    const outcome = await importAndRead(dialog, args);
    await expect(outcome.matrix.parties.map((p) => p.name)).toEqual([
      'Internal IT',
      'Northwind MSP',
    ]);
    await expect(cellsOf(outcome, 'Password resets')).toEqual({
      'internal-it': { roles: ['I'] },
      'northwind-msp': { roles: ['R', 'A'] },
    });
    // One batch against the host's empty matrix: one undo step.
    await expect(within(canvasElement).getByText(/3 rows, 2 parties, 1 undo steps/)).toBeVisible();
  },
};

/** Columns are the letters; the cells name the parties, several to a cell. */
export const Transposed: Story = {
  args: { source: transposedCsv, fileName: 'transposed.csv' },
  play: async ({ canvasElement, args }) => {
    const dialog = await shownDialog(canvasElement);
    await expect(columnRoles(dialog)).toEqual(['function', 'letter', 'letter', 'letter', 'letter']);
    await expectResult(dialog, /^3 rows, 4 parties/);
    const outcome = await importAndRead(dialog, args);
    await expect(cellsOf(outcome, 'Approve firewall changes')).toEqual({
      'northwind-msp': { roles: ['R'] },
      'internal-it': { roles: ['A'] },
      leadership: { roles: ['C'] },
      vendor: { roles: ['C'] },
    });
  },
};

/** One Responsibility column of sharing words: "Shared" makes both sides Responsible. */
export const SingleResponsibilityColumn: Story = {
  args: { source: responsibilityCsv, fileName: 'shared-responsibility.csv' },
  play: async ({ canvasElement, args }) => {
    const dialog = await shownDialog(canvasElement);
    await expect(columnRoles(dialog)).toEqual(['function', 'description', 'responsibility']);
    // The parties come from cells, so their sides are chosen in the preview.
    const side = await within(dialog).findByRole('combobox', { name: 'Side of Customer' });
    await expect(side).toHaveValue('internal');
    const outcome = await importAndRead(dialog, args);
    await expect(cellsOf(outcome, 'Incident response')).toEqual({
      provider: { roles: ['R', 'A'] },
      customer: { roles: ['R'] },
    });
    await expect(outcome.matrix.rows[0]?.description).toBe('Data centre access');
  },
};

/** A legend row defines R/M/S/I/N: M reads as C, N as no role, and the matrix is RASCI. */
export const LegendRasci: Story = {
  args: { source: legendCsv, fileName: 'rmsin.csv' },
  play: async ({ canvasElement, args }) => {
    const dialog = await shownDialog(canvasElement);
    await expect(columnRoles(dialog)).toEqual([
      'function',
      'party-internal',
      'party-provider',
      'party-provider',
    ]);
    await expect(within(dialog).getByRole('spinbutton', { name: 'Header row' })).toHaveValue(2);
    await expect(
      within(dialog).getByRole('combobox', { name: 'Sheet letter M reads as' }),
    ).toHaveValue('C');
    await expect(
      within(dialog).getByRole('combobox', { name: 'Sheet letter N reads as' }),
    ).toHaveValue('-');
    // The preview follows the menus (a deferred render): wait for its legend warning.
    await waitFor(() => expect(dialog).toHaveTextContent('read as RASCI: M → C, N → no role'));
    const outcome = await importAndRead(dialog, args);
    await expect(outcome.matrix.variant).toBe('rasci');
    await expect(cellsOf(outcome, 'Roadmap')).toEqual({
      'it-lead': { roles: ['R'] },
      'msp-noc': { roles: ['S'] },
      'msp-vcio': { roles: ['C'] },
    });
  },
};

/** x and ✓ instead of letters; a party nobody marks is kept and named in the reasons. */
export const Marks: Story = {
  args: { source: marksCsv, fileName: 'marks.csv' },
  play: async ({ canvasElement, args }) => {
    const dialog = await shownDialog(canvasElement);
    await expect(columnRoles(dialog)).toEqual([
      'function',
      'party-internal',
      'party-provider',
      'party-vendor',
    ]);
    await expect(dialog).toHaveTextContent('"Vendor" is empty in every row.');
    const outcome = await importAndRead(dialog, args);
    await expect(cellsOf(outcome, 'Backups')).toEqual({ 'northwind-msp': { roles: ['R', 'A'] } });
    await expect(outcome.matrix.parties).toHaveLength(3);
  },
};

/** A fill-down category column and a section row group the rows. */
export const Grouping: Story = {
  args: { source: groupingCsv, fileName: 'grouped.csv' },
  play: async ({ canvasElement, args }) => {
    const dialog = await shownDialog(canvasElement);
    await expect(columnRoles(dialog)).toEqual([
      'category',
      'function',
      'party-internal',
      'party-provider',
    ]);
    const outcome = await importAndRead(dialog, args);
    await expect(outcome.matrix.categories.map((c) => c.name)).toEqual(['Helpdesk', 'Security']);
    await expect(outcome.matrix.rows.map((row) => `${row.categoryId}:${row.name}`)).toEqual([
      'helpdesk:Password resets',
      'helpdesk:Printers',
      'security:EDR',
      'security:Phishing training',
    ]);
  },
};

/** BOM, semicolons, an empty top-left cell, trailing spaces, `R,A`, `RA`, `A/R`, a line break. */
export const Messy: Story = {
  args: { source: messyCsv, fileName: 'rommelig.csv' },
  play: async ({ canvasElement, args }) => {
    const dialog = await shownDialog(canvasElement);
    await expect(columnRoles(dialog)).toEqual(['function', 'party-internal', 'party-provider']);
    const outcome = await importAndRead(dialog, args);
    await expect(outcome.matrix.parties.map((p) => p.name)).toEqual([
      'Interne IT',
      'Northwind MSP',
    ]);
    for (const name of ['Back-ups', 'Netwerk', 'Beveiliging'])
      await expect(cellsOf(outcome, name)?.['interne-it']).toEqual({ roles: ['R', 'A'] });
    await expect(cellsOf(outcome, 'Beveiliging')?.['northwind-msp']).toEqual({
      roles: ['R'],
      note: 'na kantooruren',
    });
  },
};

// A workbook written by the core's own xlsx writer: a Category, an ID and an Activity column
// beside the parties, as `matrixToXlsx` lays out every export.
const workbook = matrixToXlsx(
  {
    variant: 'raci',
    parties: [
      { id: 'internal-it', name: 'Internal IT', side: 'internal' },
      { id: 'msp', name: 'Northwind MSP', side: 'provider' },
    ],
    categories: [{ id: 'backup', name: 'Backup and DR' }],
    rows: [
      {
        id: 'restore-tests',
        name: 'Quarterly restore tests',
        categoryId: 'backup',
        kind: 'task',
        cells: { 'internal-it': { roles: ['A'] }, msp: { roles: ['R'] } },
      },
      {
        id: 'dr-plan',
        name: 'Approve the DR plan',
        categoryId: 'backup',
        kind: 'decision',
        cells: { 'internal-it': { roles: ['R', 'A'] }, msp: { roles: ['C'] } },
      },
    ],
  },
  { sheetName: 'RACI' },
).bytes;

/** An `.xlsx` (bytes from the core's writer): the xlsx reader is loaded for it alone. */
export const Workbook: Story = {
  args: {
    source: new File([new Uint8Array(workbook)], 'matrix.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    fileName: undefined,
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await shownDialog(canvasElement);
    await expect(within(dialog).getByRole('heading', { name: 'Import matrix.xlsx' })).toBeVisible();
    const roles = columnRoles(dialog);
    await expect(roles.slice(-2)).toEqual(['party-internal', 'party-provider']);
    await expect(roles).toContain('category');
    const outcome = await importAndRead(dialog, args);
    await expect(outcome.matrix.name).toBe('RACI');
    await expect(cellsOf(outcome, 'Approve the DR plan')).toEqual({
      'internal-it': { roles: ['R', 'A'] },
      'northwind-msp': { roles: ['C'] },
    });
  },
};
