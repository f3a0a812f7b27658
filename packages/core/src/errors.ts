/** The shape of an error thrown by Tandem: a programmer error, never a data problem. */
export interface TandemError extends Error {
  readonly name: 'TandemError';
  /** Stable code such as `E012`, searchable in the docs. */
  readonly code: `E${string}`;
}

/**
 * Builds the error Tandem throws for programmer errors (a bad argument, an impossible
 * configuration). Untrusted data never throws: it goes through a parse function instead.
 * The message carries a `[tandem]` prefix, the code and what to do about it.
 *
 * @example
 * throw tandemError('E012', 'calendar "support" has no open hours; addBusinessTime can never finish.');
 */
export function tandemError(code: `E${string}`, message: string): TandemError {
  if (message.trim() === '') {
    // An empty message is itself a bug; say so rather than throw something unreadable.
    message = 'an error was raised without a message; please report this.';
  }
  const error = new Error(`[tandem] ${code}: ${message}`) as Error & {
    name: 'TandemError';
    code: `E${string}`;
  };
  error.name = 'TandemError';
  error.code = code;
  return error;
}

/**
 * Tells whether a caught value is a {@link TandemError}.
 *
 * @example
 * try { run(); } catch (e) { if (isTandemError(e)) log(e.code); }
 */
export function isTandemError(value: unknown): value is TandemError {
  return (
    value instanceof Error &&
    value.name === 'TandemError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
