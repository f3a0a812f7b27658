import { type Matrix, RoleChip } from '@tandem/react';

const QUALIFIER_WORDS = {
  overflow: 'overflow only',
  'when-unavailable': 'when unavailable',
  'after-hours': 'after hours',
  'business-hours': 'business hours',
} as const;

/**
 * A compact, read-only view of a small matrix for the docs: rows with their kind and tags,
 * one column per party (with its side and calendar), letters as chips.
 *
 * @example
 * <MatrixTable matrix={matrix} />
 */
export function MatrixTable({ matrix, caption }: { matrix: Matrix; caption?: string }) {
  return (
    <table>
      {caption ? <caption className="tandem-docs-muted">{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">Row</th>
          {matrix.parties.map((party) => (
            <th key={party.id} scope="col">
              {party.name}
              <br />
              <span className="tandem-docs-muted">
                {party.side}
                {party.calendarId ? ` · ${party.calendarId}` : ''}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              {row.name}
              <br />
              <span className="tandem-docs-muted">
                {row.kind}
                {row.tags?.length ? ` · tags: ${row.tags.join(', ')}` : ''}
                {` · ${matrix.categories.find((c) => c.id === row.categoryId)?.name ?? row.categoryId}`}
              </span>
            </th>
            {matrix.parties.map((party) => {
              const cell = Object.hasOwn(row.cells, party.id) ? row.cells[party.id] : undefined;
              const qualifier = cell?.qualifier;
              return (
                <td key={party.id}>
                  <span className="tandem-docs-cell">
                    {cell?.roles.map((letter) => (
                      <RoleChip key={letter} letter={letter} variant={matrix.variant} />
                    ))}
                    {qualifier ? (
                      <span className="tandem-docs-muted">
                        {typeof qualifier === 'string'
                          ? QUALIFIER_WORDS[qualifier]
                          : qualifier.custom}
                      </span>
                    ) : null}
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
