import { RoleChip, sortRoles } from '@tandem/react';
import type { PsaMatrix } from './api/schemas';

const qualifierText: Record<string, string> = {
  overflow: 'overflow only',
  'when-unavailable': 'when internal unavailable',
  'after-hours': 'after-hours',
  'business-hours': 'business hours',
};

/** The responsibility matrix as a plain table (the drag-and-drop editor replaces it later). */
export function MatrixTable({ matrix }: { matrix: PsaMatrix }) {
  const cellOf = new Map(matrix.cells.map((cell) => [`${cell.rowId}\u0000${cell.partyId}`, cell]));
  const categoryName = new Map(matrix.categories.map((category) => [category.id, category.name]));
  return (
    <table className="matrix">
      <caption>{matrix.name}</caption>
      <thead>
        <tr>
          <th scope="col">Function</th>
          <th scope="col">Category</th>
          {matrix.parties.map((party) => (
            <th key={party.id} scope="col" data-side={party.side}>
              {party.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>{categoryName.get(row.categoryId) ?? row.categoryId}</td>
            {matrix.parties.map((party) => {
              const cell = cellOf.get(`${row.id}\u0000${party.id}`);
              return (
                <td key={party.id}>
                  {cell ? (
                    <span className="cell">
                      {sortRoles(cell.roles).map((letter) => (
                        <RoleChip key={letter} letter={letter} />
                      ))}
                      {cell.qualifier && (
                        <span className="qualifier">
                          {qualifierText[cell.qualifier] ?? cell.qualifier}
                        </span>
                      )}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
