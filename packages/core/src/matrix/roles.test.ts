import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRoleLetter, type RoleLetter, roleLetters, roleName, sortRoles } from './roles';

const anyLetter = fc.constantFrom<RoleLetter>('R', 'A', 'S', 'C', 'I', 'D');

describe('sortRoles', () => {
  it('puts RACI letters in R, A, C, I order', () => {
    expect(sortRoles(['I', 'C', 'A', 'R'])).toEqual(['R', 'A', 'C', 'I']);
  });

  it('drops repeated letters', () => {
    expect(sortRoles(['A', 'A', 'R', 'R'])).toEqual(['R', 'A']);
  });

  it('returns an empty list for an unassigned cell', () => {
    expect(sortRoles([])).toEqual([]);
  });

  it('is idempotent and ignores input order', () => {
    fc.assert(
      fc.property(fc.array(anyLetter), (letters) => {
        const once = sortRoles(letters);
        expect(sortRoles(once)).toEqual(once);
        expect(sortRoles([...letters].reverse())).toEqual(once);
        expect(new Set(once)).toEqual(new Set(letters));
      }),
    );
  });
});

describe('role variants', () => {
  it('lists the letters of each variant in display order', () => {
    expect(roleLetters()).toEqual(['R', 'A', 'C', 'I']);
    expect(roleLetters('rasci')).toEqual(['R', 'A', 'S', 'C', 'I']);
    expect(roleLetters('daci')).toEqual(['D', 'A', 'C', 'I']);
  });

  it('names a letter by its meaning in the chosen variant', () => {
    expect(roleName('A')).toBe('Accountable');
    expect(roleName('A', 'daci')).toBe('Approver');
    expect(roleName('S', 'rasci')).toBe('Support');
  });

  it('rejects a letter the variant does not allow', () => {
    expect(isRoleLetter('S', 'raci')).toBe(false);
    expect(isRoleLetter('D', 'raci')).toBe(false);
    expect(isRoleLetter('r', 'raci')).toBe(false);
    expect(roleName('S', 'raci')).toBeUndefined();
  });
});
