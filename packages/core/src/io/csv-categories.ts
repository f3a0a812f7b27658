import { MAX_NAME_LENGTH } from '../matrix/check-fields';
import type { Category } from '../matrix/model';
import type { WarningList } from './csv-warnings';
import { slugify, uniqueId } from './slug';

/** The categories of one import, found by name as the sheet names them. */
export interface CategoryRegistry {
  /** In order: the given ones first, then new ones as the sheet first names them. */
  readonly list: Category[];
  /** The category called `name` (any case), created with a unique slug id if new. */
  readonly named: (name: string, row: number, column: number) => Category;
}

/**
 * A registry seeded with the categories a host passed (their ids kept, empty ones too).
 *
 * @example
 * const categories = categoryRegistry([], warnings);
 * categories.named('Backup & DR', 4, 1); // { id: 'backup-dr', name: 'Backup & DR' }
 */
export function categoryRegistry(
  given: readonly Category[],
  warnings: WarningList,
): CategoryRegistry {
  const list = [...given];
  const ids = new Set(list.map((category) => category.id));
  const byName = new Map<string, Category>();
  const key = (name: string) => name.trim().toLowerCase();
  // The first of two same-named categories wins, as the sheet cannot tell them apart.
  for (const category of list)
    if (!byName.has(key(category.name))) byName.set(key(category.name), category);
  return {
    list,
    named(raw, row, column) {
      let category = byName.get(key(raw));
      if (!category) {
        const name = warnings.clip(raw.trim(), MAX_NAME_LENGTH, row, column, 'category name');
        category = { id: uniqueId(slugify(name, 'category'), ids), name };
        list.push(category);
        byName.set(key(raw), category);
      }
      return category;
    },
  };
}
