// Cells are found by the `data-party-id` that `cellProps` gives them (shipped or host markup),
// else by position, for host markup that left the attribute out.
const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The element that takes focus for a cell: the party's grid cell (marked `data-party-id` by
 * `getCellProps` and the shipped row, else the table cell at the party's column), or for
 * `partyId: null` the row header's focus target (its drag handle, or the header when read-only).
 *
 * @example
 * focusTarget(grid, 'backup', 'msp', 1)?.focus();
 */
export function focusTarget(
  root: ParentNode,
  rowId: string,
  partyId: string | null,
  partyIndex: number,
): HTMLElement | null {
  const row = root.querySelector<HTMLElement>(`[data-row-id=${quote(rowId)}]`);
  if (!row) return null;
  if (partyId === null) return row.querySelector<HTMLElement>('[data-row-focus]');
  const marked = row.querySelector<HTMLElement>(`[data-party-id=${quote(partyId)}]`);
  if (marked) return marked;
  return row instanceof HTMLTableRowElement ? (row.cells[partyIndex + 1] ?? null) : null;
}
