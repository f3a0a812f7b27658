import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { instantMs } from './instant';

/**
 * Reads an instant option (`--at`, `--until`): ISO 8601 with an offset, or epoch ms. A bad
 * value is a usage error (exit 2) that says what is expected.
 *
 * @example
 * program.option('--at <instant>', 'compute at this instant', instantOption);
 */
export function instantOption(value: string): number {
  const ms = instantMs(/^-?\d+$/.test(value) ? Number(value) : value);
  if (ms !== undefined) return ms;
  throw new InvalidArgumentError(
    'expected an ISO 8601 date-time with an offset (2026-03-02T09:00:00Z) or epoch ms.',
  );
}

/**
 * Reads a whole-number option of at least `min`.
 *
 * @example
 * program.option('--workers <n>', 'worker threads', countOption(1));
 */
export function countOption(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (Number.isInteger(n) && n >= min) return n;
    throw new InvalidArgumentError(`expected a whole number of at least ${min}.`);
  };
}

/**
 * How many worker threads to start by default: one per core the process may use.
 *
 * @example
 * const workers = options.workers ?? defaultWorkers();
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
