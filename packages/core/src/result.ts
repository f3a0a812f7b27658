/**
 * One problem found in untrusted input. `path` addresses the offending value the way zod does:
 * property names and array indexes from the root of the input.
 *
 * @example
 * const issue: Issue = { path: ['rows', 3, 'name'], code: 'too_small', message: 'Row name is empty.' };
 */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * What every parse function returns: the typed value, or every issue found. Parse functions never
 * throw, so a host can hand them anything it received.
 *
 * @example
 * const result = parseSomething(json);
 * if (!result.ok) console.table(result.issues);
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Wraps a value as a successful {@link ParseResult}.
 *
 * @example
 * ok(42); // { ok: true, value: 42 }
 */
export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/**
 * Wraps issues as a failed {@link ParseResult}.
 *
 * @example
 * fail([{ path: [], code: 'invalid_type', message: 'Expected an object.' }]);
 */
export function fail<T = never>(issues: readonly Issue[]): ParseResult<T> {
  return { ok: false, issues };
}

/**
 * Renders a path for people: `rows[3].name`.
 *
 * @example
 * formatPath(['rows', 3, 'name']); // 'rows[3].name'
 * formatPath([]); // '(root)'
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
