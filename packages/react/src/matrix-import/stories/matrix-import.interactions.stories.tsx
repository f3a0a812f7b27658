import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { MatrixImportOutcome } from '../views/matrix-import';
import { metadataCsv } from './import-fixtures';
import { ImportStoryHost } from './import-story-host';
import { columnRoles, expectResult, importAnnouncer, shownDialog } from './import-story-support';

// The import dialog driven as a user would: by keyboard alone, with files it must refuse, and
// closed by Escape while a large sheet is still being read.
const meta = {
  title: 'Matrix import/Interactions',
  component: ImportStoryHost,
  args: { onImport: fn(), source: metadataCsv, fileName: 'matrix.csv' },
} satisfies Meta<typeof ImportStoryHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tabs until `element` has focus (at most 60 presses), as a keyboard user gets there. */
async function tabTo(element: HTMLElement) {
  for (let press = 0; press < 60 && element.ownerDocument.activeElement !== element; press++)
    await userEvent.tab();
  await expect(element).toHaveFocus();
}

/**
 * Keyboard only: Tab to column C's menu and make the Status column a party on the MSP side,
 * hear the change announced with the new counts, Tab to Import and press Enter; the host gets
 * three parties, the undo step, and focus is back on the opener.
 */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await shownDialog(canvasElement);
    const menu = within(dialog).getByRole('combobox', { name: 'Role of column C, “Status”' });
    await tabTo(menu);
    await userEvent.selectOptions(menu, 'party-provider');
    await expect(columnRoles(dialog)[2]).toBe('party-provider');
    await waitFor(() =>
      expect(importAnnouncer(dialog)).toHaveTextContent(
        'Column C “Status” is now Party, MSP. 3 rows, 3 parties,',
      ),
    );
    await expectResult(dialog, /^3 rows, 3 parties/);
    const button = within(dialog).getByRole('button', { name: 'Import' });
    await tabTo(button);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onImport).toHaveBeenCalledTimes(1));
    const outcome = args.onImport.mock.calls[0]?.[0] as MatrixImportOutcome;
    await expect(outcome.matrix.parties.map((party) => party.name)).toEqual([
      'Status',
      'Internal IT',
      'Northwind MSP',
    ]);
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Import again' })).toHaveFocus());
    await expect(canvas.getByText(/3 rows, 3 parties, 1 undo steps/)).toBeVisible();
    // The one step undoes the whole import.
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(canvas.getByText(/0 rows, 0 parties, 0 undo steps/)).toBeVisible();
  },
};

/** Another layout the detector weighed is one click away, and announced. */
export const SwitchLayout: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await shownDialog(canvasElement);
    const other = within(dialog).getByRole('button', { name: /^Read as a column per party.*20 %/ });
    await userEvent.click(other);
    await expect(other).toHaveAttribute('aria-pressed', 'true');
    await expect(columnRoles(dialog)[0]).toBe('function');
    await expect(columnRoles(dialog).slice(1)).toEqual(
      Array(5)
        .fill('party-internal')
        .map((v, i) => (i === 4 ? 'party-provider' : v)),
    );
    await waitFor(() => expect(importAnnouncer(dialog)).toHaveTextContent(/^Reading the sheet as/));
  },
};

// A PNG's first bytes under a CSV name: binary, so neither CSV nor xlsx.
const png = new File(
  [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  'photo.csv',
);

/** A binary file is refused with a message, and nothing reaches the host. */
export const BadFile: Story = {
  args: { source: png, fileName: undefined },
  play: async ({ canvasElement, args }) => {
    const body = within(canvasElement.ownerDocument.body);
    const alert = await body.findByRole('alert');
    await expect(alert).toHaveTextContent('photo.csv is neither a CSV nor an xlsx workbook');
    await expect(alert).toHaveAttribute('data-code', 'not_spreadsheet');
    await expect(body.queryByRole('button', { name: 'Import' })).toBeNull();
    await expect(args.onImport).not.toHaveBeenCalled();
  },
};

// Zip magic and nothing after it: the xlsx reader is loaded and says the workbook is damaged.
const brokenWorkbook = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'broken.xlsx');

/** A corrupt workbook: the core's typed issue is shown under the dialog's own words. */
export const CorruptWorkbook: Story = {
  args: { source: brokenWorkbook, fileName: undefined },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement.ownerDocument.body).findByRole(
      'alert',
      {},
      { timeout: 10_000 },
    );
    await expect(alert).toHaveAttribute('data-code', 'rejected');
    await expect(within(alert).getByRole('listitem')).toHaveAttribute(
      'data-code',
      'corrupt_workbook',
    );
  },
};

/** Past the size limit (here 1 kB, standing for 50 MB past 10 MB): refused before reading. */
export const TooLarge: Story = {
  args: { source: new File(['x'.repeat(4096)], 'huge.csv'), fileName: undefined, maxBytes: 1024 },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement.ownerDocument.body).findByRole('alert');
    await expect(alert).toHaveAttribute('data-code', 'too_large');
    await expect(alert).toHaveTextContent('huge.csv is 0.1 MB; files up to 0.1 MB are read.');
  },
};

const manyRows = `Function,Internal IT,MSP\n${'Patch servers,A,R\n'.repeat(100_000)}`;

/** 100,000 rows: a limit message, not a hang. */
export const TooManyRows: Story = {
  args: { source: manyRows, fileName: 'hundred-thousand.csv' },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement.ownerDocument.body).findByRole(
      'alert',
      {},
      { timeout: 15_000 },
    );
    await expect(alert).toHaveAttribute('data-code', 'too_many_rows');
    await expect(alert).toHaveTextContent('100,001 rows, more than 51,000 rows');
  },
};

// Distinct names: 20,000 rows of one name make the core's row-id step quadratic (reported).
const bigSheet = `Function,Internal IT,MSP\n${Array.from({ length: 20_000 }, (_, i) => `Patch server ${i},A,R`).join('\n')}`;

/**
 * Escape closes the dialog whatever stage the read of a 20,000-row sheet is in (the progress
 * line while it reads), and nothing reaches the host. The read's abort is unit-tested in
 * read-import.test.ts.
 */
export const EscapeWhileReading: Story = {
  args: { source: bigSheet, fileName: 'big.csv' },
  play: async ({ canvasElement, args }) => {
    const body = within(canvasElement.ownerDocument.body);
    await body.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(args.onImport).not.toHaveBeenCalled();
  },
};
