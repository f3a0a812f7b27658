import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Lane, Party, RoleLetter, RoleVariant, Row } from '@tandem/core';
import { type MatrixIssue, type Severity, worstSeverity } from '@tandem/core/validate';
import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  type Ref,
  useEffect,
  useRef,
  useState,
} from 'react';
import { peerMarks } from '../../presence/peer-marks';
import type { PresencePeer } from '../../presence/presence-types';
import { roleChipClassName } from '../../role-chip/role-chip';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';
import type { MatrixRowHandlers } from '../hooks/editor-internals';
import type { MatrixEditorMessages } from '../messages';
import type { DragSubject } from '../model/drop-changes';
import { cellFor, cellProps, rowProps } from '../model/grid-props';
import { qualifierText } from './matrix-cell-content';

type Cls = (name: string) => string | undefined;

/** Props of {@link MatrixRow}; all plain values or stable handlers, so memo holds. */
export interface MatrixRowProps {
  row: Row;
  /** The row's ownership lane (`laneOfRow`), a plain value so memo holds. */
  lane: Lane;
  parties: readonly Party[];
  variant: RoleVariant;
  messages: MatrixEditorMessages;
  cls: Cls;
  /** `undefined` when the focus is in another row; `null` for this row's header. */
  activePartyId: string | null | undefined;
  selected: boolean;
  issues: readonly MatrixIssue[] | undefined;
  perspective: string | null;
  readOnly: boolean;
  handlers: MatrixRowHandlers;
  /** Cells accept dropped letter chips only while a chip of this row is dragged. */
  chipDrag: boolean;
  /** The editor's unstyled mode: letter chips leave out their `tandem-role-chip` class too. */
  unstyled?: boolean | undefined;
  /** Other people at this row (the same empty array when nobody is), for outlines and names. */
  peers: readonly PresencePeer[];
  ariaRowIndex: number | undefined;
  measureRef?: Ref<HTMLTableRowElement> | undefined;
  virtualIndex?: number | undefined;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * One row of the grid: header (selection, drag handle, name, issue marker) and a cell per party.
 * Its own and its cells' attributes are `rowProps` and `cellProps`, what the editor's
 * `getRowProps` and `getCellProps` return to a host; the handlers are the same ones, delegated
 * from the row rather than set on every cell. Memoised: an edit elsewhere, a drag over another row or a focus move between other rows
 * leaves it alone.
 *
 * @example
 * <MatrixRow row={row} lane={laneOfRow(matrix, row)} parties={matrix.parties} … handlers={rowHandlers} />
 */
export const MatrixRow = memo(function MatrixRow(props: MatrixRowProps) {
  const { row, parties, messages, cls, readOnly, handlers, activePartyId, selected } = props;
  const sortable = useSortable({
    id: `row:${row.id}`,
    data: { subject: { kind: 'row', rowId: row.id }, target: { kind: 'row', rowId: row.id } },
    disabled: readOnly,
  });
  const setRowNode = (node: HTMLTableRowElement | null) => {
    sortable.setNodeRef(node);
    if (typeof props.measureRef === 'function') props.measureRef(node);
  };
  const chips = useRowChips(row.id, readOnly);
  const headerActive = activePartyId === null;
  const rowMarks = peerMarks(props.peers, { kind: 'row', rowId: row.id }, messages, cls('peer'));
  const { role: _role, tabIndex: _tab, ...dragAttributes } = sortable.attributes;
  // Cells and chips are handled here, once per row, rather than with handlers on each of them:
  // a 500 × 10 matrix then renders 500 sets of handlers, not 10,000.
  const at = (target: EventTarget) => {
    const element = target as Element;
    const cell = element.closest?.('td');
    const party = cell ? parties[(cell as HTMLTableCellElement).cellIndex - 1] : undefined;
    const chip = element.closest?.('[data-role]');
    return { cell, party, chip: chip && cell?.contains(chip) ? chip : null };
  };

  return (
    <tr
      ref={setRowNode}
      style={
        sortable.transform || sortable.transition
          ? {
              transform: CSS.Translate.toString(sortable.transform),
              transition: sortable.transition,
            }
          : undefined
      }
      {...rowProps({
        row,
        lane: props.lane,
        selected,
        readOnly,
        issues: props.issues,
        perspective: props.perspective,
        ariaRowIndex: props.ariaRowIndex,
      })}
      data-index={props.virtualIndex}
      data-dragging={sortable.isDragging ? '' : undefined}
      className={cls('row')}
      onFocus={(event) => {
        const { party } = at(event.target);
        if (party) handlers.onCellFocus(row.id, party.id);
      }}
      onKeyDown={(event) => {
        const { party, chip } = at(event.target);
        if (!party) return;
        if (chip) chips.onKeyDown(event, chip as HTMLElement, party.id);
        else if (event.target === event.currentTarget.cells[parties.indexOf(party) + 1])
          handlers.onCellKeyDown(event, row.id, party.id);
      }}
      onPointerDown={(event) => {
        const { party, chip } = at(event.target);
        if (party && chip) chips.onPointerDown(event, chip as HTMLElement, party.id);
      }}
      onClick={(event) => {
        const { party } = at(event.target);
        if (party) handlers.onCellClick(event, row.id, party.id);
      }}
    >
      <th
        {...rowMarks.attributes}
        scope="row"
        className={cls('row-name')}
        data-row-focus={readOnly ? '' : undefined}
        tabIndex={readOnly ? (headerActive ? 0 : -1) : undefined}
        onKeyDown={readOnly ? (event) => handlers.onCellKeyDown(event, row.id, null) : undefined}
        onFocus={readOnly ? () => handlers.onCellFocus(row.id, null) : undefined}
      >
        {!readOnly && (
          <input
            type="checkbox"
            tabIndex={-1}
            className={cls('select')}
            checked={selected}
            aria-label={messages.selectRow(row.name)}
            onChange={(event) =>
              handlers.onSelect(row.id, (event.nativeEvent as MouseEvent).shiftKey === true)
            }
          />
        )}
        {readOnly ? (
          <span>{row.name}</span>
        ) : (
          <button
            type="button"
            ref={sortable.setActivatorNodeRef}
            {...dragAttributes}
            {...sortable.listeners}
            data-row-focus=""
            tabIndex={headerActive ? 0 : -1}
            className={cls('row-handle')}
            onFocus={() => handlers.onCellFocus(row.id, null)}
            onKeyDown={(event) => {
              sortable.listeners?.onKeyDown?.(event);
              handlers.onCellKeyDown(event, row.id, null);
            }}
            onClick={() => handlers.onOpenRow(row.id)}
          >
            <span aria-hidden="true" className={cls('grip')}>
              ⠿
            </span>
            {row.name}
          </button>
        )}
        <RowIssueMarker issues={props.issues} messages={messages} cls={cls} />
        {rowMarks.tags}
      </th>
      {parties.map((party) => (
        <MatrixCell
          key={party.id}
          row={row}
          party={party}
          active={activePartyId === party.id}
          props={props}
          armed={chips.armed}
          transform={chips.transform}
        />
      ))}
    </tr>
  );
});

/**
 * The letter chips of a row share one dnd-kit draggable: only one chip can be dragged at a
 * time, and a draggable per chip cost more than the rest of a cell to render. Pressing a chip
 * arms the draggable with that chip as its node and subject, then hands the event to dnd-kit.
 */
function useRowChips(rowId: string, readOnly: boolean) {
  const data = useRef<{ subject: DragSubject | null }>({ subject: null });
  const draggable = useDraggable({ id: `chips:${rowId}`, data: data.current, disabled: readOnly });
  const [armed, setArmed] = useState<string | null>(null);
  const arm = (chip: HTMLElement, partyId: string) => {
    const letter = chip.dataset.role as RoleLetter;
    data.current.subject = { kind: 'chip', rowId, partyId, letter };
    draggable.setNodeRef(chip);
    setArmed(`${partyId}\u0000${letter}`);
  };
  return {
    armed: draggable.isDragging ? armed : null,
    transform: CSS.Translate.toString(draggable.transform),
    onPointerDown: (event: PointerEvent<HTMLElement>, chip: HTMLElement, partyId: string) => {
      if (readOnly) return;
      arm(chip, partyId);
      draggable.listeners?.onPointerDown?.(event);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>, chip: HTMLElement, partyId: string) => {
      if (readOnly) return;
      if (event.code === 'Space') arm(chip, partyId);
      draggable.listeners?.onKeyDown?.(event);
    },
  };
}

interface MatrixCellProps {
  row: Row;
  party: Party;
  active: boolean;
  props: MatrixRowProps;
  armed: string | null;
  transform: string | undefined;
}

// One cell: attributes only (its events are the row's), chips as plain elements.
function MatrixCell({ row, party, active, props, armed, transform }: MatrixCellProps) {
  const { readOnly, messages, variant } = props;
  const cell = cellFor(row, party.id);
  const chipClass = roleChipClassName({ unstyled: props.unstyled });
  const issues = props.issues?.filter((issue) => issue.partyIds.includes(party.id));
  const attributes = cellProps({
    row,
    party,
    active,
    readOnly,
    issues: issues && issues.length > 0 ? issues : undefined,
    perspective: props.perspective === party.id,
    unassignedLabel: messages.unassigned,
  });
  const marks = peerMarks(
    props.peers,
    { kind: 'cell', rowId: row.id, partyId: party.id },
    messages,
    props.cls('peer'),
  );
  // An empty cell renders the same markup with nothing in it.
  return (
    <td {...attributes} {...marks.attributes}>
      {props.chipDrag && <CellDropZone rowId={row.id} partyId={party.id} />}
      {cell?.roles.map((letter) => {
        const role = messages.roleName(letter, variant);
        if (readOnly)
          return (
            <span
              key={letter}
              className={chipClass}
              data-role={letter}
              role="img"
              aria-label={role}
            >
              {letter}
            </span>
          );
        const dragging = armed === `${party.id}\u0000${letter}`;
        return (
          <button
            type="button"
            key={letter}
            className={chipClass}
            data-role={letter}
            tabIndex={active ? 0 : -1}
            aria-label={messages.chipLabel({ role, party: party.name, row: row.name })}
            data-dragging={dragging ? '' : undefined}
            style={dragging ? { transform } : undefined}
          >
            {letter}
          </button>
        );
      })}
      {cell?.qualifier !== undefined && (
        <span
          className={props.cls('qualifier')}
          data-qualifier={typeof cell.qualifier === 'string' ? cell.qualifier : 'custom'}
        >
          {qualifierText(cell.qualifier, messages)}
        </span>
      )}
      {marks.tags}
      {cell?.note && (
        <span className={props.cls('note')} title={cell.note}>
          <span aria-hidden="true">✎</span>
          <VisuallyHidden>{`${messages.note}: ${cell.note}`}</VisuallyHidden>
        </span>
      )}
    </td>
  );
}

// Present only while a chip of this row is dragged, so cells accept drops then and only then.
// The cell itself is the drop target (measured as laid out); this marker only registers it.
function CellDropZone({ rowId, partyId }: { rowId: string; partyId: string }) {
  const cell = useRef<HTMLElement | null>(null);
  const { setNodeRef, isOver } = useDroppable({
    id: `cell:${rowId}\u0000${partyId}`,
    data: { target: { kind: 'cell', rowId, partyId } },
  });
  useEffect(() => {
    cell.current?.toggleAttribute('data-over', isOver);
  }, [isOver]);
  useEffect(() => () => cell.current?.removeAttribute('data-over'), []);
  return (
    <span
      hidden
      ref={(node) => {
        cell.current = node?.parentElement ?? null;
        setNodeRef(cell.current);
      }}
    />
  );
}

/**
 * A row's issue count, with the counts by severity for screen readers and the messages as a
 * tooltip; nothing when the row has no issues.
 *
 * @example
 * <RowIssueMarker issues={editor.rowIssues('backup')} messages={messages} cls={cls} />
 */
export function RowIssueMarker({
  issues,
  messages,
  cls,
}: {
  issues: readonly MatrixIssue[] | undefined;
  messages: MatrixEditorMessages;
  cls: Cls;
}) {
  const worst = worstSeverity(issues);
  if (!issues || !worst) return null;
  const text = SEVERITIES.map((severity) => {
    const count = issues.filter((issue) => issue.severity === severity).length;
    return count > 0 ? messages.rowIssues(count, severity) : '';
  })
    .filter(Boolean)
    .join(', ');
  return (
    <span
      className={cls('issue')}
      data-severity={worst}
      title={issues.map((i) => i.message).join('\n')}
    >
      <span aria-hidden="true">{issues.length}</span>
      <VisuallyHidden>{text}</VisuallyHidden>
    </span>
  );
}
