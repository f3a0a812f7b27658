import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from './csv-escape';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a quote', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('R/A')).toBe('R/A');
    expect(neutraliseFormula("'quoted")).toBe("'quoted");
  });

  it('guards text that already starts with a quote before a formula character', () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(restoreFormula("''=x")).toBe("'=x");
  });

  it('never leaves a field that starts with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(neutraliseFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('is undone exactly by restoreFormula', () => {
    const text = fc.stringMatching(/^'{0,3}[=+\-@\t\r'a ]?.{0,5}$/);
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (value) => {
        expect(restoreFormula(neutraliseFormula(value))).toBe(value);
      }),
    );
  });
});
