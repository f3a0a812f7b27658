import type { DndContextProps } from '@dnd-kit/core';
import type { FocusEvent } from 'react';
import type { PresenceFocus, PresenceOptions } from '../presence/presence-types';
import { usePresence } from '../presence/use-presence';
import { subjectOf, targetOf } from './drag-targets';
import type { DragSubject, DropTarget } from './drop-changes';
import type { MatrixEditor } from './use-matrix-editor';

// Drags and drop targets as presence places: a chip is its cell, a lanes card its row; a
// category or lane has no place of its own.
const placeOf = (thing: DragSubject | DropTarget | undefined): PresenceFocus | null => {
  if (!thing) return null;
  if (thing.kind === 'chip' || thing.kind === 'cell')
    return { kind: 'cell', rowId: thing.rowId, partyId: thing.partyId };
  if (thing.kind === 'row' || thing.kind === 'card') return { kind: 'row', rowId: thing.rowId };
  if (thing.kind === 'party') return { kind: 'party', partyId: thing.partyId };
  return null;
};

/**
 * The matrix editor's side of `presence`: other people by row (see `usePresence`), announced
 * with the row's name, and this user's focused row or cell and drag reported from the root's
 * focus events and the drag context. Focus moving to a menu or dialog inside the editor keeps
 * the place it came from; focus leaving the editor reports `null`.
 *
 * @example
 * const presence = useMatrixPresence(editor, props.presence);
 * <div {...presence.rootProps}><DndContext {...presence.dndProps(dnd.contextProps)}>…</DndContext></div>
 */
export function useMatrixPresence(editor: MatrixEditor, options: PresenceOptions | undefined) {
  const { peersAt, setFocus, setDragging } = usePresence({
    presence: options,
    itemOf: (place) => ('rowId' in place ? place.rowId : undefined),
    nameOf: (place) => {
      const { rows, parties } = editor.latest();
      if ('rowId' in place) return rows.find((row) => row.id === place.rowId)?.name;
      if (place.kind === 'party') return parties.find((party) => party.id === place.partyId)?.name;
      return undefined;
    },
    messages: editor.messages,
    announce: editor.announce,
  });
  const rootProps = {
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const target = event.target as Element;
      const rowId = target.closest<HTMLElement>('tr[data-row-id]')?.dataset.rowId;
      if (!rowId) return;
      const cell = target.closest('td');
      const party = cell ? editor.matrix.parties[cell.cellIndex - 1] : undefined;
      setFocus(party ? { kind: 'cell', rowId, partyId: party.id } : { kind: 'row', rowId });
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocus(null);
    },
  };
  const dndProps = (props: DndContextProps): DndContextProps => ({
    ...props,
    onDragStart: (event) => {
      props.onDragStart?.(event);
      const item = placeOf(subjectOf(event.active.data));
      setDragging(item && { item, over: null });
    },
    onDragOver: (event) => {
      props.onDragOver?.(event);
      const item = placeOf(subjectOf(event.active.data));
      setDragging(item && { item, over: placeOf(targetOf(event.over?.data)) });
    },
    onDragEnd: (event) => {
      props.onDragEnd?.(event);
      setDragging(null);
    },
    onDragCancel: (event) => {
      props.onDragCancel?.(event);
      setDragging(null);
    },
  });
  return { peersAt, rootProps, dndProps };
}
