import { useDraggable } from '@dnd-kit/core';
import { type KeyboardEvent, type PointerEvent, useEffect, useRef } from 'react';

type CardItem = { kind: 'step' | 'connect'; stepId: string };

/**
 * The move handles and connect ports of every card (buttons marked `data-card-handle="step"` or
 * `"connect"` inside an element with `data-step-id`) share one dnd-kit draggable, handled on
 * the canvas. A draggable per handle made each of a 100-step flow's 200 handles re-render (about
 * twenty hooks each) every time dnd-kit's context changed — three times as a drag starts —
 * although only one handle can be dragged. Pressing a handle arms the draggable with that
 * handle as activator, its card (or the port) as the node to measure and the handle's item as
 * data, then hands the event to dnd-kit.
 *
 * @example
 * const handles = useCardHandles(flow.readOnly);
 * <div onPointerDown={handles.onPointerDown} onKeyDown={handles.onKeyDown}>…cards…</div>
 */
export function useCardHandles(disabled = false) {
  const data = useRef<CardItem>({ kind: 'step', stepId: '' });
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging, active } =
    useDraggable({ id: 'card-handle', data: data.current, disabled });
  const armed = useRef<HTMLElement | null>(null);

  // While dragging, the pressed handle says so as a per-handle draggable did.
  useEffect(() => {
    const handle = armed.current;
    if (!isDragging || !handle) return;
    handle.setAttribute('aria-pressed', 'true');
    handle.setAttribute('data-state', 'dragging');
    return () => {
      handle.removeAttribute('aria-pressed');
      handle.setAttribute('data-state', 'idle');
    };
  }, [isDragging]);

  /** Arms the draggable with the handle `target` is in; false when there is none to arm. */
  const arm = (target: EventTarget): boolean => {
    // A drag on: its item and nodes must stay as they are.
    if (active) return false;
    const handle = (target as Element).closest?.('[data-card-handle]');
    const card = handle?.closest('[data-step-id]');
    const kind = handle?.getAttribute('data-card-handle');
    const stepId = card?.getAttribute('data-step-id');
    if (!(handle instanceof HTMLElement) || !(card instanceof HTMLElement) || !stepId) return false;
    if (kind !== 'step' && kind !== 'connect') return false;
    data.current.kind = kind;
    data.current.stepId = stepId;
    armed.current = handle;
    setActivatorNodeRef(handle);
    // A moved step's overlay takes its card's size; a connection's, the port's.
    setNodeRef(kind === 'step' ? card : handle);
    return true;
  };

  return {
    /** The id of dnd-kit's hidden instructions, for each handle's `aria-describedby`. */
    describedBy: attributes['aria-describedby'],
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      // Only a press the pointer sensor would take: a second finger must not re-arm the
      // draggable under a first one's pending press.
      if (!event.isPrimary || event.button !== 0) return;
      if (arm(event.target)) listeners?.onPointerDown?.(event);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (arm(event.target)) listeners?.onKeyDown?.(event);
    },
  };
}
