import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OutputBytes, outputBytes } from './output-bytes';

const utf8 = (text: string) => new TextEncoder().encode(text);
const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);

function writesAsStringify<T>(
  values: fc.Arbitrary<T>,
  write: (out: OutputBytes, value: T) => void,
  numRuns: number,
) {
  fc.assert(
    fc.property(values, (value) => {
      const out = outputBytes(0);
      write(out, value);
      expect(out.take()).toEqual(utf8(JSON.stringify(value)));
    }),
    { numRuns },
  );
}

describe('outputBytes', () => {
  it('writes numbers as JSON.stringify does, whole, fractional, huge, tiny and not finite', () => {
    const special = [0, -0, 1, -1, 9, 10, 99, 100, 1e9 - 1, 1e9, 1e9 + 1, 1778076360000, 2 ** 31];
    const edges = [2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 1e21, 1e-7, 33.333333333333336, NaN];
    const numbers = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.maxSafeInteger(),
      fc.constantFrom(...special, ...edges, Infinity, -Infinity, -1.7976931348623157e308),
    );
    writesAsStringify(numbers, (out, value) => out.number(value), 2000);
  });

  it('writes strings as JSON.stringify does, escapes and lone surrogates included', () => {
    writesAsStringify(anyString, (out, value) => out.string(value), 500);
  });

  it('encodes text as TextEncoder does and grows past any start size', () => {
    fc.assert(
      fc.property(fc.array(anyString), fc.integer({ min: 0, max: 64 }), (texts, capacity) => {
        const out = outputBytes(capacity);
        for (const text of texts) {
          out.text(text);
          out.byte(0x0a);
        }
        expect(out.take()).toEqual(utf8(texts.map((text) => `${text}\n`).join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('drops what came after a mark, and starts over once taken', () => {
    const out = outputBytes(4);
    out.text('{"id":1}');
    const mark = out.size;
    out.text('{"half');
    out.truncate(mark);
    out.fragment(utf8('\n'));
    expect(new TextDecoder().decode(out.take())).toBe('{"id":1}\n');
    expect(out.size).toBe(0);
    expect(out.take()).toEqual(new Uint8Array(0));
  });

  it('hands out the buffer it wrote in and goes on in the spare, leaving what was taken intact', () => {
    const out = outputBytes(64);
    out.text('first');
    const first = out.take();
    const spare = new ArrayBuffer(64);
    out.text('second');
    const second = out.take(spare);
    out.text('third!');
    const third = out.take();
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    expect([decode(first), decode(second), decode(third)]).toEqual(['first', 'second', 'third!']);
    // The third was written in the spare, without a copy.
    expect(third.buffer).toBe(spare);
    expect(first.buffer).not.toBe(second.buffer);
  });
});
