import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInstant } from './instant';

describe('readInstant', () => {
  it('reads UTC texts with and without milliseconds exactly', () => {
    expect(readInstant('2026-03-02T14:00:00Z')).toEqual({
      ms: Date.UTC(2026, 2, 2, 14),
      kind: 'utc',
    });
    expect(readInstant('2026-03-02T14:00:00.250Z')).toEqual({
      ms: Date.UTC(2026, 2, 2, 14, 0, 0, 250),
      kind: 'utc',
    });
  });

  it('refuses a day the month does not have, and calls 1900 unset', () => {
    expect(readInstant('2026-02-29T10:00:00Z').kind).toBe('invalid');
    expect(readInstant('2028-02-29T10:00:00Z').kind).toBe('utc');
    expect(readInstant('1900-01-01T00:00:00Z').kind).toBe('unset');
  });

  // A trailing space skips the digit-by-digit fast path (the general reader trims), so the two
  // readers are compared on the same texts, well-formed or not.
  it('reads UTC texts on the fast path as the general reader does', () => {
    const digit = fc.constantFrom(...'0123456789-:T.Zx');
    const shaped = fc
      .tuple(fc.integer({ min: 1890, max: 2100 }), fc.array(digit, { minLength: 0, maxLength: 3 }))
      .chain(([year]) =>
        fc
          .tuple(
            fc.integer({ min: 0, max: 13 }),
            fc.integer({ min: 0, max: 32 }),
            fc.integer({ min: 0, max: 25 }),
            fc.integer({ min: 0, max: 61 }),
            fc.integer({ min: 0, max: 61 }),
            fc.option(fc.integer({ min: 0, max: 999 })),
          )
          .map(([mo, d, h, mi, s, ms]) => {
            const p = (n: number) => String(n).padStart(2, '0');
            const frac = ms === null ? '' : `.${String(ms).padStart(3, '0')}`;
            return `${year}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}${frac}Z`;
          }),
      );
    let fast = 0;
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ minLength: 20, maxLength: 24 })), (text) => {
        const read = readInstant(text);
        if (read.kind === 'utc') fast++;
        expect(read).toEqual(readInstant(`${text} `));
      }),
      { numRuns: 2000 },
    );
    expect(fast).toBeGreaterThan(100);
  });
});
