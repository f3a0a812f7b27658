/**
 * Whether two JSON values are equal, whatever the order of their objects' keys. Arrays keep
 * their order: a moved row is a change.
 *
 * @example
 * sameJson({ a: 1, b: [2] }, { b: [2], a: 1 }); // true
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  // Keys whose value is undefined are absent in JSON.
  const keys = (value: object) =>
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key]) => key);
  const aKeys = keys(a);
  if (aKeys.length !== keys(b).length) return false;
  const bRecord = b as Record<string, unknown>;
  const aRecord = a as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameJson(aRecord[key], bRecord[key]));
}
