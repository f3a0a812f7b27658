import type { MatrixRule } from '../rule';
import { accountableExactlyOne, decisionNeedsDecider } from './accountable';
import { complianceClearOwner } from './compliance';
import { coverage24x7 } from './coverage';
import { emptyCategory, emptyParty } from './empty';
import { tooManyJointRows } from './joint';
import { providerFinalAuthority } from './provider-authority';
import { responsibleRequired } from './responsible';
import { variantLetters } from './variant-letters';
import { overloadedParty, singlePointOfFailure } from './workload';

/**
 * The built-in rules, in run order: row rules first (their issues come row by row), then the
 * matrix-wide ones. Hosts switch or tune them with `options.rules` by id.
 *
 * @example
 * builtInRules.map((rule) => `${rule.id} (${rule.severity}): ${rule.description}`);
 */
export const builtInRules: readonly MatrixRule[] = [
  accountableExactlyOne,
  decisionNeedsDecider,
  responsibleRequired,
  variantLetters,
  complianceClearOwner,
  providerFinalAuthority,
  coverage24x7,
  tooManyJointRows,
  singlePointOfFailure,
  overloadedParty,
  emptyParty,
  emptyCategory,
];
