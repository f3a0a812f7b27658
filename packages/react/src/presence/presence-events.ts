import type { Active, DndContextProps, Over } from '@dnd-kit/core';
import type { FocusEvent } from 'react';
import type { PresenceDrag, PresenceFocus } from './presence-types';

/**
 * A component root's focus handlers that report this user's place: the one `placeAt` finds
 * for the focused element. Focus on an element with no place (a menu or dialog inside the
 * component) keeps the place it came from; focus leaving the component reports `null`.
 *
 * @example
 * <div {...presenceRootProps(setFocus, (el) => stepPlace(el))}>…</div>
 */
export function presenceRootProps(
  setFocus: (focus: PresenceFocus | null) => void,
  placeAt: (element: Element) => PresenceFocus | undefined,
) {
  return {
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const place = placeAt(event.target as Element);
      if (place) setFocus(place);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocus(null);
    },
  };
}

/**
 * A drag context's props with this user's drag reported too: `dragOf` turns dnd-kit's active
 * item and drop target into a presence drag (`null` for a drag with no place, such as a new
 * step from a palette); the drag's end or cancel reports `null`.
 *
 * @example
 * <DndContext {...presenceDndProps(dnd.contextProps, setDragging, dragOf)}>…</DndContext>
 */
export function presenceDndProps<P extends DndContextProps>(
  props: P,
  setDragging: (drag: PresenceDrag | null) => void,
  dragOf: (active: Active, over: Over | null) => PresenceDrag | null,
): P {
  return {
    ...props,
    onDragStart: (event) => {
      props.onDragStart?.(event);
      setDragging(dragOf(event.active, null));
    },
    onDragOver: (event) => {
      props.onDragOver?.(event);
      setDragging(dragOf(event.active, event.over));
    },
    onDragEnd: (event) => {
      props.onDragEnd?.(event);
      setDragging(null);
    },
    onDragCancel: (event) => {
      props.onDragCancel?.(event);
      setDragging(null);
    },
  };
}
