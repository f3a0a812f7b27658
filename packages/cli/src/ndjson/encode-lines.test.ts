import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLines } from './encode-lines';

const joined = (lines: readonly string[]) =>
  new TextEncoder().encode(lines.map((line) => `${line}\n`).join(''));

describe('encodeLines', () => {
  it('gives the bytes of the lines joined with line breaks, a last one included', () => {
    expect(new TextDecoder().decode(encodeLines(['{"id":1}', '{"id":2}'], 16))).toBe(
      '{"id":1}\n{"id":2}\n',
    );
    expect(encodeLines([], 0)).toEqual(new Uint8Array(0));
  });

  it('grows past the one byte per character it starts with for non-ASCII text', () => {
    const lines = ['{"name":"Zoë"}', '{"name":"東京"}', '😀', '', 'x'];
    const chars = lines.reduce((sum, line) => sum + line.length, 0);
    expect(encodeLines(lines, chars)).toEqual(joined(lines));
  });

  it('encodes any lines as TextEncoder does, lone surrogates included, whatever the start size', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        ),
        fc.integer({ min: 0, max: 64 }),
        (lines, chars) => {
          expect(encodeLines(lines, chars)).toEqual(joined(lines));
        },
      ),
      { numRuns: 300 },
    );
  });
});
