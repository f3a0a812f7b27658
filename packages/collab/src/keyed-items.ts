import { sameJson } from '@tandem/core';
import * as Y from 'yjs';
import { byKey, reorderKeys } from './order-keys';

// How a list of items with ids lives in a Y.Doc, for every Tandem document (the matrix's rows,
// parties and categories; a policy's steps and transitions; a routing table's rules). Each item
// is a Y.Map keyed by its id inside one top-level map, so concurrent edits of different fields
// of one item merge field by field; order is a fractional key in the item's `order` field, so a
// move rewrites one key and a concurrent move and edit of the same item both survive. Fields
// that are collections themselves (a row's cells, a step's targets, a rule's conditions) are
// Y.Maps of their own, so edits inside them merge too.

export const ORDER = 'order';
/** Marks a removed item kept as a tombstone, for kinds a peer may still point at. */
export const REMOVED = 'removed';

/** An item as plain data: its id and fields. */
export type Item = { readonly id: string } & Readonly<Record<string, unknown>>;

/**
 * `value` as ordinary JSON objects and arrays. Yjs refuses objects without `Object.prototype`
 * ("Unexpected content type"), which hosts' parsers and `Object.create(null)` records produce.
 */
export function plainJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainJson);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    if (item !== undefined) copy[key] = plainJson(item);
  return copy;
}

/** How a field held in a Y.Map of its own is read and written. */
export interface NestedField {
  readonly read: (map: Y.Map<unknown>) => unknown;
  /** Writes the difference between `before` (what the map holds, as read) and `after`. */
  readonly write: (map: Y.Map<unknown>, before: unknown, after: unknown) => void;
}

/** Nested fields by field name. */
export type NestedFields = Readonly<Record<string, NestedField>>;

/** A record field (cells by party id, conditions by attribute) written key by key. */
export const recordField: NestedField = {
  read: (map) => map.toJSON(),
  write(map, before, after) {
    const old = (before ?? {}) as Record<string, unknown>;
    const now = after as Record<string, unknown>;
    for (const key of Object.keys(old)) {
      if (now[key] === undefined && map.has(key)) map.delete(key);
    }
    for (const [key, value] of Object.entries(now)) {
      if (value !== undefined && (!map.has(key) || !sameJson(old[key], value)))
        map.set(key, plainJson(value));
    }
  },
};

/**
 * A list field whose entries have no id (a step's targets): each entry is keyed by its own
 * content and how many equal entries come before it, and ordered by a fractional key, so two
 * peers adding different entries keep both and a reorder rewrites only the keys that moved.
 */
export const listField: NestedField = {
  read(map) {
    const entries: { key: string; id: string; value: unknown }[] = [];
    map.forEach((entry, id) => {
      // An entry without an order key is a bad client's write: passed on for the parser.
      const { order, value } = (entry ?? {}) as { order?: unknown; value?: unknown };
      entries.push({ key: String(order), id, value: typeof order === 'string' ? value : entry });
    });
    return entries.sort(byKey).map(({ value }) => value);
  },
  write(map, _before, after) {
    const seen = new Map<string, number>();
    const wanted = (after as readonly unknown[]).map((value) => {
      const content = canonicalJson(value);
      const n = seen.get(content) ?? 0;
      seen.set(content, n + 1);
      return { id: `${content}#${n}`, value };
    });
    const ids = new Set(wanted.map(({ id }) => id));
    for (const id of [...map.keys()]) if (!ids.has(id)) map.delete(id);
    const current = new Map<string, string>();
    for (const { id } of wanted) {
      const entry = map.get(id) as { order: string } | undefined;
      if (entry) current.set(id, entry.order);
    }
    const keys = reorderKeys(
      wanted.map(({ id }) => id),
      current,
    );
    for (const { id, value } of wanted) {
      const order = keys.get(id);
      if (order !== undefined) map.set(id, { order, value: plainJson(value) });
    }
  },
};

/** The Y.Map of item `id`, or `undefined` when there is none (or a bad client's junk instead). */
function entryOf(map: Y.Map<Y.Map<unknown>>, id: string): Y.Map<unknown> | undefined {
  const entry: unknown = map.get(id);
  return entry instanceof Y.Map ? entry : undefined;
}

/** JSON with object keys sorted, so equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The items of `map` in key order, each as plain data without its `order`. Removed items
 * (tombstones) are left out, unless `withRemoved` asks for them, marked `removed`.
 */
export function readItems(
  map: Y.Map<Y.Map<unknown>>,
  nested: NestedFields = {},
  withRemoved = false,
): Item[] {
  const keyed: { key: string; id: string; item: Item }[] = [];
  map.forEach((entry, id) => {
    // Anything but a Y.Map here is a bad client's write: an item with no fields, which every
    // reader leaves out as incomplete.
    if (!(entry instanceof Y.Map)) {
      keyed.push({ key: '', id, item: { id } });
      return;
    }
    if (!withRemoved && entry.get(REMOVED) === true) return;
    const { key, item } = readItem(entry, id, nested);
    keyed.push({ key, id, item });
  });
  return keyed.sort(byKey).map(({ item }) => item);
}

/** One item's fields as plain data (its order key apart), nested fields read as `nested` says. */
export function readItem(
  entry: Y.Map<unknown>,
  id: string,
  nested: NestedFields = {},
): { key: string; item: Item } {
  const item: Record<string, unknown> = { id };
  let key = '';
  entry.forEach((value, field) => {
    if (field === ORDER) key = String(value);
    // A nested field that is not a Y.Map is a bad client's write: passed on for the parser.
    else if (Object.hasOwn(nested, field) && value instanceof Y.Map)
      item[field] = (nested[field] as NestedField).read(value);
    else item[field] = value;
  });
  return { key, item: item as Item };
}

/**
 * Whether `item` holds every one of `fields`. An undo racing a peer's edit of the same field can
 * leave it with no value, and when no valid version knows the item either (it was removed then)
 * nothing can set it back: such an item is left out until someone writes it whole again.
 */
export function hasFields(item: Item, fields: readonly string[]): boolean {
  return fields.every((field) => item[field] !== undefined);
}

/**
 * The live items of `items` (read `withRemoved`), plus the removed ones `needed` still names:
 * a peer that concurrently pointed at an item another removed brings it back.
 */
export function liveOrNeeded(items: readonly Item[], needed: ReadonlySet<unknown>): Item[] {
  return items
    .filter((item) => item[REMOVED] !== true || needed.has(item.id))
    .map(({ [REMOVED]: _, ...item }) => item as Item);
}

/** The new order keys the items of `list` need to stand in that order in `map`. */
export function orderKeys(
  map: Y.Map<Y.Map<unknown>>,
  list: readonly { id: string }[],
): Map<string, string> {
  const current = new Map<string, string>();
  for (const { id } of list) {
    const key = entryOf(map, id)?.get(ORDER);
    if (typeof key === 'string') current.set(id, key);
  }
  return reorderKeys(
    list.map(({ id }) => id),
    current,
  );
}

/** Sets `field` of `map` to `value` unless it holds an equal one already; `undefined` deletes it. */
export function setField<V>(map: Y.Map<V>, field: string, value: V | undefined): void {
  if (value === undefined) {
    if (map.has(field)) map.delete(field);
  } else if (!map.has(field) || !sameJson(map.get(field), value))
    map.set(field, plainJson(value) as V);
}

/**
 * Sets back the required `fields` of `items` (a last valid version) that their live entries in
 * `map` have lost, leaving every other field, item and order key alone. Yjs's undo of a field a
 * peer set at the same moment can leave the field with no value at all; this puts the last
 * known one back. (Only required fields: an optional one may be gone on purpose.)
 */
export function fillMissing(
  map: Y.Map<Y.Map<unknown>>,
  items: readonly { readonly id: string }[],
  fields: readonly string[],
  nested: NestedFields = {},
): void {
  for (const item of items) {
    // A tombstone is filled too: one a peer still points at is shown (a category with rows).
    const entry = entryOf(map, item.id);
    if (!entry) continue;
    for (const field of fields) {
      const value = (item as Record<string, unknown>)[field];
      if (value === undefined || entry.has(field)) continue;
      const kind = Object.hasOwn(nested, field) ? nested[field] : undefined;
      if (kind) {
        const inner = new Y.Map<unknown>();
        entry.set(field, inner);
        kind.write(inner, undefined, value);
      } else entry.set(field, plainJson(value));
    }
  }
}

/** Options of {@link writeItems}. */
export interface WriteItemsOptions {
  /** Keep removed items as tombstones (for kinds a peer's concurrent edit may still name). */
  readonly tombstone?: boolean;
  readonly nested?: NestedFields;
}

/**
 * Writes the difference between `before` (what `map` holds, as read) and `after`: removed items
 * deleted (or marked), new ones created, changed fields set, and the order keys of `keys`.
 */
export function writeItems<T extends { readonly id: string }>(
  map: Y.Map<Y.Map<unknown>>,
  before: readonly T[],
  after: readonly T[],
  keys: ReadonlyMap<string, string>,
  options: WriteItemsOptions = {},
): void {
  const previous = new Map(before.map((item) => [item.id, item]));
  const present = new Set(after.map((item) => item.id));
  for (const item of before) {
    if (present.has(item.id)) continue;
    if (options.tombstone) entryOf(map, item.id)?.set(REMOVED, true);
    else map.delete(item.id);
  }
  for (const item of after) {
    let entry = entryOf(map, item.id);
    if (!entry) {
      entry = new Y.Map<unknown>();
      map.set(item.id, entry);
    } else if (!previous.has(item.id)) {
      // A new item under the id of a tombstone (or of one left out as incomplete) starts clean:
      // none of the old item's fields may leak into it.
      for (const field of [...entry.keys()]) if (field !== ORDER) entry.delete(field);
    }
    if (entry.has(REMOVED)) entry.delete(REMOVED);
    const key = keys.get(item.id);
    if (key !== undefined) entry.set(ORDER, key);
    writeFields(entry, previous.get(item.id), item, options.nested ?? {});
  }
}

/** Sets the fields of `item` that differ from `before` (nested ones inside them), deletes the gone. */
function writeFields(
  entry: Y.Map<unknown>,
  before: object | undefined,
  item: object,
  nested: NestedFields,
): void {
  const old = (before ?? {}) as Record<string, unknown>;
  const now = item as Record<string, unknown>;
  for (const field of Object.keys(old)) {
    if (field !== 'id' && now[field] === undefined && entry.has(field)) entry.delete(field);
  }
  for (const [field, value] of Object.entries(now)) {
    if (field === 'id' || value === undefined) continue;
    const kind = Object.hasOwn(nested, field) ? nested[field] : undefined;
    if (kind) {
      let map = entry.get(field) as Y.Map<unknown> | undefined;
      if (!(map instanceof Y.Map)) {
        map = new Y.Map<unknown>();
        entry.set(field, map);
      }
      kind.write(map, old[field], value);
    } else if (!entry.has(field) || !sameJson(old[field], value)) {
      entry.set(field, plainJson(value));
    }
  }
}
