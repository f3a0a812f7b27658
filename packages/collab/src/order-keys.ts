import { generateNKeysBetween } from 'fractional-indexing';

// Order lives in fractional keys, one per item, not in a Y.Array's positions: a move rewrites one
// key, so a concurrent move and an edit of the same item both survive, and two moves of different
// items never fight over the same slots.

/** Compares two keyed items: by key, then by id, so equal keys from concurrent inserts still sort. */
export function byKey(a: { key: string; id: string }, b: { key: string; id: string }): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * New keys for the items of `ids` (in their wanted order) that are out of place, given the keys
 * they hold now (`current`, missing for new items). The longest run already in order keeps its
 * keys, so moving one item rewrites one key; the rest get keys between their neighbours.
 *
 * @example
 * reorderKeys(['b', 'a'], new Map([['a', 'a0'], ['b', 'a1']])); // Map { 'b' => 'Zz' }: b moves before a
 */
export function reorderKeys(
  ids: readonly string[],
  current: ReadonlyMap<string, string>,
): Map<string, string> {
  const keep = keptInOrder(ids, current);
  const assigned = new Map<string, string>();
  let i = 0;
  while (i < ids.length) {
    if (keep.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < ids.length && !keep.has(j)) j++;
    const before =
      i > 0 ? (current.get(ids[i - 1] as string) ?? assigned.get(ids[i - 1] as string)) : null;
    const after = j < ids.length ? (current.get(ids[j] as string) as string) : null;
    if (before != null && after != null && before >= after) return renumber(ids);
    const keys = generateNKeysBetween(before ?? null, after, j - i);
    for (let k = i; k < j; k++) assigned.set(ids[k] as string, keys[k - i] as string);
    i = j;
  }
  return assigned;
}

/** Fresh, evenly spread keys for every item: the way out when concurrent inserts share a key. */
function renumber(ids: readonly string[]): Map<string, string> {
  const keys = generateNKeysBetween(null, null, ids.length);
  return new Map(ids.map((id, i) => [id, keys[i] as string]));
}

/**
 * The positions of `ids` whose current keys form the longest strictly increasing run (by key,
 * then id): those items are already in order relative to each other.
 */
function keptInOrder(ids: readonly string[], current: ReadonlyMap<string, string>): Set<number> {
  const items: { index: number; key: string; id: string }[] = [];
  ids.forEach((id, index) => {
    const key = current.get(id);
    if (key !== undefined) items.push({ index, key, id });
  });
  // Patience sorting: tails[k] is the item ending the best run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(items.length).fill(-1);
  items.forEach((item, n) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byKey(items[tails[mid] as number] as typeof item, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[n] = tails[lo - 1] as number;
    tails[lo] = n;
  });
  const kept = new Set<number>();
  for (let n = tails.at(-1) ?? -1; n >= 0; n = previous[n] as number) {
    kept.add((items[n] as (typeof items)[number]).index);
  }
  return kept;
}
