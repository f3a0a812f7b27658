/**
 * A copy of `item` with `patch` applied: a value sets the field, `null` removes it, an absent
 * (or undefined) key leaves it alone. Used by the `update*` changes.
 *
 * @example
 * applyPatch({ id: 'a', color: 'red' }, { color: null }); // { id: 'a' }
 */
export function applyPatch<T extends object>(item: T, patch: object): T {
  const next = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

/**
 * The patch that undoes `patch` on `item`: each patched field's old value, or `null` where the
 * field was absent.
 *
 * @example
 * invertPatch({ id: 'a' }, { color: 'red' }); // { color: null }
 */
export function invertPatch(item: object, patch: object): Record<string, unknown> {
  const inverse: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    inverse[key] = Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : null;
  }
  return inverse;
}
