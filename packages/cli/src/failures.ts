import { EXIT, type ExitCode } from './exit-codes';

/**
 * Why a command stopped before doing its work: a usage mistake (exit 2) or input whose content
 * is wrong (exit 1). `lines` are printed to stderr as they are, one per problem, each naming its
 * file and where in it (`policy.json: priorities.P1.response.minutes: Must be …`).
 *
 * @example
 * throw commandFailure('usage', ['tickets.ndjson: no such file.']);
 */
export interface CommandFailure {
  readonly kind: 'tandem-command-failure';
  readonly exitCode: ExitCode;
  readonly lines: readonly string[];
}

/**
 * Builds a {@link CommandFailure}, to be thrown by a command and printed by the program.
 *
 * @example
 * throw commandFailure('input', issues.map((issue) => `${file}: ${issue}`));
 */
export function commandFailure(why: 'usage' | 'input', lines: readonly string[]): CommandFailure {
  const exitCode = why === 'usage' ? EXIT.usage : EXIT.problems;
  return { kind: 'tandem-command-failure', exitCode, lines };
}

/**
 * Whether a thrown value is a {@link CommandFailure}.
 *
 * @example
 * catch (error) { if (isCommandFailure(error)) process.exitCode = error.exitCode; else throw error; }
 */
export function isCommandFailure(value: unknown): value is CommandFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'tandem-command-failure'
  );
}
