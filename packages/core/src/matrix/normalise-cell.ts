import { type ChangeRefusal, refuse } from './change-error';
import type { Cell, Qualifier } from './model';
import { type RoleLetter, sortRoles } from './roles';

const LETTERS = new Set<string>(['R', 'A', 'S', 'C', 'I', 'D']);
const KNOWN_QUALIFIERS = new Set<string>([
  'overflow',
  'when-unavailable',
  'after-hours',
  'business-hours',
]);

/** The longest custom qualifier or note accepted. */
export const MAX_NOTE_LENGTH = 2_000;

/** Whether a value is a qualifier the model knows: a known keyword or `{ custom: text }`. */
export function isQualifier(value: unknown): value is Qualifier {
  if (typeof value === 'string') return KNOWN_QUALIFIERS.has(value);
  if (typeof value !== 'object' || value === null) return false;
  const custom = (value as { custom?: unknown }).custom;
  return typeof custom === 'string' && custom.trim() !== '' && custom.length <= MAX_NOTE_LENGTH;
}

/**
 * A cell in canonical form — letters sorted and unique, only the fields that are set — or
 * `null` when nothing is left in it. Refuses unknown letters and malformed qualifiers.
 *
 * @example
 * normaliseCell({ roles: ['A', 'R', 'A'] }, 'cell'); // { roles: ['R', 'A'] }
 * normaliseCell({ roles: [] }, 'cell'); // null
 */
export function normaliseCell(cell: Cell, field: string): Cell | null | ChangeRefusal {
  if (!Array.isArray(cell.roles))
    return refuse('invalid_change', field, 'A cell needs a roles array.');
  for (const letter of cell.roles) {
    if (!LETTERS.has(letter)) {
      return refuse('invalid_change', field, `"${String(letter)}" is not a responsibility letter.`);
    }
  }
  if (cell.qualifier !== undefined && !isQualifier(cell.qualifier)) {
    return refuse('invalid_change', field, 'The qualifier is not one Tandem knows.');
  }
  if (
    cell.note !== undefined &&
    (typeof cell.note !== 'string' || cell.note.length > MAX_NOTE_LENGTH)
  ) {
    return refuse(
      'invalid_change',
      field,
      `A note must be text of at most ${MAX_NOTE_LENGTH} characters.`,
    );
  }
  const roles = sortRoles(cell.roles as RoleLetter[]);
  const note = cell.note === '' ? undefined : cell.note;
  if (roles.length === 0 && cell.qualifier === undefined && note === undefined) return null;
  return {
    roles,
    ...(cell.qualifier !== undefined ? { qualifier: cell.qualifier } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}
