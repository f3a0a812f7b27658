import { expectTypeOf, test } from 'vitest';
import type { Matrix } from '../matrix/model';
import {
  createMatrixValidator,
  type MatrixRule,
  NO_FINDINGS,
  type RowRule,
  type Severity,
  type ValidateOptions,
  type ValidationResult,
  validateMatrix,
} from './index';

declare const matrix: Matrix;

test('validation types', () => {
  expectTypeOf(validateMatrix(matrix)).toEqualTypeOf<ValidationResult>();
  expectTypeOf(createMatrixValidator().update(matrix, [])).toEqualTypeOf<ValidationResult>();
  expectTypeOf(validateMatrix(matrix).issues[0]?.severity).toEqualTypeOf<Severity | undefined>();

  // Built-in thresholds are typed by rule id; custom rule ids take any setting.
  const options: ValidateOptions = {
    rules: {
      'too-many-joint-rows': { options: { maxRows: 5 } },
      'empty-party': 'off',
      'my-custom-rule': { severity: 'info', options: { anything: true } },
    },
  };
  expectTypeOf(options).toMatchTypeOf<ValidateOptions>();
  const wrong: ValidateOptions = {
    // @ts-expect-error the joint-rows threshold is a number
    rules: { 'too-many-joint-rows': { options: { maxRows: 'five' } } },
  };
  expectTypeOf(wrong).toMatchTypeOf<ValidateOptions>();
  // @ts-expect-error severities are error, warning or info
  validateMatrix(matrix, { rules: { 'empty-party': 'fatal' } });

  // A rule with its own options type fits a list of rules.
  const typed: RowRule<{ max: number }> = {
    id: 'typed',
    scope: 'row',
    severity: 'info',
    description: 'Typed options.',
    defaults: { max: 1 },
    check: (_, context) => {
      expectTypeOf(context.options.max).toEqualTypeOf<number>();
      return NO_FINDINGS;
    },
  };
  expectTypeOf([typed]).toMatchTypeOf<MatrixRule[]>();
});
