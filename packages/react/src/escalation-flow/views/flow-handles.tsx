import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { EscalationStep } from '@tandem/core/escalation';
import { memo, useCallback } from 'react';
import { dragId, type FlowDragItem } from '../hooks/use-flow-dnd';
import type { FlowSlot } from '../model/layout';
import { placed } from '../model/placement';

// The only components here that subscribe to dnd-kit's context are the palette's two handles
// and the slots within reach of the viewport, so a drag over a 100-step policy re-renders a few
// dozen of these, never the cards (whose handles share one draggable: useCardHandles).

type Cls = (name: string) => string | undefined;

/**
 * A drag handle with a draggable of its own: a palette item that adds a new step.
 *
 * @example
 * <DragHandle item={{ kind: 'new', action: 'notify' }} label="Notify step" roleDescription="movable step" />
 */
export const DragHandle = memo(function DragHandle({
  item,
  label,
  roleDescription,
  className,
  disabled,
  children,
}: {
  item: FlowDragItem;
  label: string;
  roleDescription: string;
  className?: string | undefined;
  disabled?: boolean | undefined;
  children?: React.ReactNode;
}) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: dragId(item),
    data: item,
    disabled: disabled ?? false,
  });
  // One ref callback for the handle's life: a new one each render would detach and re-attach
  // the dragged node mid-drag, and dnd-kit would lose its measurements.
  const ref = useCallback(
    (node: HTMLButtonElement | null) => {
      setActivatorNodeRef(node);
      setNodeRef(node);
    },
    [setActivatorNodeRef, setNodeRef],
  );
  return (
    <button
      type="button"
      ref={ref}
      {...attributes}
      {...listeners}
      aria-roledescription={roleDescription}
      aria-label={label}
      className={className}
      data-kind={item.kind}
      data-state={isDragging ? 'dragging' : 'idle'}
    >
      {children}
    </button>
  );
});

/**
 * A drop target: one column of one lane. Only a `live` slot is a dnd-kit droppable; the others
 * are drawn the same but cost dnd-kit nothing (see `useSlotReach`).
 *
 * @example
 * <DropSlot slot={slot} cls={cls} disabled={readOnly} live />
 */
export const DropSlot = memo(function DropSlot({
  slot,
  cls,
  disabled,
  live,
}: {
  slot: FlowSlot;
  cls: Cls;
  disabled: boolean;
  live: boolean;
}) {
  if (live) return <LiveSlot slot={slot} cls={cls} disabled={disabled} />;
  return <SlotBox slot={slot} cls={cls} state="idle" />;
});

// Slots are placed by the layout and keep their size through a drag, so they need none of the
// ResizeObservers dnd-kit would otherwise create for each of them as a drag starts.
const NO_RESIZE_OBSERVER = { disabled: true } as const;

function LiveSlot({ slot, cls, disabled }: { slot: FlowSlot; cls: Cls; disabled: boolean }) {
  const { setNodeRef, isOver } = useDroppable({
    id: slot.id,
    data: slot,
    disabled,
    resizeObserverConfig: NO_RESIZE_OBSERVER,
  });
  return <SlotBox slot={slot} cls={cls} state={isOver ? 'over' : 'idle'} nodeRef={setNodeRef} />;
}

function SlotBox({
  slot,
  cls,
  state,
  nodeRef,
}: {
  slot: FlowSlot;
  cls: Cls;
  state: 'over' | 'idle';
  nodeRef?: ((node: HTMLElement | null) => void) | undefined;
}) {
  return (
    <div
      ref={nodeRef}
      className={cls('slot')}
      data-lane={slot.laneId}
      data-column={slot.column}
      data-state={state}
      style={{ ...placed(slot), pointerEvents: 'none' }}
    />
  );
}

/**
 * The palette: new assign and notify steps to drag into a lane.
 *
 * @example
 * <StepPalette label="Add a step" actions={{ assign: 'Assign', notify: 'Notify' }} … />
 */
export function StepPalette({
  label,
  actions,
  newStep,
  roleDescription,
  cls,
}: {
  label: string;
  actions: Readonly<Record<EscalationStep['action'], string>>;
  newStep: (action: string) => string;
  roleDescription: string;
  cls: Cls;
}) {
  return (
    <ul aria-label={label} className={cls('palette')}>
      {(['assign', 'notify'] as const).map((action) => (
        <li key={action}>
          <DragHandle
            item={{ kind: 'new', action }}
            label={newStep(actions[action])}
            roleDescription={roleDescription}
            className={cls('palette-item')}
          >
            <span aria-hidden="true" className={cls('palette-icon')} data-action={action} />
            {newStep(actions[action])}
          </DragHandle>
        </li>
      ))}
    </ul>
  );
}
