import { useDroppable } from '@dnd-kit/core';
import {
  horizontalListSortingStrategy,
  SortableContext,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { laneOfRow } from '@tandem/core';
import { type CSSProperties, type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { useRowWindow } from '../../hooks/use-row-window';
import type { PresencePeer } from '../../presence/presence-types';
import { NO_PEERS } from '../../presence/use-presence';
import { internalsOf } from '../hooks/editor-internals';
import type { MatrixEditor } from '../hooks/matrix-editor-surface';
import { PARTY_PEERS } from '../hooks/use-matrix-presence';
import type { CategoryItem } from '../model/display-items';
import { MatrixHeader } from './matrix-header';
import { MatrixRow } from './matrix-row';

type Cls = (name: string) => string | undefined;

/** Props of {@link MatrixGrid}. */
export interface MatrixGridProps {
  editor: MatrixEditor;
  cls: Cls;
  /** Rows are virtualised when true; by default above 150 lines. */
  virtualize?: boolean | undefined;
  /** The row whose cells accept a dragged letter chip, if any. */
  chipRowId: string | null;
  /** Shown in place of rows when the matrix has none (e.g. the template picker). */
  empty?: ReactNode;
  /** The editor's unstyled mode, for the letter chips (`cls` covers every other class). */
  unstyled?: boolean | undefined;
  /** Other people at a row (live co-editing); one stable array per row. */
  peersAt?: ((rowId: string) => readonly PresencePeer[]) | undefined;
}

const AUTO_VIRTUAL = 150;
const ROW_ESTIMATE = 41;

/**
 * The grid view: party headers (drag to reorder), category headers (collapse, edit, drop rows
 * into), and rows. Above {@link AUTO_VIRTUAL} lines only the rows in view are rendered (TanStack
 * Virtual), with `aria-rowcount`/`aria-rowindex` telling assistive technology the full size.
 *
 * @example
 * <MatrixGrid editor={editor} cls={cls} chipRowId={null} />
 */
export function MatrixGrid(props: MatrixGridProps) {
  const { editor, cls, virtualize, chipRowId, empty, unstyled, peersAt } = props;
  const { matrix, messages, display, readOnly, activeCell } = editor;
  const { revealRow, rowHandlers } = internalsOf(editor);
  const items = display.items;
  const virtual = virtualize ?? items.length > AUTO_VIRTUAL;
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  // One key list for as long as the lines stay the same (a cell edit changes none): the window
  // then keeps its measured starts (2,000 look-ups). Its measure is one function for life, so a
  // remote cell edit does not re-render every row on screen.
  const keys = useStableList(items.map((item) => item.key));
  const getKey = useCallback((index: number) => keys[index] ?? String(index), [keys]);
  const windowed = useRowWindow({
    count: items.length,
    getKey,
    scrollElement: scroller,
    estimate: ROW_ESTIMATE,
    enabled: virtual,
  });
  revealRow.current = virtual
    ? (rowId) => {
        const index = items.findIndex((item) => item.type === 'row' && item.row.id === rowId);
        if (index >= 0) windowed.scrollToIndex(index);
      }
    : null;

  // dnd-kit re-renders every sortable when its items array changes identity, so keep one array
  // for as long as the ids and their order stay the same (a cell edit changes neither).
  // The row lines' keys are `row:<id>` (display-items), the ids the sortables use.
  const rowIds = useMemo(() => keys.filter((key) => key.startsWith('row:')), [keys]);
  const partyIds = useStableList(matrix.parties.map((p) => `party:${p.id}`));
  const { openDialog } = editor;
  // Stable, so the memoised header (twelve sortables) sits out a row's edit.
  const editParty = useCallback(
    (partyId: string) => openDialog({ type: 'party', partyId }),
    [openDialog],
  );
  const columns = matrix.parties.length + 1;
  const shown = virtual
    ? windowed.rows.map((v) => ({ item: items[v.index], index: v.index }))
    : items.map((item, index) => ({ item, index }));
  const before = virtual ? windowed.before : 0;
  const after = virtual ? windowed.after : 0;
  const scrollStyle: CSSProperties | undefined = virtual
    ? { maxBlockSize: 'var(--tandem-matrix-max-height, 70vh)', overflow: 'auto' }
    : undefined;

  return (
    <div
      ref={setScroller}
      className={cls('scroller')}
      style={scrollStyle}
      data-virtual={virtual ? '' : undefined}
    >
      <table {...editor.getGridProps()} className={cls('grid')}>
        <thead>
          <SortableContext items={partyIds} strategy={horizontalListSortingStrategy}>
            <MatrixHeader
              parties={matrix.parties}
              messages={messages}
              cls={cls}
              readOnly={readOnly}
              perspective={editor.perspective}
              onEditParty={editParty}
              peers={peersAt?.(PARTY_PEERS)}
            />
          </SortableContext>
        </thead>
        <tbody>
          {before > 0 && (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an empty spacer for virtual scrolling
            <tr role="none" style={{ blockSize: before }} />
          )}
          {(matrix.rows.length === 0 || items.length === 0) && (
            <tr>
              <td colSpan={columns} className={cls('empty')}>
                {matrix.rows.length === 0 ? empty : messages.noMatches}
              </td>
            </tr>
          )}
          {items.length > 0 && (
            <SortableContext items={rowIds} strategy={verticalListSortingStrategy}>
              {shown.map(({ item, index }) => {
                if (!item) return null;
                const measure = virtual ? windowed.measure : undefined;
                if (item.type === 'category')
                  return (
                    <CategoryHeader
                      key={item.key}
                      item={item}
                      editor={editor}
                      cls={cls}
                      columns={columns}
                      ariaRowIndex={index + 3}
                      measureRef={measure}
                      virtualIndex={virtual ? index : undefined}
                    />
                  );
                const { row } = item;
                return (
                  <MatrixRow
                    key={item.key}
                    row={row}
                    lane={laneOfRow(matrix, row)}
                    parties={matrix.parties}
                    variant={matrix.variant}
                    messages={messages}
                    cls={cls}
                    activePartyId={activeCell?.rowId === row.id ? activeCell.partyId : undefined}
                    selected={editor.selected.has(row.id)}
                    issues={editor.rowIssues(row.id)}
                    perspective={editor.perspective}
                    readOnly={readOnly}
                    handlers={rowHandlers}
                    chipDrag={chipRowId === row.id}
                    peers={peersAt?.(row.id) ?? NO_PEERS}
                    unstyled={unstyled}
                    ariaRowIndex={index + 3}
                    measureRef={measure}
                    virtualIndex={virtual ? index : undefined}
                  />
                );
              })}
            </SortableContext>
          )}
          {after > 0 && (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an empty spacer for virtual scrolling
            <tr role="none" style={{ blockSize: after }} />
          )}
        </tbody>
      </table>
    </div>
  );
}

function useStableList(ids: string[]): string[] {
  const previous = useRef(ids);
  const same =
    previous.current.length === ids.length && previous.current.every((id, i) => id === ids[i]);
  if (!same) previous.current = ids;
  return previous.current;
}

interface CategoryHeaderProps {
  item: CategoryItem;
  editor: MatrixEditor;
  cls: Cls;
  columns: number;
  ariaRowIndex: number;
  measureRef: ((node: Element | null) => void) | undefined;
  virtualIndex: number | undefined;
}

function CategoryHeader({
  item,
  editor,
  cls,
  columns,
  ariaRowIndex,
  measureRef,
  virtualIndex,
}: CategoryHeaderProps) {
  const { category } = item;
  const { messages, readOnly } = editor;
  const { setNodeRef, isOver } = useDroppable({
    id: `category:${category.id}`,
    data: { target: { kind: 'category', categoryId: category.id } },
    disabled: readOnly,
  });
  return (
    <tr
      ref={(node) => {
        setNodeRef(node);
        measureRef?.(node);
      }}
      aria-rowindex={ariaRowIndex}
      data-index={virtualIndex}
      data-category-id={category.id}
      data-state={item.collapsed ? 'collapsed' : 'expanded'}
      data-over={isOver ? '' : undefined}
      className={cls('category')}
    >
      <th scope="colgroup" colSpan={columns} className={cls('category-name')}>
        <button
          type="button"
          className={cls('collapse')}
          aria-expanded={!item.collapsed}
          onClick={() => editor.toggleCategory(category.id)}
        >
          <span aria-hidden="true" className={cls('chevron')}>
            ▾
          </span>
          {messages.collapseCategory(category.name, item.total)}
        </button>
        {!readOnly && (
          <span className={cls('category-actions')}>
            <button
              type="button"
              className={cls('icon-button')}
              aria-label={messages.addRowIn(category.name)}
              onClick={() => editor.openDialog({ type: 'row', categoryId: category.id })}
            >
              {messages.addRow}
            </button>
            <button
              type="button"
              className={cls('icon-button')}
              aria-label={messages.editCategory(category.name)}
              onClick={() => editor.openDialog({ type: 'category', categoryId: category.id })}
            >
              {messages.edit}
            </button>
          </span>
        )}
        {item.total === 0 && (
          <span className={cls('category-empty')}>{messages.emptyCategory}</span>
        )}
      </th>
    </tr>
  );
}
