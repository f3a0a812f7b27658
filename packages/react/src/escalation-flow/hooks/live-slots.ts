import { useState } from 'react';
import { useIsomorphicLayoutEffect } from '../../hooks/use-isomorphic-layout-effect';
import type { FlowRect } from '../model/layout';

/**
 * The part of the canvas that drops can reach, in canvas pixels (unzoomed): what the scrolling viewport
 * shows plus a margin (unbounded along an axis the viewport does not clip). `'all'` when the
 * viewport clips nothing or has no size to go by (hidden, or a test environment without layout).
 *
 * @example
 * const reach: SlotReach = { left: 0, top: 0, right: 1280, bottom: 768 };
 */
export type SlotReach =
  | { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }
  | 'all';

// Reach is rounded out to this grid, so scrolling re-renders the slots only when it crosses a
// line rather than on every pixel.
const GRID = 128;

/**
 * Whether a slot lies (partly) within reach.
 *
 * @example
 * inReach({ x: 0, y: 0, width: 296, height: 180 }, 'all'); // true
 */
export function inReach(slot: FlowRect, reach: SlotReach | undefined): boolean {
  if (reach === undefined) return false;
  if (reach === 'all') return true;
  return (
    slot.x < reach.right &&
    slot.x + slot.width > reach.left &&
    slot.y < reach.bottom &&
    slot.y + slot.height > reach.top
  );
}

/**
 * What part of `canvas` a pointer can reach through the scrolling `viewport` around it, kept
 * up to date as the viewport scrolls (by hand, by a drag's autoscroll, by a keyboard drag) or
 * changes size. `undefined` until it has been read, which happens before the first paint.
 *
 * A pointer can only drop on what the viewport shows, so only those slots need to be dnd-kit
 * droppables: dnd-kit measures every droppable as a drag starts, walking each one's ancestors,
 * which for the 300 slots of a 100-step flow took longer than a frame.
 *
 * @example
 * const reach = useSlotReach(viewport, canvas, 296);
 * slots.filter((slot) => inReach(slot, reach));
 */
export function useSlotReach(
  viewport: HTMLElement | null,
  canvas: HTMLElement | null,
  margin: number,
): SlotReach | undefined {
  const [reach, setReach] = useState<SlotReach | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    if (!viewport || !canvas) return;
    const read = () => {
      const width = viewport.clientWidth;
      const height = viewport.clientHeight;
      if (width === 0 || height === 0) {
        setReach('all');
        return;
      }
      // An axis the viewport does not clip (unstyled, or styled by a host to grow) shows all.
      const style = getComputedStyle(viewport);
      const clipsX = style.overflowX !== 'visible';
      const clipsY = style.overflowY !== 'visible';
      if (!clipsX && !clipsY) {
        setReach('all');
        return;
      }
      const outer = viewport.getBoundingClientRect();
      const inner = canvas.getBoundingClientRect();
      // Screen pixels per canvas pixel: the canvas may be zoomed.
      const k = canvas.offsetWidth ? inner.width / canvas.offsetWidth : 1;
      const left = (outer.left + viewport.clientLeft - inner.left) / k;
      const top = (outer.top + viewport.clientTop - inner.top) / k;
      const next = {
        left: clipsX ? Math.floor((left - margin) / GRID) * GRID : -Infinity,
        top: clipsY ? Math.floor((top - margin) / GRID) * GRID : -Infinity,
        right: clipsX ? Math.ceil((left + width / k + margin) / GRID) * GRID : Infinity,
        bottom: clipsY ? Math.ceil((top + height / k + margin) / GRID) * GRID : Infinity,
      };
      setReach((previous) =>
        previous !== undefined &&
        previous !== 'all' &&
        previous.left === next.left &&
        previous.top === next.top &&
        previous.right === next.right &&
        previous.bottom === next.bottom
          ? previous
          : next,
      );
    };
    read();
    viewport.addEventListener('scroll', read, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : undefined;
    observer?.observe(viewport);
    observer?.observe(canvas);
    // The canvas's own box keeps its size as it zooms; the box around it does not.
    if (canvas.parentElement) observer?.observe(canvas.parentElement);
    return () => {
      viewport.removeEventListener('scroll', read);
      observer?.disconnect();
    };
  }, [viewport, canvas, margin]);
  return reach;
}
