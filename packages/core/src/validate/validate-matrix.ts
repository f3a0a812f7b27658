import type { Matrix } from '../matrix/model';
import { createRunContext, finish, runAll } from './engine';
import { resolveConfig, type ValidateOptions } from './options';
import { builtInRules } from './rules';
import type { ValidationResult } from './types';

/**
 * Checks a matrix for the mistakes that make co-management fail: rows with no or several
 * Accountable parties, nobody Responsible, decisions without a decider, too many joint rows,
 * compliance rows without one clear owner, the provider approving its own access, 24/7 rows
 * without round-the-clock cover, single points of failure, overloaded or empty parties, empty
 * categories and letters the variant does not use. Pure: plain data in, plain data out.
 *
 * For an editor that revalidates on every change, `createMatrixValidator` gives the same
 * result by re-checking only the rows a change touches.
 *
 * @example
 * const { issues, summary } = validateMatrix(matrix, { rules: { 'empty-party': 'off' } });
 * if (summary.errors > 0) console.log(issues[0]?.message);
 */
export function validateMatrix(matrix: Matrix, options?: ValidateOptions): ValidationResult {
  const config = resolveConfig(builtInRules, options);
  return finish(config, runAll(config, createRunContext(config, matrix)));
}
