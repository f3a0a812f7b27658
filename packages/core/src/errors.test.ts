import { describe, expect, it } from 'vitest';
import { isTandemError, tandemError } from './errors';

describe('tandemError', () => {
  it('prefixes the message with the library name and the code', () => {
    const error = tandemError('E012', 'calendar "support" has no open hours.');
    expect(error.message).toBe('[tandem] E012: calendar "support" has no open hours.');
    expect(error.code).toBe('E012');
    expect(isTandemError(error)).toBe(true);
  });

  it('never produces an empty message', () => {
    expect(tandemError('E000', '  ').message).toMatch(/^\[tandem\] E000: \S/);
  });

  it('does not mistake other errors for its own', () => {
    expect(isTandemError(new Error('boom'))).toBe(false);
    expect(isTandemError({ name: 'TandemError', code: 'E1' })).toBe(false);
  });
});
