import { expectTypeOf, test } from 'vitest';
import {
  type ParseResult,
  type RoleLetter,
  sortRoles,
  type TandemError,
  tandemError,
} from './index';

test('public types', () => {
  expectTypeOf(sortRoles(['R'])).toEqualTypeOf<RoleLetter[]>();
  expectTypeOf(tandemError('E1', 'x')).toEqualTypeOf<TandemError>();
  // @ts-expect-error codes start with E
  tandemError('X1', 'x');
  const result = {} as ParseResult<number>;
  if (result.ok) expectTypeOf(result.value).toEqualTypeOf<number>();
  else
    expectTypeOf(result.issues[0]?.path).toEqualTypeOf<readonly (string | number)[] | undefined>();
});
