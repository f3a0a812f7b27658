import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { EscalationStep } from '@tandem/core/escalation';
import { memo, type RefObject, useCallback, useEffect } from 'react';
import type { FlowSlot } from './layout';
import { dragId, type FlowDragItem } from './use-flow-dnd';

// The only components that subscribe to dnd-kit's context: small buttons and empty slots, so a
// drag over a 100-step policy re-renders these, never the cards' contents.

type Cls = (name: string) => string | undefined;

/**
 * A drag handle: a button that picks up a step (moving it), a connection from it, or a new
 * step from the palette. `measure` names the element the overlay takes its size from.
 *
 * @example
 * <DragHandle item={{ kind: 'step', stepId: 't1' }} label="Move Tier 1" roleDescription="movable step" />
 */
export const DragHandle = memo(function DragHandle({
  item,
  label,
  roleDescription,
  measure,
  className,
  disabled,
  children,
}: {
  item: FlowDragItem;
  label: string;
  roleDescription: string;
  measure?: RefObject<HTMLElement | null> | undefined;
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
      if (!measure) setNodeRef(node);
    },
    [measure, setActivatorNodeRef, setNodeRef],
  );
  // After commit, when the parent's ref is attached (children's layout effects run before it).
  useEffect(() => {
    if (measure?.current) setNodeRef(measure.current);
  }, [measure, setNodeRef]);
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
 * A drop target: one column of one lane.
 *
 * @example
 * <DropSlot slot={slot} cls={cls} disabled={readOnly} />
 */
export const DropSlot = memo(function DropSlot({
  slot,
  cls,
  disabled,
}: {
  slot: FlowSlot;
  cls: Cls;
  disabled: boolean;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: slot.id, data: slot, disabled });
  return (
    <div
      ref={setNodeRef}
      className={cls('slot')}
      data-lane={slot.laneId}
      data-column={slot.column}
      data-state={isOver ? 'over' : 'idle'}
      style={{ left: slot.x, top: slot.y, width: slot.width, height: slot.height }}
    />
  );
});

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
