import {
  type Announcements,
  type DndContextProps,
  type DragEndEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { laneOfRow } from '@tandem/core';
import { useMemo, useRef, useState } from 'react';
import type { DropNames } from '../messages';
import { type DragSubject, type DropPlan, dropPlan } from '../model/drop-changes';
import {
  matrixCollisionDetection,
  matrixKeyboardCoordinates,
  subjectOf,
  targetOf,
} from './drag-targets';
import { internalsOf } from './editor-internals';
import type { MatrixEditor } from './use-matrix-editor';

// Module constants: dnd-kit rebuilds its sensors (and re-renders every draggable) whenever an
// options object changes identity.
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const KEYBOARD_OPTIONS = {
  coordinateGetter: matrixKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

type DragData = { current?: Record<string, unknown> | undefined } | undefined;

/**
 * Everything `<DndContext>` needs for a matrix editor: sensors (pointer with a 5 px threshold so
 * clicks stay clicks, and the keyboard: Space picks up and drops, arrows move, Escape cancels),
 * collision detection limited to valid targets, announcements that name rows, parties and
 * lanes, and a drop handler that dispatches the core's changes — so every drag is one undoable
 * edit reported through `onValueChange`.
 *
 * @example
 * const dnd = useMatrixDnd(editor);
 * <DndContext {...dnd.contextProps}>…</DndContext>
 */
export function useMatrixDnd(editor: MatrixEditor) {
  const [dragging, setDragging] = useState<DragSubject | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );
  // Announcements are read when dnd-kit fires them; they must see the newest editor.
  const editorRef = useRef(editor);
  editorRef.current = editor;
  // dnd-kit announces the end after onDragEnd has applied the drop, so the message is worked
  // out on the matrix before the drop and kept for the announcement.
  const endMessage = useRef<string | null>(null);
  const describeRef = useRef<((active: DragData, over: DragData) => string) | null>(null);

  // Announcements read the newest editor through the ref, so they are built once; the
  // instructions are rendered text, so a change of `messages` must rebuild them.
  const announcements = useMemo<Announcements>(() => {
    const plan = (active: DragData, over: DragData): DropPlan | undefined => {
      const subject = subjectOf(active);
      const target = targetOf(over);
      const { selected } = editorRef.current;
      const { latest } = internalsOf(editorRef.current);
      return subject && target ? dropPlan(latest(), subject, target, selected) : undefined;
    };
    const names = (subject: DragSubject | undefined, over: DragData): DropNames => {
      const { messages, matrix } = editorRef.current;
      const target = targetOf(over);
      return {
        role: subject?.kind === 'chip' ? messages.roleName(subject.letter, matrix.variant) : '',
        lane: target?.kind === 'lane' ? messages.lanes[target.lane] : '',
      };
    };
    describeRef.current = (active: DragData, over: DragData) => describe(active, over, 'dropped');
    const describe = (active: DragData, over: DragData, mode: 'wouldDrop' | 'dropped') => {
      const { messages } = editorRef.current;
      const result = plan(active, over);
      if (!result) return messages.notOverTarget;
      const words = names(subjectOf(active), over);
      return result.ok
        ? messages[mode](result.result, words)
        : messages.cannotDrop(result.refusal, words);
    };
    return {
      onDragStart: ({ active }) => startMessage(editorRef.current, subjectOf(active.data)),
      onDragOver: ({ active, over }) => describe(active.data, over?.data, 'wouldDrop'),
      onDragEnd: ({ active, over }) => {
        const message = endMessage.current ?? describe(active.data, over?.data, 'dropped');
        endMessage.current = null;
        return message;
      },
      onDragCancel: ({ active }) =>
        editorRef.current.messages.dragCancelled(
          subjectName(editorRef.current, subjectOf(active.data)),
        ),
    };
  }, []);
  const instructions = editor.messages.dragInstructions;
  const accessibility = useMemo<NonNullable<DndContextProps['accessibility']>>(
    () => ({ announcements, screenReaderInstructions: { draggable: instructions } }),
    [announcements, instructions],
  );

  const internals = internalsOf(editor);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    internals.dragging.current = false;
    endMessage.current = describeRef.current?.(event.active.data, event.over?.data) ?? null;
    const subject = subjectOf(event.active.data);
    const target = targetOf(event.over?.data);
    if (!subject || !target) return;
    const result = dropPlan(internals.latest(), subject, target, editor.selected);
    if (result.ok) editor.dispatch(result.changes);
  };

  return {
    /** What is being dragged, so rows can enable the drop targets that drag needs. */
    dragging,
    contextProps: {
      sensors,
      collisionDetection: matrixCollisionDetection,
      accessibility,
      onDragStart: (event: DragStartEvent) => {
        internals.dragging.current = true;
        setDragging(subjectOf(event.active.data) ?? null);
      },
      onDragEnd,
      onDragCancel: () => {
        internals.dragging.current = false;
        setDragging(null);
      },
    } satisfies DndContextProps,
  };
}

function subjectName(editor: MatrixEditor, subject: DragSubject | undefined): string {
  const { matrix } = editor;
  if (!subject) return '';
  if (subject.kind === 'party')
    return matrix.parties.find((party) => party.id === subject.partyId)?.name ?? subject.partyId;
  const row =
    matrix.rows.find((candidate) => candidate.id === subject.rowId)?.name ?? subject.rowId;
  if (subject.kind !== 'chip') return row;
  return editor.messages.roleName(subject.letter, matrix.variant);
}

function startMessage(editor: MatrixEditor, subject: DragSubject | undefined): string {
  const { messages, matrix, selected } = editor;
  if (!subject) return '';
  const name = subjectName(editor, subject);
  switch (subject.kind) {
    case 'row':
      return messages.pickedUpRows(
        selected.has(subject.rowId)
          ? matrix.rows.filter((row) => selected.has(row.id)).map((row) => row.name)
          : [name],
      );
    case 'party':
      return messages.pickedUpParty(name);
    case 'card': {
      const row = matrix.rows.find((candidate) => candidate.id === subject.rowId);
      return messages.pickedUpCard(
        name,
        messages.lanes[row ? laneOfRow(matrix, row) : 'unassigned'],
      );
    }
    case 'chip': {
      const party = matrix.parties.find((candidate) => candidate.id === subject.partyId);
      const row = matrix.rows.find((candidate) => candidate.id === subject.rowId);
      return messages.pickedUpRole({
        role: name,
        party: party?.name ?? subject.partyId,
        row: row?.name ?? subject.rowId,
      });
    }
  }
}
