import { presenceDndProps, presenceRootProps } from '../../presence/presence-events';
import type { PresenceFocus, PresenceOptions } from '../../presence/presence-types';
import { usePresence } from '../../presence/use-presence';
import type { DragSubject, DropTarget } from '../model/drop-changes';
import { subjectOf, targetOf } from './drag-targets';
import { internalsOf } from './editor-internals';
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

/** The key `peersAt` gives everyone at a party column under (rows are keyed by their ids). */
export const PARTY_PEERS = '\u0000parties';

/**
 * The matrix editor's side of `presence`: other people by row (see `usePresence`), announced
 * with the row's name, and this user's focused row or cell and drag reported from the root's
 * focus events and the drag context.
 *
 * @example
 * const presence = useMatrixPresence(editor, props.presence);
 * <div {...presence.rootProps}><DndContext {...presence.dndProps(dnd.contextProps)}>…</DndContext></div>
 */
export function useMatrixPresence(editor: MatrixEditor, options: PresenceOptions | undefined) {
  const { peersAt, setFocus, setDragging } = usePresence({
    presence: options,
    itemOf: (place) =>
      'rowId' in place ? place.rowId : place.kind === 'party' ? PARTY_PEERS : undefined,
    nameOf: (place) => {
      const { rows, parties } = internalsOf(editor).latest();
      if ('rowId' in place) return rows.find((row) => row.id === place.rowId)?.name;
      if (place.kind === 'party') return parties.find((party) => party.id === place.partyId)?.name;
      return undefined;
    },
    messages: editor.messages,
    announce: editor.announce,
  });
  const rootProps = presenceRootProps(setFocus, (target) => {
    const partyId = target.closest<HTMLElement>('th[data-party-id]')?.dataset.partyId;
    if (partyId) return { kind: 'party', partyId };
    const rowId = target.closest<HTMLElement>('tr[data-row-id]')?.dataset.rowId;
    if (!rowId) return undefined;
    const cell = target.closest('td');
    const party = cell ? editor.matrix.parties[cell.cellIndex - 1] : undefined;
    return party ? { kind: 'cell', rowId, partyId: party.id } : { kind: 'row', rowId };
  });
  const dndProps = <P extends Parameters<typeof presenceDndProps>[0]>(props: P) =>
    presenceDndProps(props, setDragging, (active, over) => {
      const item = placeOf(subjectOf(active.data));
      return item && { item, over: placeOf(targetOf(over?.data)) };
    });
  return { peersAt, rootProps, dndProps };
}
