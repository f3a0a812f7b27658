import {
  type Matrix,
  type MatrixChange,
  matrixChangesBetween,
  type ParseResult,
  parseMatrix,
  type Row,
} from '@tandem/core';
import * as Y from 'yjs';
import {
  fillMissing,
  hasFields,
  type Item,
  liveOrNeeded,
  ORDER,
  orderKeys,
  REMOVED,
  readItem,
  readItems,
  recordField,
  setField,
  writeItems,
} from './keyed-items';

// How a matrix lives in a Y.Doc. Every party, category and row is a Y.Map keyed by its id inside
// one top-level map per kind, so concurrent edits of different fields (or different cells) of
// the same row merge field by field. Order is a fractional key per item (`order`), cells are one
// Y.Map per row keyed by party id. Removed items stay as tombstones: a category a peer added a
// row to at the same moment comes back instead of leaving the row orphaned, and undoing a
// removal brings a row or party back with every field, also those a peer edited meanwhile (a
// deleted Y.Map would come back without them and no longer parse).

/** The names of the top-level shared types a matrix uses in its Y.Doc. */
export const MATRIX_TYPES = {
  meta: 'tandem.matrix.meta',
  parties: 'tandem.matrix.parties',
  categories: 'tandem.matrix.categories',
  rows: 'tandem.matrix.rows',
} as const;

const CELLS = 'cells';
const ROW_FIELDS = { [CELLS]: recordField };
const PARTY_REQUIRED = ['name', 'side'];
const CATEGORY_REQUIRED = ['name'];
const ROW_REQUIRED = ['name', 'categoryId', 'kind', CELLS];

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** The shared types of a matrix in `doc` (created empty on first use). */
export function matrixTypes(doc: Y.Doc) {
  return {
    meta: doc.getMap<Json>(MATRIX_TYPES.meta),
    parties: doc.getMap<Y.Map<unknown>>(MATRIX_TYPES.parties),
    categories: doc.getMap<Y.Map<unknown>>(MATRIX_TYPES.categories),
    rows: doc.getMap<Y.Map<unknown>>(MATRIX_TYPES.rows),
  };
}

/**
 * The matrix held in `doc`, checked with `parseMatrix`. What a merge can leave behind is repaired
 * on the way out: cells of a party someone removed are dropped, a row whose category someone
 * removed brings the category back, and concurrent inserts at one place are ordered by id. An
 * empty doc reads as `undefined`.
 *
 * @example
 * const result = readMatrix(doc);
 * if (result?.ok) render(result.value);
 */
export function readMatrix(doc: Y.Doc): ParseResult<Matrix> | undefined {
  const { meta, parties, categories, rows } = matrixTypes(doc);
  if (!meta.has('variant')) return undefined;
  const partyList = readItems(parties).filter((party) => hasFields(party, PARTY_REQUIRED));
  const partyIds = new Set(partyList.map((party) => party.id));
  const rowList = readItems(rows, ROW_FIELDS)
    .filter((row) => hasFields(row, ROW_REQUIRED))
    .map(
      (row): Item =>
        typeof row.cells === 'object' && row.cells !== null
          ? {
              ...row,
              cells: Object.fromEntries(
                Object.entries(row.cells).filter(([id]) => partyIds.has(id)),
              ),
            }
          : row,
    );
  const used = new Set(rowList.map((row) => row.categoryId as string));
  const categoryList = liveOrNeeded(
    readItems(categories, {}, true).filter((category) => hasFields(category, CATEGORY_REQUIRED)),
    used,
  );
  const rank = new Map(categoryList.map((category, i) => [category.id, i]));
  // Grouped by category in category order; within one, by the rows' own keys (already sorted).
  const grouped = rowList
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        (rank.get(a.row.categoryId as string) ?? -1) -
          (rank.get(b.row.categoryId as string) ?? -1) || a.i - b.i,
    )
    .map(({ row }) => row);
  const name = meta.get('name');
  return parseMatrix({
    ...(typeof name === 'string' ? { name } : {}),
    variant: meta.get('variant'),
    parties: partyList,
    categories: categoryList,
    rows: grouped,
  });
}

/** Row fields whose change moves a row, removes it or brings it back: a whole read orders it. */
const PLACING_FIELDS = new Set<string | null>([ORDER, 'categoryId', REMOVED, 'id', null]);

/**
 * The ids of the rows `transaction` changed, when all it changed was fields and cells of rows
 * (a cell edit, a rename, a note); `undefined` when it changed anything else: the name or
 * variant, a party, a category, which rows there are or where one stands.
 */
function editedRows(doc: Y.Doc, transaction: Y.Transaction): Set<string> | undefined {
  const { rows } = matrixTypes(doc);
  const edited = new Set<string>();
  for (const [type, fields] of transaction.changed) {
    const parent = type._item?.parent;
    if (parent === rows) {
      if ([...fields].some((field) => PLACING_FIELDS.has(field))) return undefined;
      edited.add(type._item?.parentSub as string);
    } else if (
      parent instanceof Y.Map &&
      parent._item?.parent === rows &&
      type._item?.parentSub === CELLS
    ) {
      edited.add(parent._item.parentSub as string);
    } else return undefined;
  }
  return edited;
}

/**
 * What `transaction` made of `before` (the matrix `doc` held, as `readMatrix` gave it), read
 * from the rows it touched only, with the changes between: `undefined` when it did more than
 * edit fields and cells of rows, or left a row that does not parse, for a whole read to sort
 * out. The rows it did not touch, the parties and the categories are `before`'s own objects, so
 * a component memoised on them leaves them alone; and a 2,000-row matrix is not read, checked
 * and compared whole for one cell.
 *
 * @example
 * doc.on('afterTransaction', (transaction) => {
 *   const update = readMatrixUpdate(doc, transaction, matrix);
 *   matrix = update ? update.value : readMatrix(doc)?.value ?? matrix;
 * });
 */
export function readMatrixUpdate(
  doc: Y.Doc,
  transaction: Y.Transaction,
  before: Matrix,
): { readonly value: Matrix; readonly changes: MatrixChange[] } | undefined {
  const edited = editedRows(doc, transaction);
  if (edited === undefined) return undefined;
  const { rows } = matrixTypes(doc);
  const partyIds = new Set(before.parties.map((party) => party.id));
  const old: Row[] = [];
  const read: unknown[] = [];
  for (const row of before.rows) {
    if (!edited.has(row.id)) continue;
    const entry: unknown = rows.get(row.id);
    if (!(entry instanceof Y.Map)) return undefined;
    const { item } = readItem(entry, row.id, ROW_FIELDS);
    if (!hasFields(item, ROW_REQUIRED) || typeof item.cells !== 'object' || item.cells === null)
      return undefined;
    old.push(row);
    read.push({
      ...item,
      cells: Object.fromEntries(Object.entries(item.cells).filter(([id]) => partyIds.has(id))),
    });
  }
  // Every edited row must be one `before` knew (a row it left out as incomplete is not).
  if (old.length !== edited.size) return undefined;
  // Checked with the parties and categories they refer to; ids stay unique, places unchanged.
  const checked = parseMatrix({ ...before, rows: read });
  if (!checked.ok) return undefined;
  const fresh = new Map(checked.value.rows.map((row) => [row.id, row]));
  const value: Matrix = { ...before, rows: before.rows.map((row) => fresh.get(row.id) ?? row) };
  const changes = matrixChangesBetween(
    { ...before, rows: old },
    { ...before, rows: [...fresh.values()] },
  );
  return { value, changes };
}

/**
 * Writes the difference between `before` (what `doc` holds, as `readMatrix` gave it) and `after`
 * into `doc`, touching only what changed: the fields that differ, the cells that differ, and the
 * order keys of the items that moved. Call it inside a transaction.
 *
 * @example
 * doc.transact(() => writeMatrix(doc, before, after), origin);
 */
export function writeMatrix(doc: Y.Doc, before: Matrix | undefined, after: Matrix): void {
  const { meta, parties, categories, rows } = matrixTypes(doc);
  setField(meta, 'variant', after.variant);
  setField(meta, 'name', after.name);

  writeItems(parties, before?.parties ?? [], after.parties, orderKeys(parties, after.parties), {
    tombstone: true,
  });
  const categoryKeys = orderKeys(categories, after.categories);
  writeItems(categories, before?.categories ?? [], after.categories, categoryKeys, {
    tombstone: true,
  });
  const rowKeys = new Map<string, string>();
  for (const category of after.categories) {
    const inCategory = after.rows.filter((row) => row.categoryId === category.id);
    for (const [id, key] of orderKeys(rows, inCategory)) rowKeys.set(id, key);
  }
  writeItems(rows, before?.rows ?? [], after.rows, rowKeys, {
    tombstone: true,
    nested: ROW_FIELDS,
  });
  // A removed party takes its cells with it, also from rows the diff did not otherwise touch.
  const kept = new Set(after.parties.map((party) => party.id));
  for (const party of before?.parties ?? []) {
    if (kept.has(party.id)) continue;
    rows.forEach((row) => {
      const cells = row instanceof Y.Map ? row.get(CELLS) : undefined;
      if (cells instanceof Y.Map && cells.has(party.id)) cells.delete(party.id);
    });
  }
}

/**
 * Writes `after` into `doc` when all it changed of `before` is the contents of some rows (a cell
 * edit, a rename, a note): those rows' differing fields and cells, nothing else. `doc` must hold
 * exactly `before` (its last read parsed): the rows left alone are then already as they should
 * be, where `writeMatrix` would compare all 2,000 of them and their order keys to find so.
 * Returns `false`, having written nothing, when `after` changed more (parties, categories, the
 * name or variant, which rows there are or where one stands). Call it inside a transaction.
 *
 * @example
 * doc.transact(() => writeMatrixUpdate(doc, before, after) || writeMatrix(doc, before, after));
 */
export function writeMatrixUpdate(doc: Y.Doc, before: Matrix, after: Matrix): boolean {
  if (
    before.parties !== after.parties ||
    before.categories !== after.categories ||
    before.name !== after.name ||
    before.variant !== after.variant ||
    before.rows.length !== after.rows.length
  )
    return false;
  const old: Row[] = [];
  const changed: Row[] = [];
  for (let i = 0; i < after.rows.length; i += 1) {
    const row = after.rows[i] as Row;
    const was = before.rows[i] as Row;
    if (row === was) continue;
    if (row.id !== was.id || row.categoryId !== was.categoryId) return false;
    old.push(was);
    changed.push(row);
  }
  // In place and in the same category: their order keys stand.
  writeItems(matrixTypes(doc).rows, old, changed, new Map(), {
    tombstone: true,
    nested: ROW_FIELDS,
  });
  return true;
}

/**
 * Repairs what an undo can leave in `doc` that no read can: required fields with no value (set
 * back from `last`, the valid matrix before the undo) and rows in a category gone for good.
 * Nothing else is touched. Call it inside a transaction.
 */
export function healMatrix(doc: Y.Doc, last: Matrix): void {
  const { meta, parties, categories, rows } = matrixTypes(doc);
  if (!meta.has('variant')) meta.set('variant', last.variant);
  fillMissing(parties, last.parties, PARTY_REQUIRED);
  fillMissing(categories, last.categories, CATEGORY_REQUIRED);
  fillMissing(rows, last.rows, ROW_REQUIRED, ROW_FIELDS);
  // Undoing the add of a category a peer moved rows into deletes it for good (no tombstone):
  // those rows go to the first category rather than leaving the matrix broken.
  const first = readItems(categories)[0]?.id;
  if (first === undefined) return;
  rows.forEach((row) => {
    if (!(row instanceof Y.Map)) return;
    const categoryId = row.get('categoryId');
    if (row.get(REMOVED) !== true && typeof categoryId === 'string' && !categories.has(categoryId))
      row.set('categoryId', first);
  });
}
