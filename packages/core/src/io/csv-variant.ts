import { type RoleLetter, type RoleVariant, roleLetters } from '../matrix/roles';
import type { CsvIssue } from './csv-issue';
import { csvIssue } from './csv-issue';

/**
 * The variant the letters in a sheet suggest: any `D` → DACI, else any `S` → RASCI, else RACI.
 *
 * @example
 * detectVariant(new Set(['R', 'A', 'S'])); // 'rasci'
 */
export function detectVariant(letters: ReadonlySet<RoleLetter>): RoleVariant {
  if (letters.has('D')) return 'daci';
  return letters.has('S') ? 'rasci' : 'raci';
}

/** Where a cell came from, to place a warning about its letters. */
export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly draft: number;
  readonly partyId: string;
  readonly roles: readonly RoleLetter[];
}

/**
 * A warning for each cell holding letters outside `variant`. The letters are kept (the model
 * allows them) so that validation flags them in context rather than the import hiding them.
 *
 * @example
 * variantWarnings(cells, 'raci'); // [{ code: 'letter_not_in_variant', … }] for an `S`
 */
export function variantWarnings(
  cells: Iterable<PlacedCell>,
  variant: RoleVariant,
): { issue: CsvIssue; draft: number; partyId: string }[] {
  const allowed = new Set(roleLetters(variant));
  const found: { issue: CsvIssue; draft: number; partyId: string }[] = [];
  for (const cell of cells) {
    const stray = cell.roles.filter((letter) => !allowed.has(letter));
    if (stray.length === 0) continue;
    const message =
      `${stray.join(', ')} ${stray.length > 1 ? 'are not letters' : 'is not a letter'} of ` +
      `${variant.toUpperCase()}; kept for validation to flag.`;
    found.push({
      issue: csvIssue(cell.row, cell.column, 'letter_not_in_variant', message),
      draft: cell.draft,
      partyId: cell.partyId,
    });
  }
  return found;
}
