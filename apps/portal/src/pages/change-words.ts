import { type Cell, findRow, type Matrix, type Qualifier } from '@tandem/core';
import { QUALIFIER_LABELS } from '@tandem/core/io';

// Small English helpers shared by the audit sentences and the quarterly review. Audit data is
// read loosely, so each helper copes with a missing or odd value instead of throwing.

/**
 * A name in quotes, as sentences cite rows, steps and rules.
 *
 * @example
 * quoted('Backup'); // '"Backup"'
 */
export function quoted(text: string): string {
  return `"${text}"`;
}

/**
 * Items as an English list: `A`, `A and B`, `A, B and C`; `nothing` when empty.
 *
 * @example
 * listWords(['Internal IT', 'Leadership', 'MSP']); // 'Internal IT, Leadership and MSP'
 */
export function listWords(items: readonly string[]): string {
  if (items.length === 0) return 'nothing';
  if (items.length === 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * At most `limit` items by name, then how many more: `"A", "B" and 3 more rows`. `noun` is
 * singular; an `s` makes the plural.
 *
 * @example
 * someWords(['"A"', '"B"', '"C"', '"D"'], 'row', 2); // '"A", "B" and 2 more rows'
 */
export function someWords(items: readonly string[], noun: string, limit = 3): string {
  if (items.length === 0) return `no ${noun}s`;
  if (items.length <= limit) return listWords(items);
  const more = items.length - limit;
  return `${items.slice(0, limit).join(', ')} and ${more} more ${more === 1 ? noun : `${noun}s`}`;
}

/**
 * How a qualifier reads: the core's label for a known one (`overflow only`), the text of a
 * custom one.
 *
 * @example
 * qualifierWords({ custom: 'EMEA sites only' }); // 'EMEA sites only'
 */
export function qualifierWords(qualifier: Qualifier): string {
  if (typeof qualifier === 'object' && qualifier !== null) return String(qualifier.custom);
  const labels: Readonly<Record<string, string>> = QUALIFIER_LABELS;
  return labels[qualifier] ?? String(qualifier);
}

/**
 * Letters as people write them: `R, A`.
 *
 * @example
 * lettersWords(['R', 'A']); // 'R, A'
 */
export function lettersWords(roles: readonly string[] | undefined): string {
  return Array.isArray(roles) ? roles.join(', ') : '';
}

/**
 * What a cell holds: letters and the qualifier in brackets (`R (overflow only)`), or `none`.
 *
 * @example
 * cellWords({ roles: ['R'], qualifier: 'after-hours' }); // 'R (after-hours)'
 */
export function cellWords(cell: Cell | undefined): string {
  const letters = lettersWords(cell?.roles);
  const qualifier = cell?.qualifier === undefined ? '' : `(${qualifierWords(cell.qualifier)})`;
  return [letters, qualifier].filter((part) => part !== '').join(' ') || 'none';
}

/**
 * A row by its quoted name, or its quoted id when the matrix no longer has it.
 *
 * @example
 * rowWords(matrix, 'backup'); // '"Backup"'
 */
export function rowWords(matrix: Matrix, rowId: string): string {
  return quoted(findRow(matrix, rowId)?.name ?? String(rowId));
}

/**
 * A party by its name (`MSP service desk`), or its quoted id when the matrix no longer has it.
 *
 * @example
 * partyWords(matrix, 'gone'); // '"gone"'
 */
export function partyWords(matrix: Matrix | undefined, partyId: string): string {
  const party = matrix?.parties.find((item) => item.id === partyId);
  return party ? party.name : quoted(String(partyId));
}

/**
 * A category by its name (`Infrastructure`), or its quoted id when the matrix no longer has it.
 *
 * @example
 * categoryWords(matrix, 'infrastructure'); // 'Infrastructure'
 */
export function categoryWords(matrix: Matrix | undefined, categoryId: string): string {
  const category = matrix?.categories.find((item) => item.id === categoryId);
  return category ? category.name : quoted(String(categoryId));
}

/**
 * What a thing was called before a rename: its name in `current`, unless that already is the
 * new name (the matrix is newer than the change), then its id.
 *
 * @example
 * renamedFrom('Backup', 'Backup and restore tests', 'backup'); // '"Backup"'
 */
export function renamedFrom(current: string | undefined, next: string, id: string): string {
  return quoted(current !== undefined && current !== next ? current : String(id));
}

/**
 * A 0-based index as a 1-based position for people.
 *
 * @example
 * position(0); // 'position 1'
 */
export function position(index: number | undefined, noun = 'position'): string {
  return typeof index === 'number' ? `${noun} ${index + 1}` : 'the end';
}
