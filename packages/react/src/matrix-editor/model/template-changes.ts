import type { Matrix, MatrixChange } from '@tandem/core';

/**
 * The changes that turn an empty matrix (no rows) into `template`: its variant, parties,
 * categories and rows with their cells, after removing the parties and categories it has.
 * Ordinary changes, so starting from a template is audited and can be undone in one step.
 *
 * @example
 * editor.dispatch(changesToStartFrom(editor.matrix, templates['helpdesk-overflow'].matrix));
 */
export function changesToStartFrom(current: Matrix, template: Matrix): MatrixChange[] {
  return [
    ...current.parties.map((party): MatrixChange => ({ type: 'removeParty', partyId: party.id })),
    ...current.categories.map(
      (category): MatrixChange => ({ type: 'removeCategory', categoryId: category.id }),
    ),
    { type: 'setVariant', variant: template.variant },
    ...template.parties.map((party): MatrixChange => ({ type: 'addParty', party })),
    ...template.categories.map((category): MatrixChange => ({ type: 'addCategory', category })),
    ...template.rows.map((row): MatrixChange => ({ type: 'addRow', row })),
  ];
}

/**
 * The changes that replace everything in `current` with `next` — its rows first, then what
 * {@link changesToStartFrom} does — e.g. to take in an imported spreadsheet as ordinary,
 * audited and invertible changes.
 *
 * @example
 * const changes = changesToReplace(draft, matrixFromCsv(text).value);
 */
export function changesToReplace(current: Matrix, next: Matrix): MatrixChange[] {
  return [
    ...current.rows.map((row): MatrixChange => ({ type: 'removeRow', rowId: row.id })),
    ...changesToStartFrom({ ...current, rows: [] }, next),
  ];
}
