/**
 * What `tandem` exits with, the same for every command:
 *
 * - `0`: done, nothing wrong found;
 * - `1`: done, but problems were found: validation errors, bad records, input that could not be
 *   read (each reported on stderr, or in the report);
 * - `2`: not run as asked: an unknown command or option, a missing argument, a file that does not
 *   exist or whose kind is unknown.
 *
 * @example
 * process.exitCode = summary.errors > 0 ? EXIT.problems : EXIT.ok;
 */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** One of {@link EXIT}'s codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
