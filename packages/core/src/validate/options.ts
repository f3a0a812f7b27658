import { tandemError } from '../errors';
import { type MatrixMessages, type MessageOverrides, resolveMessages } from './messages';
import type { MatrixRule, MatrixScopeRule, RowRule } from './rule';
import type { JointRowsOptions } from './rules/joint';
import type { OverloadOptions, SinglePointOptions } from './rules/workload';
import type { Severity } from './types';

/**
 * How a host sets one rule: `'off'`, a severity, or a severity and thresholds.
 *
 * @example
 * const setting: RuleSetting<JointRowsOptions> = { severity: 'error', options: { maxRows: 5 } };
 */
export type RuleSetting<Options extends object = Record<string, unknown>> =
  | 'off'
  | Severity
  | { readonly severity?: Severity; readonly options?: Partial<Options> };

/**
 * The thresholds of the built-in rules that have any, by rule id.
 *
 * @example
 * const joint: BuiltInRuleOptions['too-many-joint-rows'] = { maxRows: 5, maxShare: 0.2 };
 */
export interface BuiltInRuleOptions {
  readonly 'too-many-joint-rows': JointRowsOptions;
  readonly 'single-point-of-failure': SinglePointOptions;
  readonly 'overloaded-party': OverloadOptions;
}

/**
 * Settings by rule id: typed thresholds for the built-ins, any rule id for custom rules.
 *
 * @example
 * const rules: RuleSettings = { 'empty-party': 'off', 'overloaded-party': 'warning' };
 */
export type RuleSettings = {
  readonly [Id in keyof BuiltInRuleOptions]?: RuleSetting<BuiltInRuleOptions[Id]>;
} & { readonly [ruleId: string]: RuleSetting };

/**
 * Options of `validateMatrix` and `createMatrixValidator`.
 *
 * @example
 * validateMatrix(matrix, {
 *   rules: { 'single-point-of-failure': { options: { maxRows: 10 } }, 'empty-category': 'off' },
 *   alwaysOpenCalendars: ['noc-follow-the-sun'],
 * });
 */
export interface ValidateOptions {
  readonly rules?: RuleSettings;
  /** Extra rules, run after the built-ins through the same interface. */
  readonly customRules?: readonly MatrixRule[];
  readonly messages?: MessageOverrides;
  /** Calendar ids that are open around the clock; `'24x7'` always is. */
  readonly alwaysOpenCalendars?: readonly string[];
}

/** A rule switched on, with the severity and options the host chose. */
export interface ActiveRule<Rule extends MatrixRule = MatrixRule> {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: object;
}

/** Options turned into what a run needs; resolved once per validator. */
export interface ResolvedConfig {
  readonly rowRules: readonly ActiveRule<RowRule>[];
  readonly matrixRules: readonly ActiveRule<MatrixScopeRule>[];
  /** Ids of the active rules in order, for the summary. */
  readonly ruleIds: readonly string[];
  readonly messages: MatrixMessages;
  readonly alwaysOpen: ReadonlySet<string>;
}

const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);

function settingOf(settings: RuleSettings | undefined, id: string): RuleSetting | undefined {
  return settings && Object.hasOwn(settings, id) ? settings[id] : undefined;
}

function activate<Rule extends MatrixRule>(
  rule: Rule,
  setting: RuleSetting | undefined,
): ActiveRule<Rule> | undefined {
  if (setting === 'off') return undefined;
  const severity = typeof setting === 'string' ? setting : (setting?.severity ?? rule.severity);
  if (!SEVERITIES.has(severity)) {
    throw tandemError(
      'E303',
      `rule "${rule.id}" was given the severity "${String(severity)}"; use 'off', 'error', 'warning' or 'info'.`,
    );
  }
  const overrides = typeof setting === 'object' ? setting.options : undefined;
  const options = overrides ? { ...rule.defaults, ...overrides } : (rule.defaults ?? {});
  return { rule, severity, options };
}

/**
 * Checks the options once and puts the rules in run order: built-ins first, then custom rules.
 * Bad configuration is a programmer error and throws a `[tandem]` error.
 */
export function resolveConfig(
  builtIns: readonly MatrixRule[],
  options: ValidateOptions = {},
): ResolvedConfig {
  const all = [...builtIns, ...(options.customRules ?? [])];
  const seen = new Set<string>();
  for (const rule of all) {
    if (!RULE_ID.test(rule.id)) {
      throw tandemError('E301', `rule id "${rule.id}" is not kebab-case; name it like "my-rule".`);
    }
    if (seen.has(rule.id)) {
      throw tandemError(
        'E302',
        `two rules share the id "${rule.id}"; give the custom rule another id.`,
      );
    }
    seen.add(rule.id);
  }
  for (const id of Object.keys(options.rules ?? {})) {
    if (!seen.has(id)) {
      throw tandemError(
        'E304',
        `options.rules names "${id}", which is no rule; known rules: ${[...seen].join(', ')}.`,
      );
    }
  }
  const rowRules: ActiveRule<RowRule>[] = [];
  const matrixRules: ActiveRule<MatrixScopeRule>[] = [];
  for (const rule of all) {
    const setting = settingOf(options.rules, rule.id);
    if (rule.scope === 'row') {
      const active = activate(rule, setting);
      if (active) rowRules.push(active);
    } else {
      const active = activate(rule, setting);
      if (active) matrixRules.push(active);
    }
  }
  return {
    rowRules,
    matrixRules,
    ruleIds: [...rowRules, ...matrixRules].map((active) => active.rule.id),
    messages: resolveMessages(options.messages),
    alwaysOpen: new Set(['24x7', ...(options.alwaysOpenCalendars ?? [])]),
  };
}
