import { type Matrix, type ParseResult, parseMatrix, sameJson } from '@tandem/core';
import * as Y from 'yjs';
import { byKey, reorderKeys } from './order-keys';

// How a matrix lives in a Y.Doc. Every party, category and row is a Y.Map keyed by its id inside
// one top-level map per kind, so concurrent edits of different fields (or different cells) of
// the same row merge field by field. Order is a fractional key per item (`order`), cells are one
// Y.Map per row keyed by party id, and a removed category stays as a tombstone so that a row a
// peer added to it at the same moment brings it back instead of being orphaned.

/** The names of the top-level shared types a matrix uses in its Y.Doc. */
export const MATRIX_TYPES = {
  meta: 'tandem.matrix.meta',
  parties: 'tandem.matrix.parties',
  categories: 'tandem.matrix.categories',
  rows: 'tandem.matrix.rows',
} as const;

const ORDER = 'order';
const CELLS = 'cells';
const REMOVED = 'removed';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
type Item = { readonly id: string } & Readonly<Record<string, unknown>>;

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
  const partyList = sortedItems(parties);
  const partyIds = new Set(partyList.map((party) => party.id));
  const rowList = sortedItems(rows).map(
    (row): Item => ({
      ...row,
      cells: Object.fromEntries(
        Object.entries(row.cells as Record<string, unknown>).filter(([id]) => partyIds.has(id)),
      ),
    }),
  );
  const used = new Set(rowList.map((row) => row.categoryId as string));
  const categoryList = sortedItems(categories, true).filter(
    (category) => !category[REMOVED] || used.has(category.id),
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
    categories: categoryList.map(({ [REMOVED]: _, ...category }) => category),
    rows: grouped,
  });
}

/** The items of one kind in key order, each as plain data without its `order`. */
function sortedItems(map: Y.Map<Y.Map<unknown>>, keepRemoved = false): Item[] {
  const keyed: { key: string; id: string; item: Item }[] = [];
  map.forEach((entry, id) => {
    const item: Record<string, unknown> = { id };
    let key = '';
    entry.forEach((value, field) => {
      if (field === ORDER) key = String(value);
      else if (field === CELLS) item.cells = (value as Y.Map<unknown>).toJSON();
      else if (field !== REMOVED || keepRemoved) item[field] = value;
    });
    keyed.push({ key, id, item: item as Item });
  });
  return keyed.sort(byKey).map(({ item }) => item);
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
  if (meta.get('variant') !== after.variant) meta.set('variant', after.variant);
  if (after.name === undefined) {
    if (meta.has('name')) meta.delete('name');
  } else if (meta.get('name') !== after.name) meta.set('name', after.name);

  writeItems(parties, before?.parties ?? [], after.parties, orderKeys(parties, after.parties));
  const categoryKeys = orderKeys(categories, after.categories);
  writeItems(categories, before?.categories ?? [], after.categories, categoryKeys, true);
  const rowKeys = new Map<string, string>();
  for (const category of after.categories) {
    const inCategory = after.rows.filter((row) => row.categoryId === category.id);
    for (const [id, key] of orderKeys(rows, inCategory)) rowKeys.set(id, key);
  }
  writeItems(rows, before?.rows ?? [], after.rows, rowKeys);
  // A removed party takes its cells with it, also from rows the diff did not otherwise touch.
  const kept = new Set(after.parties.map((party) => party.id));
  for (const party of before?.parties ?? []) {
    if (kept.has(party.id)) continue;
    rows.forEach((row) => {
      const cells = row.get(CELLS) as Y.Map<unknown> | undefined;
      if (cells?.has(party.id)) cells.delete(party.id);
    });
  }
}

/** The new order keys the items of `list` need to stand in that order in `map`. */
function orderKeys(map: Y.Map<Y.Map<unknown>>, list: readonly { id: string }[]) {
  const current = new Map<string, string>();
  for (const { id } of list) {
    const key = map.get(id)?.get(ORDER);
    if (typeof key === 'string') current.set(id, key);
  }
  return reorderKeys(
    list.map(({ id }) => id),
    current,
  );
}

function writeItems<T extends { readonly id: string }>(
  map: Y.Map<Y.Map<unknown>>,
  before: readonly T[],
  after: readonly T[],
  keys: ReadonlyMap<string, string>,
  tombstone = false,
): void {
  const previous = new Map(before.map((item) => [item.id, item]));
  const present = new Set(after.map((item) => item.id));
  for (const item of before) {
    if (present.has(item.id)) continue;
    if (tombstone) map.get(item.id)?.set(REMOVED, true);
    else map.delete(item.id);
  }
  for (const item of after) {
    let entry = map.get(item.id);
    if (!entry) {
      entry = new Y.Map<unknown>();
      map.set(item.id, entry);
    }
    if (entry.has(REMOVED)) entry.delete(REMOVED);
    const key = keys.get(item.id);
    if (key !== undefined) entry.set(ORDER, key);
    writeFields(entry, previous.get(item.id), item);
  }
}

/** Sets the fields of `item` that differ from `before` (cells cell by cell), deletes the gone. */
function writeFields(entry: Y.Map<unknown>, before: object | undefined, item: object): void {
  const old = (before ?? {}) as Record<string, unknown>;
  const now = item as Record<string, unknown>;
  for (const field of Object.keys(old)) {
    if (field !== 'id' && now[field] === undefined && entry.has(field)) entry.delete(field);
  }
  for (const [field, value] of Object.entries(now)) {
    if (field === 'id' || value === undefined) continue;
    if (field === CELLS) {
      writeCells(
        entry,
        old[CELLS] as Record<string, unknown> | undefined,
        value as Record<string, unknown>,
      );
    } else if (!entry.has(field) || !sameJson(old[field], value)) {
      entry.set(field, value);
    }
  }
}

function writeCells(
  entry: Y.Map<unknown>,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): void {
  let cells = entry.get(CELLS) as Y.Map<unknown> | undefined;
  if (!cells) {
    cells = new Y.Map<unknown>();
    entry.set(CELLS, cells);
  }
  for (const partyId of Object.keys(before ?? {})) {
    if (after[partyId] === undefined && cells.has(partyId)) cells.delete(partyId);
  }
  for (const [partyId, cell] of Object.entries(after)) {
    if (!cells.has(partyId) || !sameJson(before?.[partyId], cell)) cells.set(partyId, cell);
  }
}
