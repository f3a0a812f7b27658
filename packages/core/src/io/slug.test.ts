import { describe, expect, it } from 'vitest';
import { uniqueId } from './slug';

describe('uniqueId', () => {
  it('numbers repeats of one base from 2, skipping ids already taken', () => {
    const taken = new Set(['patching-3']);
    const ids = Array.from({ length: 4 }, () => uniqueId('patching', taken));
    expect(ids).toEqual(['patching', 'patching-2', 'patching-4', 'patching-5']);
  });

  it('keeps counting per set, so thousands of repeated names stay unique', () => {
    const taken = new Set<string>();
    const ids = Array.from({ length: 20_000 }, () => uniqueId('patch-servers', taken));
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.at(-1)).toBe('patch-servers-20000');
    // Another set starts again from the base.
    expect(uniqueId('patch-servers', new Set())).toBe('patch-servers');
  });
});
