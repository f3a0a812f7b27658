// The public face of validation; `src/index.ts` re-exports it.
export {
  englishMessages,
  type FixLabels,
  type IssueMessages,
  type MatrixMessages,
  type MessageOverrides,
} from './messages';
export type { BuiltInRuleOptions, RuleSetting, RuleSettings, ValidateOptions } from './options';
export {
  type Finding,
  type MatrixFacts,
  type MatrixRule,
  type MatrixScopeRule,
  NO_FINDINGS,
  type PartyInfo,
  type RowFacts,
  type RowRule,
  type RuleContext,
} from './rule';
export { builtInRules } from './rules/index';
export type { JointRowsOptions } from './rules/joint';
export type { OverloadOptions, SinglePointOptions } from './rules/workload';
export type {
  MatrixFix,
  MatrixIssue,
  Severity,
  ValidationResult,
  ValidationSummary,
} from './types';
export { validateMatrix } from './validate-matrix';
export { createMatrixValidator, type MatrixValidator } from './validator';
export { worstSeverity } from './worst-severity';
