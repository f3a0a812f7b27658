// Ids become object keys (a row's cells are keyed by party id), so names that objects inherit
// are refused: `__proto__`, `constructor`, `toString`, … could otherwise read or write through
// the prototype.
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The longest id accepted: ids are keys, not documents. */
export const MAX_ID_LENGTH = 200;

/**
 * Why `id` cannot be used as an id, or `undefined` when it can.
 *
 * @example
 * idProblem('__proto__'); // 'is a name every object inherits'
 * idProblem('backup'); // undefined
 */
export function idProblem(id: unknown): string | undefined {
  if (typeof id !== 'string') return 'must be a string';
  if (id.length === 0) return 'must not be empty';
  if (id.length > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters`;
  if (RESERVED.has(id)) return 'is a name every object inherits (such as __proto__ or constructor)';
  return undefined;
}
