import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Cell, Party, RoleLetter, RoleVariant, Row } from '@tandem/core';
import type { MatrixIssue, Severity } from '@tandem/core/validate';
import { type CSSProperties, memo, type Ref } from 'react';
import { RoleChip } from '../role-chip/role-chip';
import { VisuallyHidden } from '../visually-hidden/visually-hidden';
import type { MatrixEditorMessages } from './announcements';
import { qualifierText } from './matrix-cell-content';
import {
  cellProps,
  type MatrixRowHandlers,
  perspectiveOf,
  worstSeverity,
} from './use-matrix-editor';

type Cls = (name: string) => string | undefined;

/** Props of {@link MatrixRow}; all plain values or stable handlers, so memo holds. */
export interface MatrixRowProps {
  row: Row;
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
  ariaRowIndex: number | undefined;
  measureRef?: Ref<HTMLTableRowElement> | undefined;
  virtualIndex?: number | undefined;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * One row of the grid: header (selection, drag handle, name, issue marker) and a cell per party.
 * Memoised: an edit elsewhere, a drag over another row or a focus move between other rows
 * leaves it alone.
 *
 * @example
 * <MatrixRow row={row} parties={matrix.parties} … handlers={editor.rowHandlers} />
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
  const style: CSSProperties = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
  };
  const worst = worstSeverity(props.issues);
  const headerActive = activePartyId === null;
  const { role: _role, tabIndex: _tab, ...dragAttributes } = sortable.attributes;

  return (
    <tr
      ref={setRowNode}
      style={style}
      aria-rowindex={props.ariaRowIndex}
      aria-selected={readOnly ? undefined : selected}
      data-index={props.virtualIndex}
      data-row-id={row.id}
      data-state={worst ?? 'valid'}
      data-dragging={sortable.isDragging ? '' : undefined}
      data-perspective={
        props.perspective ? perspectiveOf(cellFor(row, props.perspective)) : undefined
      }
      className={cls('row')}
    >
      <th
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
            <span>{row.name}</span>
          </button>
        )}
        <RowIssueMarker issues={props.issues} messages={messages} cls={cls} />
      </th>
      {parties.map((party) => (
        <MatrixCell key={party.id} {...props} party={party} active={activePartyId === party.id} />
      ))}
    </tr>
  );
});

const cellFor = (row: Row, partyId: string): Cell | undefined =>
  Object.hasOwn(row.cells, partyId) ? row.cells[partyId] : undefined;

function MatrixCell(props: MatrixRowProps & { party: Party; active: boolean }) {
  const { row, party, active, readOnly, messages, cls, variant, handlers } = props;
  const { setNodeRef, isOver } = useDroppable({
    id: `cell:${row.id}\u0000${party.id}`,
    data: { target: { kind: 'cell', rowId: row.id, partyId: party.id } },
    disabled: !props.chipDrag,
  });
  const cell = cellFor(row, party.id);
  const issues = props.issues?.filter((issue) => issue.partyIds.includes(party.id));
  const bag = cellProps({
    row,
    party,
    active,
    readOnly,
    issues: issues && issues.length > 0 ? issues : undefined,
    perspective: props.perspective === party.id,
    handlers,
  });
  return (
    <td ref={setNodeRef} {...bag} data-over={isOver ? '' : undefined} className={cls('cell')}>
      {!cell || (cell.roles.length === 0 && cell.qualifier === undefined) ? (
        <VisuallyHidden>{messages.unassigned}</VisuallyHidden>
      ) : (
        <span className={cls('cell-content')}>
          {cell.roles.map((letter) => (
            <Chip
              key={letter}
              rowId={row.id}
              rowName={row.name}
              party={party}
              letter={letter}
              variant={variant}
              messages={messages}
              focusable={active}
              readOnly={readOnly}
            />
          ))}
          {cell.qualifier !== undefined && (
            <span
              className={cls('qualifier')}
              data-qualifier={typeof cell.qualifier === 'string' ? cell.qualifier : 'custom'}
            >
              {qualifierText(cell.qualifier, messages)}
            </span>
          )}
        </span>
      )}
      {cell?.note && (
        <span className={cls('note')} title={cell.note}>
          <span aria-hidden="true">✎</span>
          <VisuallyHidden>{`${messages.note}: ${cell.note}`}</VisuallyHidden>
        </span>
      )}
    </td>
  );
}

interface ChipProps {
  rowId: string;
  rowName: string;
  party: Party;
  letter: RoleLetter;
  variant: RoleVariant;
  messages: MatrixEditorMessages;
  focusable: boolean;
  readOnly: boolean;
}

// A letter chip; in an editable matrix it is a drag handle (pointer or Space) for reassigning
// the letter to another party of the same row.
function Chip({
  rowId,
  rowName,
  party,
  letter,
  variant,
  messages,
  focusable,
  readOnly,
}: ChipProps) {
  const role = messages.roleName(letter, variant);
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: `chip:${rowId}\u0000${party.id}\u0000${letter}`,
    data: { subject: { kind: 'chip', rowId, partyId: party.id, letter } },
    disabled: readOnly,
  });
  if (readOnly) return <RoleChip letter={letter} variant={variant} label={role} />;
  return (
    <RoleChip
      ref={setNodeRef}
      letter={letter}
      variant={variant}
      label={role}
      {...attributes}
      {...listeners}
      tabIndex={focusable ? 0 : -1}
      aria-label={messages.chipLabel({ role, party: party.name, row: rowName })}
      data-dragging={isDragging ? '' : undefined}
      style={{ transform: CSS.Translate.toString(transform) }}
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
