// Small immutable list edits used by the change appliers.

/** A copy of `list` with `item` inserted before position `index`. */
export function insertAt<T>(list: readonly T[], index: number, ...items: T[]): T[] {
  return [...list.slice(0, index), ...items, ...list.slice(index)];
}

/** A copy of `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

/** A copy of `list` with the item at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

/** A copy of `list` with the item at `from` moved so that it ends up at `to`. */
export function moveWithin<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** Whether `index` is a whole number in [0, max]. */
export function isIndexWithin(index: number, max: number): boolean {
  return Number.isInteger(index) && index >= 0 && index <= max;
}
