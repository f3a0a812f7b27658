import type { PartySide } from '@tandem/core';
import type { LayoutColumn, MatrixLayout, Table } from '@tandem/core/io';
import { columnName } from '@tandem/core/io';
import { useCallback, useState } from 'react';
import { useRowWindow } from '../../hooks/use-row-window';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';
import type { ColumnChoice, MatrixImportMessages } from '../messages';
import { choiceOf, columnChoices } from '../model/layout-edits';

type Cls = (name: string) => string | undefined;

const ROW_HEIGHT = 30;
// Before the first measurement, and in a container with no layout (a test DOM), a screenful.
const SCREENFUL = 360;
/** Cells longer than this are cut in the preview; the import reads them whole. */
const CELL_PREVIEW = 80;

/** Props of {@link SheetPreview}. */
export interface SheetPreviewProps {
  table: Table;
  layout: MatrixLayout;
  canBeLetter: ReadonlyMap<number, unknown>;
  /** The side the import gave each party, by name. */
  sides: ReadonlyMap<string, PartySide>;
  messages: MatrixImportMessages;
  cls: Cls;
  onColumnChange: (column: number, choice: ColumnChoice) => void;
}

/**
 * The sheet as read, one role menu above each column, the header row and the legend marked.
 * Only the rows in view are rendered (the shared row window), so a 50,000-row sheet scrolls as a
 * 50-row one.
 *
 * @example
 * <SheetPreview table={table} layout={layout} canBeLetter={letters} messages={messages} cls={cls} onColumnChange={set} />
 */
export function SheetPreview(props: SheetPreviewProps) {
  const { table, layout, messages, cls, onColumnChange } = props;
  const [scrollElement, setScrollElement] = useState<HTMLElement | null>(null);
  const rows = table.rows;
  // Rows of a sheet never move: the index is their key.
  const rowKey = useCallback((index: number) => String(index), []);
  const {
    rows: items,
    before,
    after,
  } = useRowWindow({
    count: rows.length,
    getKey: rowKey,
    scrollElement,
    estimate: ROW_HEIGHT,
    overscan: 10,
    enabled: true,
    initialHeight: SCREENFUL,
  });
  const legend = new Set(layout.letters.legendRows);
  const width = layout.columns.length;
  const span = width + 1;
  const label = messages.sheetPreviewLabel(rows.length, width);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard.
    <section ref={setScrollElement} className={cls('sheet')} aria-label={label} tabIndex={0}>
      <table className={cls('sheet-table')} aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th scope="col" className={cls('row-number')}>
              <VisuallyHidden>{messages.headerRowLabel}</VisuallyHidden>
            </th>
            {layout.columns.map((column) => (
              <th key={column.column} scope="col" data-role={column.role}>
                <RoleMenu
                  column={column}
                  canBeLetter={props.canBeLetter.has(column.column)}
                  side={props.sides.get(column.header)}
                  messages={messages}
                  cls={cls}
                  onChange={onColumnChange}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr>
              <td colSpan={span} style={{ blockSize: before, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const record = rows[item.index] ?? [];
            const row = item.index + 1;
            const state =
              row === layout.headerRow
                ? 'header'
                : legend.has(row)
                  ? 'legend'
                  : row < layout.headerRow
                    ? 'above'
                    : 'body';
            return (
              <tr key={item.index} data-state={state} aria-rowindex={row + 1}>
                <th scope="row" className={cls('row-number')}>
                  {messages.rowNumber(row)}
                </th>
                {layout.columns.map((column) => {
                  const text = record[column.column - 1] ?? '';
                  return (
                    <td key={column.column} data-role={column.role}>
                      {text.length > CELL_PREVIEW ? `${text.slice(0, CELL_PREVIEW)}…` : text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {after > 0 && (
            <tr>
              <td colSpan={span} style={{ blockSize: after, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

function RoleMenu({
  column,
  canBeLetter,
  side,
  messages,
  cls,
  onChange,
}: {
  column: LayoutColumn;
  canBeLetter: boolean;
  side: PartySide | undefined;
  messages: MatrixImportMessages;
  cls: Cls;
  onChange: (column: number, choice: ColumnChoice) => void;
}) {
  const letter = columnName(column.column);
  const choice = choiceOf(column, side);
  const choices = columnChoices(canBeLetter || choice === 'letter');
  return (
    <label className={cls('role')}>
      <span className={cls('column-name')} aria-hidden="true">
        {letter}
        {column.header ? ` · ${column.header}` : ''}
      </span>
      <select
        aria-label={messages.columnRoleLabel(letter, column.header)}
        value={choice}
        onChange={(event) => onChange(column.column, event.currentTarget.value as ColumnChoice)}
      >
        {choices.map((option) => (
          <option key={option} value={option}>
            {messages.roles[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
