import {
  type Active,
  type Announcements,
  type CollisionDetection,
  closestCenter,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  type Over,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { EscalationStep, PolicyChange } from '@tandem/core/escalation';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { connectChanges, moveStepChanges, newStepChanges } from '../model/drop-changes';
import { neighbourSlot } from '../model/keyboard-slots';
import { type FlowSlot, slotId } from '../model/layout';
import type { EscalationFlowState } from './use-escalation-flow';

/**
 * What is being dragged: a step card, a new step from the palette, or a connection from a step.
 *
 * @example
 * const drag: FlowDragItem = { kind: 'step', stepId: 't1' };
 */
export type FlowDragItem =
  | { readonly kind: 'step'; readonly stepId: string }
  | { readonly kind: 'new'; readonly action: EscalationStep['action'] }
  | { readonly kind: 'connect'; readonly stepId: string };

/**
 * The draggable id of a drag item.
 *
 * @example
 * dragId({ kind: 'step', stepId: 't1' }); // 'step:t1'
 */
export const dragId = (item: FlowDragItem) =>
  item.kind === 'new' ? `new:${item.action}` : `${item.kind}:${item.stepId}`;

const itemOf = (active: Active | null): FlowDragItem | undefined =>
  active?.data.current as FlowDragItem | undefined;
const slotOf = (over: Over | null): FlowSlot | undefined =>
  over?.data.current as FlowSlot | undefined;

/**
 * The drag-and-drop wiring of a flow for `@dnd-kit/core`'s `<DndContext>`: sensors (pointer
 * with a 6 px activation distance; keyboard moving slot by slot), collision detection, human
 * announcements and the changes each drop makes.
 *
 * @example
 * const dnd = useFlowDnd(flow);
 * <DndContext {...dnd.contextProps}>…</DndContext>
 */
export function useFlowDnd(flow: EscalationFlowState) {
  const { messages, layout } = flow;
  const latest = useRef(flow);
  latest.current = flow;
  const current = useRef<FlowSlot | undefined>(undefined);
  const [active, setActive] = useState<FlowDragItem | null>(null);
  const contextId = useId();

  const lastColumn = useCallback((item: FlowDragItem | undefined) => {
    const count = latest.current.policy.steps.length;
    return item?.kind === 'new' ? count : Math.max(0, count - 1);
  }, []);

  const coordinateGetter: KeyboardCoordinateGetter = useCallback(
    (event, { context }) => {
      const { collisionRect, droppableRects } = context;
      const item = itemOf(context.active);
      const { layout: now } = latest.current;
      const from = current.current ?? now.slots.find((s) => s.column === lastColumn(item));
      if (!from || !collisionRect) return undefined;
      const next = neighbourSlot(now, from, event.code, lastColumn(item));
      if (!next) return undefined;
      event.preventDefault();
      const rect = droppableRects.get(next.id);
      if (!rect) return undefined;
      current.current = next;
      return {
        x: rect.left + (rect.width - collisionRect.width) / 2,
        y: rect.top + (rect.height - collisionRect.height) / 2,
      };
    },
    [lastColumn],
  );
  // A pointer drops on the slot under it, and on none outside the lanes (which cancels the drag,
  // rather than dropping on the last slot it crossed). Keyboard drags land exactly on the slot
  // the arrows chose (the overlay's size must not tip them into a neighbour).
  const collision: CollisionDetection = useCallback((args) => {
    if (args.pointerCoordinates) return pointerWithin(args);
    const chosen = current.current?.id;
    const container = chosen ? args.droppableContainers.find((c) => c.id === chosen) : undefined;
    if (container) return [{ id: container.id, data: { droppableContainer: container, value: 0 } }];
    return closestCenter(args);
  }, []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  const names = useCallback((stepId: string, slot: FlowSlot | undefined) => {
    const f = latest.current;
    const count = f.policy.steps.length;
    const card = f.layout.cards.get(stepId);
    const column = Math.min(slot?.column ?? card?.column ?? 0, count - 1);
    return {
      step: f.stepName(stepId),
      lane: f.partyName(slot?.laneId ?? card?.laneId ?? ''),
      position: column + 1,
      count,
    };
  }, []);

  const cancelled = useCallback((item: FlowDragItem) => {
    const m = latest.current.messages;
    if (item.kind === 'step') return m.cancelledStep(latest.current.stepName(item.stepId));
    return item.kind === 'new' ? m.cancelledNew : m.cancelledConnect;
  }, []);
  const describe = useCallback(
    (item: FlowDragItem | undefined, over: Over | null, phase: 'over' | 'end'): string => {
      const f = latest.current;
      const m = f.messages;
      const slot = slotOf(over);
      if (!item) return '';
      if (!slot) return phase === 'over' ? m.nothingHere : cancelled(item);
      if (item.kind === 'step')
        return (phase === 'over' ? m.stepOver : m.droppedStep)(names(item.stepId, slot));
      if (item.kind === 'new') {
        const action = m.action[item.action];
        if (phase === 'over') return m.newOver(action, f.partyName(slot.laneId), slot.column + 1);
        return m.addedStep(m.newStepName(action), f.partyName(slot.laneId));
      }
      const to = f.policy.steps[slot.column];
      if (!to) return phase === 'over' ? m.nothingHere : m.cancelledConnect;
      return (phase === 'over' ? m.connectOver : m.connected)(
        f.stepName(item.stepId),
        f.stepName(to.id),
      );
    },
    [names, cancelled],
  );

  // dnd-kit reports where a drag starts as its first "over": a step's own slot, or the slot a
  // keyboard drag from the palette starts in. Saying so would talk over the pick-up
  // announcement, so the first over is kept quiet; the next is where the user moved it.
  const quiet = useRef(false);
  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active: a }) => {
        quiet.current = true;
        const item = itemOf(a);
        const m = latest.current.messages;
        if (!item) return undefined;
        if (item.kind === 'step') return m.pickedUpStep(names(item.stepId, undefined));
        if (item.kind === 'new') return m.pickedUpNew(m.action[item.action]);
        return m.pickedUpConnect(latest.current.stepName(item.stepId));
      },
      onDragOver: ({ active: a, over }) => {
        const first = quiet.current;
        quiet.current = false;
        return first ? undefined : describe(itemOf(a), over, 'over');
      },
      onDragEnd: ({ active: a, over }) => describe(itemOf(a), over, 'end'),
      onDragCancel: ({ active: a }) => {
        const item = itemOf(a);
        return item ? cancelled(item) : undefined;
      },
    }),
    [describe, names, cancelled],
  );

  const onDragStart = useCallback(({ active: a }: DragStartEvent) => {
    const item = itemOf(a);
    // A copy: a shared draggable (the cards' handles) re-arms its item for the next drag.
    setActive(item ? { ...item } : null);
    const { layout: now } = latest.current;
    const card = item && item.kind !== 'new' ? now.cards.get(item.stepId) : undefined;
    current.current = card
      ? now.slots.find((s) => s.id === slotId(card.laneId, card.column))
      : undefined;
  }, []);
  const onDragOver = useCallback(({ over }: DragOverEvent) => {
    const slot = slotOf(over);
    if (slot) current.current = slot;
  }, []);
  const onDragCancel = useCallback(() => {
    setActive(null);
    current.current = undefined;
  }, []);
  const onDragEnd = useCallback(({ active: a, over }: DragEndEvent) => {
    setActive(null);
    current.current = undefined;
    const item = itemOf(a);
    const slot = slotOf(over);
    const f = latest.current;
    if (!item || !slot) return;
    let changes: PolicyChange[] = [];
    if (item.kind === 'step')
      changes = moveStepChanges(f.policy, item.stepId, slot.laneId, slot.column);
    else if (item.kind === 'new') {
      const name = f.messages.newStepName(f.messages.action[item.action]);
      changes = newStepChanges(f.policy, item.action, slot.laneId, slot.column, name);
    } else {
      const to = f.policy.steps[slot.column];
      if (to) changes = connectChanges(f.policy, item.stepId, to.id);
    }
    f.dispatch(changes);
  }, []);

  return {
    active,
    contextProps: {
      // React's id, not dnd-kit's module counter, names the instructions: the same on the
      // server and in the browser, so hydration matches.
      id: contextId,
      sensors,
      collisionDetection: collision,
      accessibility: {
        announcements,
        screenReaderInstructions: { draggable: messages.dragInstructions },
      },
      onDragStart,
      onDragOver,
      onDragEnd,
      onDragCancel,
    },
    layout,
  };
}

/**
 * What {@link useFlowDnd} returns.
 *
 * @example
 * function Overlay({ dnd }: { dnd: FlowDnd }) { return dnd.active ? <span>…</span> : null; }
 */
export type FlowDnd = ReturnType<typeof useFlowDnd>;
