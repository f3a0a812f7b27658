import { sameJson } from '../same-json';
import { applyMatrixChanges } from './apply';
import type { MatrixChange, UpdatePartyChange, UpdateRowChange } from './changes';
import type { Matrix, Row } from './model';

// The changes that turn one version of a matrix into another, for the places where two versions
// arrive instead of an edit: a co-editing peer's update, a draft saved elsewhere, a file
// re-imported. Each change is applied to a running copy as it is made, so every index is exact
// for the state it will be applied to.

/**
 * The matrix changes that turn `before` into `after`, matched by id: applying them to `before`
 * with `applyMatrixChanges` gives `after` (display order included; the matrix's `name`, which no
 * change kind edits, aside). Fields are changed with the change made for them (`renameRow`,
 * `updateRow`, `setCell`, `moveRows` …), so an audit log reads the result like hand edits; a row
 * whose other fields differ is replaced (`removeRow` then `addRow`).
 *
 * @example
 * const changes = matrixChangesBetween(lastSaved, fromPeer);
 * // [{ type: 'setCell', rowId: 'backup', partyId: 'msp', cell: { roles: ['R'] } }]
 * const result = applyMatrixChanges(lastSaved, changes); // result.value deep-equals fromPeer
 */
export function matrixChangesBetween(before: Matrix, after: Matrix): MatrixChange[] {
  const changes: MatrixChange[] = [];
  let current = before;
  const emit = (change: MatrixChange) => {
    const result = applyMatrixChanges(current, [change]);
    // Every change is made against `current`; a refusal here is a bug in this function.
    if (!result.ok) throw new Error(`matrixChangesBetween: ${result.error.message}`);
    changes.push(change);
    current = result.value;
  };
  const afterRows = new Map(after.rows.map((row) => [row.id, row]));
  const afterParties = new Set(after.parties.map((party) => party.id));
  const beforeRows = new Set(before.rows.map((row) => row.id));
  const beforeParties = new Set(before.parties.map((party) => party.id));
  const beforeCategories = new Set(before.categories.map((category) => category.id));

  if (before.variant !== after.variant) emit({ type: 'setVariant', variant: after.variant });
  for (const row of before.rows)
    if (!afterRows.has(row.id)) emit({ type: 'removeRow', rowId: row.id });
  for (const party of before.parties) {
    if (!afterParties.has(party.id)) emit({ type: 'removeParty', partyId: party.id });
  }
  for (const category of after.categories) {
    if (!beforeCategories.has(category.id)) emit({ type: 'addCategory', category });
  }
  for (const party of after.parties) {
    if (beforeParties.has(party.id)) continue;
    const cells: Record<string, Row['cells'][string]> = {};
    for (const row of current.rows) {
      const cell = afterRows.get(row.id)?.cells[party.id];
      if (cell) cells[row.id] = cell;
    }
    emit({ type: 'addParty', party, cells });
  }
  after.categories.forEach((category, toIndex) => {
    if (current.categories[toIndex]?.id !== category.id) {
      emit({ type: 'moveCategory', categoryId: category.id, toIndex });
    }
  });
  after.parties.forEach((party, toIndex) => {
    if (current.parties[toIndex]?.id !== party.id) {
      emit({ type: 'moveParty', partyId: party.id, toIndex });
    }
  });
  for (const row of after.rows) if (!beforeRows.has(row.id)) emit({ type: 'addRow', row });
  placeRows(after, () => current, emit);
  for (const row of current.rows) {
    const target = afterRows.get(row.id) as Row;
    if (row.name !== target.name) emit({ type: 'renameRow', rowId: row.id, name: target.name });
    const patch = rowPatch(row, target);
    if (patch) emit({ type: 'updateRow', rowId: row.id, patch });
    if (row.reviewedAt !== target.reviewedAt) {
      emit({ type: 'markRowsReviewed', rowIds: [row.id], at: target.reviewedAt ?? null });
    }
    for (const party of after.parties) {
      const cell = target.cells[party.id];
      if (!sameJson(row.cells[party.id], cell)) {
        emit({ type: 'setCell', rowId: row.id, partyId: party.id, cell: cell ?? null });
      }
    }
  }
  for (const category of before.categories) {
    if (!after.categories.some(({ id }) => id === category.id)) {
      emit({ type: 'removeCategory', categoryId: category.id });
    }
  }
  after.categories.forEach((category, index) => {
    const now = current.categories[index];
    if (now && now.name !== category.name) {
      emit({ type: 'renameCategory', categoryId: category.id, name: category.name });
    }
  });
  after.parties.forEach((party, index) => {
    const patch = partyPatch(current.parties[index] as Matrix['parties'][number], party);
    if (patch) emit({ type: 'updateParty', partyId: party.id, patch });
  });
  // Whatever the field changes above do not carry (a field no change kind edits on its own).
  after.rows.forEach((row, index) => {
    if (sameJson(current.rows[index], row)) return;
    const within = after.rows.slice(0, index).filter((r) => r.categoryId === row.categoryId);
    emit({ type: 'removeRow', rowId: row.id });
    emit({ type: 'addRow', row, index: within.length });
  });
  return changes;
}

/** Moves rows, category by category, until each category holds `after`'s rows in its order. */
function placeRows(after: Matrix, current: () => Matrix, emit: (change: MatrixChange) => void) {
  for (const category of after.categories) {
    const wanted = after.rows.filter((row) => row.categoryId === category.id);
    wanted.forEach((row, index) => {
      const here = current().rows.filter((r) => r.categoryId === category.id);
      if (here[index]?.id !== row.id) {
        emit({ type: 'moveRows', rowIds: [row.id], categoryId: category.id, index });
      }
    });
  }
}

function rowPatch(row: Row, target: Row): UpdateRowChange['patch'] | undefined {
  const patch: { -readonly [K in keyof UpdateRowChange['patch']]: UpdateRowChange['patch'][K] } =
    {};
  if (row.kind !== target.kind) patch.kind = target.kind;
  if (row.description !== target.description) patch.description = target.description ?? null;
  if (!sameJson(row.tags, target.tags)) patch.tags = target.tags ?? null;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

function partyPatch(
  party: Matrix['parties'][number],
  target: Matrix['parties'][number],
): UpdatePartyChange['patch'] | undefined {
  const patch: {
    -readonly [K in keyof UpdatePartyChange['patch']]: UpdatePartyChange['patch'][K];
  } = {};
  if (party.name !== target.name) patch.name = target.name;
  if (party.side !== target.side) patch.side = target.side;
  if (party.calendarId !== target.calendarId) patch.calendarId = target.calendarId ?? null;
  if (party.color !== target.color) patch.color = target.color ?? null;
  return Object.keys(patch).length > 0 ? patch : undefined;
}
