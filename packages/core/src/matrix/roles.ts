/**
 * Responsibility-assignment variants. RACI is the default; RASCI adds Support, DACI names the
 * Driver and Approver of a decision. Each variant lists its letters in display order.
 */
export const ROLE_VARIANTS = {
  raci: {
    letters: ['R', 'A', 'C', 'I'],
    names: { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' },
  },
  rasci: {
    letters: ['R', 'A', 'S', 'C', 'I'],
    names: { R: 'Responsible', A: 'Accountable', S: 'Support', C: 'Consulted', I: 'Informed' },
  },
  daci: {
    letters: ['D', 'A', 'C', 'I'],
    names: { D: 'Driver', A: 'Approver', C: 'Contributor', I: 'Informed' },
  },
} as const;

/** A responsibility-assignment variant: `'raci'`, `'rasci'` or `'daci'`. */
export type RoleVariant = keyof typeof ROLE_VARIANTS;

/** Any letter that some variant allows. */
export type RoleLetter = 'R' | 'A' | 'S' | 'C' | 'I' | 'D';

/** Every letter any variant knows, in one canonical order used to sort mixed lists. */
const CANONICAL_ORDER: readonly RoleLetter[] = ['D', 'R', 'A', 'S', 'C', 'I'];

/**
 * The letters a variant allows, in display order.
 *
 * @example
 * roleLetters('rasci'); // ['R', 'A', 'S', 'C', 'I']
 */
export function roleLetters(variant: RoleVariant = 'raci'): readonly RoleLetter[] {
  return ROLE_VARIANTS[variant].letters;
}

/**
 * Whether `letter` belongs to `variant`.
 *
 * @example
 * isRoleLetter('S', 'raci'); // false
 */
export function isRoleLetter(letter: string, variant: RoleVariant = 'raci'): letter is RoleLetter {
  return (ROLE_VARIANTS[variant].letters as readonly string[]).includes(letter);
}

/**
 * The full name of a letter in a variant, or `undefined` when the variant has no such letter.
 *
 * @example
 * roleName('A', 'daci'); // 'Approver'
 */
export function roleName(letter: RoleLetter, variant: RoleVariant = 'raci'): string | undefined {
  const names: Partial<Record<RoleLetter, string>> = ROLE_VARIANTS[variant].names;
  return names[letter];
}

/**
 * Sorts letters into canonical order (R, A, C, I for RACI) and drops duplicates, so two cells
 * with the same letters always compare equal.
 *
 * @example
 * sortRoles(['I', 'A', 'R', 'A']); // ['R', 'A', 'I']
 */
export function sortRoles(letters: Iterable<RoleLetter>): RoleLetter[] {
  const present = new Set(letters);
  return CANONICAL_ORDER.filter((letter) => present.has(letter));
}
