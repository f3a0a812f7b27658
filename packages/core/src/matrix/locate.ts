import { type ChangeRefusal, refuse } from './change-error';
import type { Category, Party, Row } from './model';
import { indexById } from './row-index';

const CODES = { row: 'unknown_row', party: 'unknown_party', category: 'unknown_category' } as const;

/**
 * The position of the row, party or category a change names, or the refusal to send back when
 * there is none.
 *
 * @example
 * const index = locate(matrix.rows, change.rowId, 'row', 'rowId');
 * if (typeof index !== 'number') return index;
 */
export function locate(
  list: readonly Row[] | readonly Party[] | readonly Category[],
  id: string,
  kind: keyof typeof CODES,
  field: string,
): number | ChangeRefusal {
  const index = indexById(list, id);
  return index < 0 ? refuse(CODES[kind], field, `No ${kind} has the id "${id}".`) : index;
}
