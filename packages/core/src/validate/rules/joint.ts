import { type MatrixScopeRule, NO_FINDINGS } from '../rule';

/**
 * Thresholds of `too-many-joint-rows`: more than either is too many.
 *
 * @example
 * const strict: JointRowsOptions = { maxRows: 2, maxShare: 0.1 };
 */
export interface JointRowsOptions {
  /** Joint rows allowed before warning. Default 3. */
  readonly maxRows: number;
  /** Share of all rows allowed to be joint, as a fraction. Default 0.25. */
  readonly maxShare: number;
}

/**
 * `too-many-joint-rows` (warning): more rows are joint — owned on both the internal and the
 * provider side, as `rowLane` says — than `maxRows` (default 3) or than `maxShare` of all rows
 * (default 25%). "Joint" on a few rows is a handshake; on many it is work owned by nobody. The
 * issue lists every joint row; deciding which side takes each is left to people, so it offers
 * no fix.
 *
 * @example
 * validateMatrix(matrix, { rules: { 'too-many-joint-rows': { options: { maxRows: 5, maxShare: 0.1 } } } });
 */
export const tooManyJointRows: MatrixScopeRule<JointRowsOptions> = {
  id: 'too-many-joint-rows',
  scope: 'matrix',
  severity: 'warning',
  description: 'Only a few rows are owned jointly by both sides.',
  defaults: { maxRows: 3, maxShare: 0.25 },
  check(facts, context) {
    const { maxRows, maxShare } = context.options;
    const count = facts.jointRows;
    const total = facts.rows.length;
    if (count <= maxRows && count <= maxShare * total) return NO_FINDINGS;
    return [
      {
        message: context.messages['too-many-joint-rows']({ count, total, maxRows, maxShare }),
        rowIds: facts.jointRowIds(),
        partyIds: [],
        fixes: [],
      },
    ];
  },
};
