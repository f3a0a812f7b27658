import type { ReactNode } from 'react';
import './docs.css';

/**
 * A reference table for the docs pages. The MDX compiler here has no GFM tables, so pages
 * write their tables as data: a header row and body rows of text or inline markup.
 *
 * @example
 * <Table head={['Rule', 'Severity']} rows={[[<code>empty-party</code>, 'info']]} />
 */
export function Table({
  head,
  rows,
  caption,
}: {
  head: readonly ReactNode[];
  rows: readonly (readonly ReactNode[])[];
  caption?: string;
}) {
  return (
    <table className="tandem-docs-table">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {head.map((cell, index) => (
            // Columns never reorder: the index is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <th key={index} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static rows, never reordered
          <tr key={r}>
            {row.map((cell, c) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static cells, never reordered
              <td key={c}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
