import { type FocusEvent, type PointerEvent, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../../hooks/use-isomorphic-layout-effect';
import type { EscalationFlowMessages } from '../messages';
import { fitZoom, keepInView, stepZoom } from '../model/zoom-math';

// A press here is the diagram's own (a card, a button): it does not pan.
const OWN_PRESS = 'button,input,select,textarea,a,[data-step-id]';

/**
 * The diagram's zoom and pan. By default it fits the viewport's width (never above 100 %,
 * never below half size) and follows the viewport as it resizes; zooming in or out, or back to
 * 100 %, keeps the point under the viewport's middle still and stops following until "Fit" is
 * pressed again. Each press is announced. Dragging the background with a mouse or pen pans
 * (touch pans natively); focus moving into a card scrolls the whole card into view. Measuring happens only in effects, so a server renders at 100 %.
 *
 * @example
 * const zoom = useFlowZoom(flow.layout.width, flow.announce, flow.messages.zoom);
 * <section ref={zoom.setViewport} onPointerDown={zoom.onPointerDown}>…scale(zoom.scale)…</section>
 */
export function useFlowZoom(
  width: number,
  announce: (message: string) => void,
  m: EscalationFlowMessages['zoom'],
) {
  const [viewport, setViewport] = useState<HTMLElement | null>(null);
  const [fit, setFit] = useState(true);
  const [scale, setScale] = useState(1);
  // The canvas point under the viewport's middle before a press changed the scale.
  const anchor = useRef<number[] | null>(null);
  // The viewport's box and where the canvas starts on screen (its scaled box's corner).
  const boxes = () => {
    const origin = viewport?.firstElementChild;
    return viewport && origin
      ? [viewport.getBoundingClientRect(), origin.getBoundingClientRect()]
      : undefined;
  };

  useIsomorphicLayoutEffect(() => {
    if (!viewport || !fit) return;
    const read = () => setScale(fitZoom(viewport.clientWidth, width));
    read();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : undefined;
    observer?.observe(viewport);
    return () => observer?.disconnect();
  }, [viewport, fit, width]);

  useIsomorphicLayoutEffect(() => {
    const point = anchor.current;
    const measured = boxes();
    anchor.current = null;
    if (!point || !viewport || !measured) return;
    const [box, start] = measured as [DOMRect, DOMRect];
    viewport.scrollLeft += keepInView(start.left, point[0] ?? 0, scale, box.left, box.width);
    viewport.scrollTop += keepInView(start.top, point[1] ?? 0, scale, box.top, box.height);
  }, [scale, viewport]);

  const zoomTo = (next: number, following: boolean) => {
    const measured = boxes();
    if (measured) {
      const [box, start] = measured as [DOMRect, DOMRect];
      anchor.current = [
        (box.left + box.width / 2 - start.left) / scale,
        (box.top + box.height / 2 - start.top) / scale,
      ];
    }
    setFit(following);
    setScale(next);
    announce(m.zoomed(Math.round(next * 100)));
  };

  return {
    scale,
    fit,
    setViewport,
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      const target = event.target as Element;
      if (event.button !== 0 || event.pointerType === 'touch' || target.closest(OWN_PRESS)) return;
      const view = event.currentTarget;
      const { clientX, clientY } = event;
      const { scrollLeft, scrollTop } = view;
      const done = new AbortController();
      const { signal } = done;
      // No text selection while panning; moves are followed on the document, past the viewport.
      event.preventDefault();
      view.setAttribute('data-panning', '');
      const doc = view.ownerDocument;
      doc.addEventListener(
        'pointermove',
        (e) => {
          view.scrollLeft = scrollLeft - (e.clientX - clientX);
          view.scrollTop = scrollTop - (e.clientY - clientY);
        },
        { signal },
      );
      const end = () => {
        view.removeAttribute('data-panning');
        done.abort();
      };
      doc.addEventListener('pointerup', end, { signal });
      doc.addEventListener('pointercancel', end, { signal });
    },
    // The browser scrolls only the focused button into view; the whole card should be.
    onFocus: (event: FocusEvent<HTMLElement>) => {
      (event.target as Element)
        .closest('article')
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    zoomIn: () => zoomTo(stepZoom(scale, 1), false),
    zoomOut: () => zoomTo(stepZoom(scale, -1), false),
    reset: () => zoomTo(1, false),
    fitWidth: () => zoomTo(fitZoom(viewport?.clientWidth ?? 0, width), true),
  };
}

/**
 * What {@link useFlowZoom} returns.
 *
 * @example
 * function Level({ zoom }: { zoom: FlowZoom }) { return <span>{Math.round(zoom.scale * 100)} %</span>; }
 */
export type FlowZoom = ReturnType<typeof useFlowZoom>;
