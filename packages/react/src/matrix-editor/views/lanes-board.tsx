import { useDraggable, useDroppable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import {
  isOwningCell,
  type Lane,
  laneMoveChanges,
  laneOfRow,
  type Matrix,
  type Row,
} from '@tandem/core';
import { type MatrixIssue, worstSeverity } from '@tandem/core/validate';
import { memo, useId } from 'react';
import { internalsOf } from '../hooks/editor-internals';
import type { MatrixEditor } from '../hooks/use-matrix-editor';
import type { MatrixEditorMessages } from '../messages';
import { historyKeyAction } from '../model/cell-keys';
import { provideLaneMove } from '../model/drop-changes';
import { RowIssueMarker } from './matrix-row';

// Lane drops are planned in the editor's first-paint code; the lane move they need comes here.
provideLaneMove(laneMoveChanges);

type Cls = (name: string) => string | undefined;

const LANES: readonly Lane[] = ['internal', 'joint', 'provider'];

/**
 * The lanes view: the same matrix as a board of Internal | Joint | MSP lanes (and Unassigned
 * when any row has no owner). Dragging a card to another lane rewrites who holds R and A by
 * the core's `laneMoveChanges` rule; it is the same value and history as the grid.
 *
 * @example
 * <LanesBoard editor={editor} cls={cls} />
 */
export function LanesBoard({ editor, cls }: { editor: MatrixEditor; cls: Cls }) {
  const { matrix, display, messages } = editor;
  const byLane = new Map<Lane, Row[]>(LANES.map((lane) => [lane, []]));
  for (const row of display.rows) {
    const lane = laneOfRow(matrix, row);
    const list = byLane.get(lane);
    if (list) list.push(row);
    else byLane.set(lane, [row]);
  }
  const lanes = byLane.has('unassigned') ? [...LANES, 'unassigned' as const] : LANES;
  return (
    <section
      aria-label={messages.lanesLabel}
      className={cls('lanes')}
      onKeyDown={(event) => {
        // Keys during a keyboard drag belong to dnd-kit; undo and redo work anywhere else.
        if (event.defaultPrevented || internalsOf(editor).dragging.current) return;
        const action = historyKeyAction(event);
        if (!action) return;
        event.preventDefault();
        if (action === 'undo') editor.undo();
        else editor.redo();
      }}
    >
      {lanes.map((lane) => (
        <LaneColumn
          key={lane}
          lane={lane}
          rows={byLane.get(lane) ?? []}
          editor={editor}
          cls={cls}
        />
      ))}
    </section>
  );
}

function LaneColumn({
  lane,
  rows,
  editor,
  cls,
}: {
  lane: Lane;
  rows: readonly Row[];
  editor: MatrixEditor;
  cls: Cls;
}) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({
    id: `lane:${lane}`,
    data: lane === 'unassigned' ? {} : { target: { kind: 'lane', lane } },
    disabled: lane === 'unassigned' || editor.readOnly,
  });
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={cls('lane')}
      data-lane={lane}
      data-over={isOver ? '' : undefined}
    >
      <h3 id={headingId} className={cls('lane-title')}>
        {editor.messages.lanes[lane]} <span className={cls('lane-count')}>{rows.length}</span>
      </h3>
      <ul className={cls('lane-cards')}>
        {rows.map((row) => (
          <LaneCard
            key={row.id}
            row={row}
            matrix={editor.matrix}
            lane={lane}
            issues={editor.rowIssues(row.id)}
            messages={editor.messages}
            readOnly={editor.readOnly}
            perspective={editor.perspective}
            onOpen={internalsOf(editor).rowHandlers.onOpenRow}
            cls={cls}
          />
        ))}
      </ul>
    </section>
  );
}

interface LaneCardProps {
  row: Row;
  matrix: Matrix;
  lane: Lane;
  issues: readonly MatrixIssue[] | undefined;
  messages: MatrixEditorMessages;
  readOnly: boolean;
  perspective: string | null;
  onOpen: (rowId: string) => void;
  cls: Cls;
}

const LaneCard = memo(function LaneCard({
  row,
  matrix,
  lane,
  issues,
  messages,
  readOnly,
  perspective,
  onOpen,
  cls,
}: LaneCardProps) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: `card:${row.id}`,
    data: { subject: { kind: 'card', rowId: row.id } },
    disabled: readOnly,
  });
  const category = matrix.categories.find((c) => c.id === row.categoryId)?.name;
  const holders = matrix.parties
    .map((party) => ({
      party,
      cell: Object.hasOwn(row.cells, party.id) ? row.cells[party.id] : undefined,
    }))
    .filter(({ cell }) => cell && cell.roles.length > 0);
  const worst = worstSeverity(issues);
  const involved = perspective ? holders.some(({ party }) => party.id === perspective) : undefined;
  return (
    <li
      ref={setNodeRef}
      className={cls('card')}
      data-lane={lane}
      data-state={worst ?? 'valid'}
      data-dragging={isDragging ? '' : undefined}
      data-perspective={involved === undefined ? undefined : involved ? 'involved' : 'none'}
      style={{ transform: CSS.Translate.toString(transform) }}
    >
      <button
        type="button"
        className={cls('card-button')}
        {...(readOnly ? {} : attributes)}
        {...(readOnly ? {} : listeners)}
        onClick={() => onOpen(row.id)}
      >
        <span className={cls('card-title')}>{row.name}</span>
        {category && <span className={cls('card-category')}>{category}</span>}
        <span className={cls('card-holders')}>
          {holders.map(({ party, cell }) => (
            <span
              key={party.id}
              className={cls('card-holder')}
              data-owner={isOwningCell(cell) ? '' : undefined}
            >
              {party.name}: {cell?.roles.join('')}
            </span>
          ))}
        </span>
        <RowIssueMarker issues={issues} messages={messages} cls={cls} />
      </button>
    </li>
  );
});
