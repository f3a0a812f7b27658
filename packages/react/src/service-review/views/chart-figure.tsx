import { type ReactNode, useId } from 'react';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';

/**
 * A chart with its title, the sentence a screen reader hears for it and its figures as a table
 * in a disclosure: the chart for the eye, the table for everyone else (and for copying).
 *
 * @example
 * <ChartFigure title="Clock time per party" summary="Bar chart of 3 parties…" tableLabel="Show the figures as a table" table={<table>…</table>}>{(ids) => <svg aria-labelledby={ids.title} … />}</ChartFigure>
 */
export function ChartFigure({
  title,
  summary,
  tableLabel,
  table,
  cls,
  children,
}: {
  title: string;
  summary: string;
  tableLabel: string;
  table: ReactNode;
  cls: (part: string) => string | undefined;
  children: (ids: { title: string; summary: string }) => ReactNode;
}) {
  const id = useId();
  const ids = { title: `${id}-title`, summary: `${id}-summary` };
  return (
    <figure className={cls('figure')} aria-labelledby={ids.title}>
      <figcaption id={ids.title} className={cls('figure-title')}>
        {title}
      </figcaption>
      {children(ids)}
      <VisuallyHidden>
        <span id={ids.summary}>{summary}</span>
      </VisuallyHidden>
      <details className={cls('figure-table')}>
        <summary>{tableLabel}</summary>
        {table}
      </details>
    </figure>
  );
}

/**
 * A plain table: a header row and rows of text, the first cell of each row its header.
 *
 * @example
 * <DataTable caption="Clock time per party" columns={['Party', 'Clock time']} rows={[['MSP NOC', '12 h 5 min']]} cls={cls} />
 */
export function DataTable({
  caption,
  columns,
  rows,
  cls,
}: {
  caption?: string;
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  cls: (part: string) => string | undefined;
}) {
  return (
    <table className={cls('table')}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, n) => (
          // Rows are a fixed list per render, never reordered: the index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <tr key={n}>
            {cells.map((cell, c) =>
              c === 0 ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <th key={c} scope="row">
                  {cell}
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={c}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
