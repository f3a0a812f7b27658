// fast-check generator of changes that are valid for a given matrix (test-only).
import fc from 'fast-check';
import { categoryBlock } from '../matrix/category-block';
import type { MatrixChange } from '../matrix/changes';
import type { Matrix } from '../matrix/model';
import { type RoleLetter, roleLetters } from '../matrix/roles';
import { cellArbitrary } from './arbitraries';

let fresh = 0;
/** An id no generated matrix uses. */
const freshId = (prefix: string) => `${prefix}-new-${++fresh}`;

/**
 * One change that `applyMatrixChanges` accepts on `matrix`, drawn from every kind of change
 * that applies to its current contents.
 */
export function changeArbitrary(matrix: Matrix): fc.Arbitrary<MatrixChange> {
  const letters = [...roleLetters(matrix.variant)] as RoleLetter[];
  const options: fc.Arbitrary<MatrixChange>[] = [];
  const { rows, parties, categories } = matrix;
  const anyParty = parties.length > 0 ? fc.constantFrom(...parties) : undefined;
  options.push(
    fc.integer({ min: 0, max: categories.length }).map(
      (index): MatrixChange => ({
        type: 'addCategory',
        category: { id: freshId('c'), name: 'New category' },
        index,
      }),
    ),
    fc
      .constantFrom<Matrix['variant']>('raci', 'rasci', 'daci')
      .map((variant): MatrixChange => ({ type: 'setVariant', variant })),
  );
  if (categories.length === 0) return fc.oneof(...options);
  const anyCategory = fc.constantFrom(...categories);

  options.push(
    anyCategory.chain((category) => {
      const { start, end } = categoryBlock(matrix, category.id);
      return fc
        .record({
          index: fc.integer({ min: 0, max: end - start }),
          kind: fc.constantFrom('task' as const, 'decision' as const),
        })
        .map(
          ({ index, kind }): MatrixChange => ({
            type: 'addRow',
            row: { id: freshId('r'), name: 'New row', categoryId: category.id, kind, cells: {} },
            index,
          }),
        );
    }),
    anyCategory.chain((category) =>
      fc
        .integer({ min: 0, max: categories.length - 1 })
        .map(
          (toIndex): MatrixChange => ({ type: 'moveCategory', categoryId: category.id, toIndex }),
        ),
    ),
    anyCategory.map(
      (category): MatrixChange => ({
        type: 'renameCategory',
        categoryId: category.id,
        name: `${category.name}!`,
      }),
    ),
  );
  const emptyCategories = categories.filter(
    (category) => !rows.some((row) => row.categoryId === category.id),
  );
  if (emptyCategories.length > 0) {
    options.push(
      fc
        .constantFrom(...emptyCategories)
        .map((category): MatrixChange => ({ type: 'removeCategory', categoryId: category.id })),
    );
  }
  if (anyParty) {
    options.push(
      anyParty.chain((party) =>
        fc
          .integer({ min: 0, max: parties.length - 1 })
          .map((toIndex): MatrixChange => ({ type: 'moveParty', partyId: party.id, toIndex })),
      ),
      anyParty.chain((party) =>
        fc
          .record({
            name: fc.constantFrom('Renamed', undefined),
            side: fc.constantFrom('internal' as const, 'provider' as const, undefined),
            calendarId: fc.constantFrom('24x7', null, undefined),
          })
          .map(
            ({ name, side, calendarId }): MatrixChange => ({
              type: 'updateParty',
              partyId: party.id,
              patch: {
                ...(name ? { name } : {}),
                ...(side ? { side } : {}),
                ...(calendarId !== undefined ? { calendarId } : {}),
              },
            }),
          ),
      ),
      fc.integer({ min: 0, max: parties.length }).map(
        (index): MatrixChange => ({
          type: 'addParty',
          party: { id: freshId('p'), name: 'New party', side: 'provider' },
          index,
        }),
      ),
    );
    if (parties.length > 1) {
      options.push(
        anyParty.map((party): MatrixChange => ({ type: 'removeParty', partyId: party.id })),
      );
    }
  }
  if (rows.length > 0) {
    const anyRow = fc.constantFrom(...rows);
    options.push(
      anyRow.map((row): MatrixChange => ({ type: 'removeRow', rowId: row.id })),
      anyRow.chain((row) =>
        fc
          .constantFrom(Date.UTC(2026, 2, 31), null)
          .map((at): MatrixChange => ({ type: 'markRowsReviewed', rowIds: [row.id], at })),
      ),
      anyRow.map(
        (row): MatrixChange => ({
          type: 'renameRow',
          rowId: row.id,
          name: `${row.name} (renamed)`,
        }),
      ),
      anyRow.chain((row) =>
        fc
          .record({
            kind: fc.constantFrom('task' as const, 'decision' as const, undefined),
            description: fc.constantFrom('Why it matters', null, undefined),
            tags: fc.constantFrom(['24x7'], null, undefined),
          })
          .map(
            ({ kind, description, tags }): MatrixChange => ({
              type: 'updateRow',
              rowId: row.id,
              patch: {
                ...(kind ? { kind } : {}),
                ...(description !== undefined ? { description } : {}),
                ...(tags !== undefined ? { tags } : {}),
              },
            }),
          ),
      ),
      fc
        .tuple(
          fc.shuffledSubarray([...rows], { minLength: 1, maxLength: Math.min(3, rows.length) }),
          anyCategory,
        )
        .chain(([moving, category]) => {
          const staying = rows.filter(
            (row) => row.categoryId === category.id && !moving.includes(row),
          ).length;
          return fc.integer({ min: 0, max: staying }).map(
            (index): MatrixChange => ({
              type: 'moveRows',
              rowIds: moving.map((row) => row.id),
              categoryId: category.id,
              index,
            }),
          );
        }),
    );
    if (anyParty) {
      options.push(
        fc.tuple(anyRow, anyParty, fc.option(cellArbitrary(matrix.variant))).map(
          ([row, party, cell]): MatrixChange => ({
            type: 'setCell',
            rowId: row.id,
            partyId: party.id,
            cell,
          }),
        ),
        fc
          .tuple(
            fc.shuffledSubarray([...rows], { minLength: 1, maxLength: Math.min(4, rows.length) }),
            anyParty,
            fc.subarray(letters, { minLength: 1 }),
            fc.constantFrom('add' as const, 'remove' as const, 'replace' as const),
          )
          .map(
            ([chosen, party, roles, mode]): MatrixChange => ({
              type: 'bulkAssign',
              rowIds: chosen.map((row) => row.id),
              partyId: party.id,
              roles,
              mode,
            }),
          ),
      );
      // A letter move needs a holder and a party without that letter in the same row.
      const moves: MatrixChange[] = [];
      for (const row of rows) {
        for (const from of parties) {
          for (const letter of row.cells[from.id]?.roles ?? []) {
            for (const to of parties) {
              if (to.id !== from.id && !(row.cells[to.id]?.roles ?? []).includes(letter)) {
                moves.push({
                  type: 'moveRole',
                  rowId: row.id,
                  letter,
                  fromPartyId: from.id,
                  toPartyId: to.id,
                });
              }
            }
          }
        }
      }
      if (moves.length > 0) options.push(fc.constantFrom(...moves));
    }
  }
  return fc.oneof(...options);
}
