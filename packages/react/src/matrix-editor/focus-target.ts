// Cells are found by data attributes rather than ids: a memoised row that did not re-render
// after another row moved must still be found.
const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The element that takes focus for a cell: the party's grid cell, or for `partyId: null` the
 * row header's focus target (its drag handle, or the header itself when read-only).
 *
 * @example
 * focusTarget(grid, 'backup', 'msp')?.focus();
 */
export function focusTarget(
  root: ParentNode,
  rowId: string,
  partyId: string | null,
): HTMLElement | null {
  const row = `[data-row-id=${quote(rowId)}]`;
  const inner =
    partyId === null ? '[data-row-focus]' : `[data-party-id=${quote(partyId)}][role="gridcell"]`;
  return root.querySelector<HTMLElement>(`${row} ${inner}`);
}
