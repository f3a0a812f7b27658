import { describe, expect, it } from 'vitest';
import { fail, formatPath, ok } from './result';

describe('formatPath', () => {
  it('joins names with dots and indexes with brackets', () => {
    expect(formatPath(['rows', 3, 'name'])).toBe('rows[3].name');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['cells', 'row-1', 'msp noc'])).toBe('cells["row-1"]["msp noc"]');
  });

  it('names the root when the path is empty', () => {
    expect(formatPath([])).toBe('(root)');
  });
});

describe('ok and fail', () => {
  it('build the two halves of a parse result', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    const issues = [{ path: [], code: 'invalid_type', message: 'Expected an object.' }];
    expect(fail(issues)).toEqual({ ok: false, issues });
  });
});
