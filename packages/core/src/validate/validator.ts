import type { MatrixChange } from '../matrix/changes';
import type { Matrix } from '../matrix/model';
import { changeImpact } from './change-impact';
import { createRunContext, finish, moveRunTo, type RunState, runAll } from './engine';
import { patchRows, reorderRows } from './incremental';
import { resolveConfig, type ValidateOptions } from './options';
import { builtInRules } from './rules';
import type { ValidationResult } from './types';

/**
 * A validator that remembers its last run: `validate` checks a whole matrix; `update` takes the
 * next matrix and the changes that produced it and re-checks only the rows they touch.
 * Results share unchanged issues with earlier ones, as matrices share unchanged rows: treat
 * them as read-only.
 *
 * @example
 * const validator: MatrixValidator = createMatrixValidator();
 */
export interface MatrixValidator {
  /** Validates `matrix` from scratch and remembers it. */
  validate(matrix: Matrix): ValidationResult;
  /**
   * Validates `next`, which must be the last matrix with `changes` applied. The result is
   * exactly `validateMatrix(next, options)`, same issues in the same order.
   */
  update(next: Matrix, changes: readonly MatrixChange[]): ValidationResult;
}

/**
 * Creates an incremental validator (a small factory, like `XYDrag(params) → { update }`): after
 * an edit only the touched rows are re-checked and the party and matrix totals adjusted, so an
 * editor can revalidate on every keystroke or drop. Changes to parties or the variant rerun
 * everything; changes to row order or membership reuse every untouched row.
 *
 * @example
 * const validator = createMatrixValidator({ rules: { 'empty-party': 'off' } });
 * let result = validator.validate(matrix);
 * const applied = applyMatrixChanges(matrix, changes);
 * if (applied.ok) result = validator.update(applied.value, changes);
 */
export function createMatrixValidator(options?: ValidateOptions): MatrixValidator {
  const config = resolveConfig(builtInRules, options);
  let state: RunState | undefined;

  const validate = (matrix: Matrix): ValidationResult => {
    state = runAll(config, createRunContext(config, matrix));
    return finish(config, state);
  };

  const update = (next: Matrix, changes: readonly MatrixChange[]): ValidationResult => {
    const impact = changeImpact(changes);
    if (!state || impact.kind === 'full') return validate(next);
    const before = state.run.matrix.rows;
    moveRunTo(state.run, next);
    const carried =
      impact.reordered || next.rows.length !== state.entries.length
        ? reorderRows(config, state, before, impact.rowIds, impact.categoriesMoved)
        : patchRows(config, state, impact.rowIds);
    // A state the changes cannot explain is not patched further: start afresh (the state may
    // be half-adjusted by then, so it is dropped).
    if (!carried) return validate(next);
    state = carried;
    return finish(config, state);
  };

  return { validate, update };
}
