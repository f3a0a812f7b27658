import {
  type ClientRect,
  type CollisionDetection,
  closestCenter,
  type DroppableContainer,
  type KeyboardCoordinateGetter,
  pointerWithin,
} from '@dnd-kit/core';
import type { DragSubject, DropTarget } from '../model/drop-changes';

/**
 * Whether `target` is a place `subject` may be dropped: rows on rows and category headers,
 * parties on parties, a letter chip on another cell of its own row, a card on a lane.
 *
 * @example
 * accepts({ kind: 'chip', rowId: 'a', partyId: 'it', letter: 'R' }, { kind: 'cell', rowId: 'b', partyId: 'msp' }); // false
 */
export function accepts(subject: DragSubject | undefined, target: DropTarget | undefined): boolean {
  if (!subject || !target) return false;
  switch (subject.kind) {
    case 'row':
      return target.kind === 'row' || target.kind === 'category';
    case 'party':
      return target.kind === 'party';
    case 'chip':
      return target.kind === 'cell' && target.rowId === subject.rowId;
    case 'card':
      return target.kind === 'lane';
  }
}

/** The drag subject and drop target a dnd-kit item carries in its `data`. */
export const subjectOf = (data: { current?: Record<string, unknown> | undefined } | undefined) =>
  data?.current?.subject as DragSubject | undefined;
export const targetOf = (data: { current?: Record<string, unknown> | undefined } | undefined) =>
  data?.current?.target as DropTarget | undefined;

/**
 * Collision detection that only sees the places the dragged thing may go. Chips and cards
 * under a pointer must be over a target; with the keyboard, the nearest one counts.
 *
 * @example
 * <DndContext collisionDetection={matrixCollisionDetection} />
 */
export const matrixCollisionDetection: CollisionDetection = (args) => {
  const subject = subjectOf(args.active.data);
  const droppableContainers = args.droppableContainers.filter((container) =>
    accepts(subject, targetOf(container.data)),
  );
  const filtered = { ...args, droppableContainers };
  if (args.pointerCoordinates && (subject?.kind === 'chip' || subject?.kind === 'card'))
    return pointerWithin(filtered);
  return closestCenter(filtered);
};

const DIRECTIONS: Readonly<Record<string, { axis: 'x' | 'y'; sign: 1 | -1 }>> = {
  ArrowDown: { axis: 'y', sign: 1 },
  ArrowUp: { axis: 'y', sign: -1 },
  ArrowRight: { axis: 'x', sign: 1 },
  ArrowLeft: { axis: 'x', sign: -1 },
};

const center = (rect: ClientRect) => ({
  x: rect.left + rect.width / 2,
  y: rect.top + rect.height / 2,
});

/**
 * Keyboard moves for every kind of drag: each arrow press jumps to the next accepted target
 * on screen in that direction (rows move up and down; parties, chips and cards left and right),
 * so the keyboard reaches exactly the places the pointer can, in either text direction.
 *
 * @example
 * useSensor(KeyboardSensor, { coordinateGetter: matrixKeyboardCoordinates });
 */
export const matrixKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { currentCoordinates, context },
) => {
  const direction = DIRECTIONS[event.code];
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!direction || !active || !collisionRect) return undefined;
  event.preventDefault();
  const subject = subjectOf(active.data);
  const axis = subject?.kind === 'row' ? 'y' : 'x';
  if (direction.axis !== axis) return currentCoordinates;
  const from = center((over ? droppableRects.get(over.id) : undefined) ?? collisionRect)[axis];
  let best: { container: DroppableContainer; distance: number; rect: ClientRect } | undefined;
  for (const container of droppableContainers.getEnabled()) {
    if (!accepts(subject, targetOf(container.data))) continue;
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const distance = (center(rect)[axis] - from) * direction.sign;
    if (distance > 1 && (!best || distance < best.distance)) best = { container, distance, rect };
  }
  if (!best) return currentCoordinates;
  const target = center(best.rect);
  const now = center(collisionRect);
  return {
    x: currentCoordinates.x + (target.x - now.x),
    y: currentCoordinates.y + (target.y - now.y),
  };
};
