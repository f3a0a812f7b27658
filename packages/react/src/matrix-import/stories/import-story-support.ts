// Helpers for the import dialog's stories and their play functions (never shipped: only
// stories import this file).
import { expect, waitFor, within } from 'storybook/test';

/** The import dialog once it shows the sheet (its first column's role menu is there). */
export async function shownDialog(canvasElement: HTMLElement): Promise<HTMLElement> {
  const body = within(canvasElement.ownerDocument.body);
  const dialog = await body.findByRole('dialog', {}, { timeout: 10_000 });
  await within(dialog).findAllByRole('combobox', { name: /^Role of column/ }, { timeout: 10_000 });
  return dialog;
}

/** The role menu values, column by column (`party-provider` for an MSP party). */
export function columnRoles(dialog: HTMLElement): string[] {
  return within(dialog)
    .getAllByRole('combobox', { name: /^Role of column/ })
    .map((select) => (select as HTMLSelectElement).value);
}

/** The dialog's live region. */
export function importAnnouncer(dialog: HTMLElement): HTMLElement {
  const region = dialog.querySelector<HTMLElement>('[data-announcer]');
  if (!region) throw new Error('The import dialog has no live region.');
  return region;
}

/** Waits until the result preview's summary reads `text`. */
export async function expectResult(dialog: HTMLElement, text: RegExp): Promise<void> {
  await waitFor(() =>
    expect(dialog.querySelector('[data-result-summary]')?.textContent ?? '').toMatch(text),
  );
}
