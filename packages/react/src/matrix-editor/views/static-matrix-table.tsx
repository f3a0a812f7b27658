import type { Matrix } from '@tandem/core';
import type { MatrixEditorMessages } from '../messages';
import type { DisplayItem } from '../model/display-items';
import { qualifierText } from './matrix-cell-content';
import { MatrixHeader } from './matrix-header';

type Cls = (name: string) => string | undefined;

/**
 * The matrix as a plain table: what the server sends and what hydration matches, before the
 * editor upgrades it to the interactive grid. Every cell is there (letters as text, then the
 * condition), so the page reads and prints correctly before any script runs; the interactive
 * grid's labelled buttons, handles and drop targets would cost many times the markup.
 *
 * @example
 * <StaticMatrixTable matrix={matrix} items={display.items} messages={messages} cls={cls} />
 */
export function StaticMatrixTable({
  matrix,
  items,
  messages,
  cls,
}: {
  matrix: Matrix;
  items: readonly DisplayItem[];
  messages: MatrixEditorMessages;
  cls: Cls;
}) {
  const columns = matrix.parties.length + 1;
  return (
    <div className={cls('scroller')}>
      <table aria-label={messages.gridLabel(matrix.name)} className={cls('grid')}>
        <thead>
          <MatrixHeader parties={matrix.parties} messages={messages} cls={cls} readOnly />
        </thead>
        <tbody>
          {items.map((item) =>
            item.type === 'category' ? (
              <tr key={item.key} className={cls('category')}>
                <th scope="colgroup" colSpan={columns} className={cls('category-name')}>
                  {item.category.name}
                </th>
              </tr>
            ) : (
              <tr key={item.key} className={cls('row')}>
                <th scope="row" className={cls('row-name')}>
                  {item.row.name}
                </th>
                {matrix.parties.map((party) => {
                  const cell = Object.hasOwn(item.row.cells, party.id)
                    ? item.row.cells[party.id]
                    : undefined;
                  return (
                    <td key={party.id}>
                      {cell?.roles.join(' ')}
                      {cell?.qualifier !== undefined &&
                        ` (${qualifierText(cell.qualifier, messages)})`}
                    </td>
                  );
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
