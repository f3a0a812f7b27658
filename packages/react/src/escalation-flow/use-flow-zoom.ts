import { type FocusEvent, type PointerEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/use-isomorphic-layout-effect';
import type { EscalationFlowMessages } from './messages';
import { fitZoom, keepInView, stepZoom } from './zoom-math';

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
  const anchor = useRef<{ x: number; y: number } | null>(null);

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
    const origin = viewport?.firstElementChild;
    anchor.current = null;
    if (!point || !viewport || !origin) return;
    const box = viewport.getBoundingClientRect();
    const start = origin.getBoundingClientRect();
    viewport.scrollLeft += keepInView(start.left, point.x, scale, box.left, box.width);
    viewport.scrollTop += keepInView(start.top, point.y, scale, box.top, box.height);
  }, [scale, viewport]);

  const zoomTo = useCallback(
    (next: number, following: boolean) => {
      const origin = viewport?.firstElementChild;
      if (viewport && origin) {
        const box = viewport.getBoundingClientRect();
        const start = origin.getBoundingClientRect();
        anchor.current = {
          x: (box.left + box.width / 2 - start.left) / scale,
          y: (box.top + box.height / 2 - start.top) / scale,
        };
      }
      setFit(following);
      setScale(next);
      announce(m.zoomed(Math.round(next * 100)));
    },
    [viewport, scale, announce, m],
  );

  const onPointerDown = useCallback((event: PointerEvent<HTMLElement>) => {
    const target = event.target as Element;
    if (event.button !== 0 || event.pointerType === 'touch' || target.closest(OWN_PRESS)) return;
    const view = event.currentTarget;
    const doc = view.ownerDocument;
    const { clientX, clientY } = event;
    const { scrollLeft, scrollTop } = view;
    // No text selection while panning; moves are followed on the document, past the viewport.
    event.preventDefault();
    view.setAttribute('data-panning', '');
    const move = (e: globalThis.PointerEvent) => {
      view.scrollLeft = scrollLeft - (e.clientX - clientX);
      view.scrollTop = scrollTop - (e.clientY - clientY);
    };
    const end = () => {
      view.removeAttribute('data-panning');
      doc.removeEventListener('pointermove', move);
      doc.removeEventListener('pointerup', end);
      doc.removeEventListener('pointercancel', end);
    };
    doc.addEventListener('pointermove', move);
    doc.addEventListener('pointerup', end);
    doc.addEventListener('pointercancel', end);
  }, []);

  // The browser scrolls only the focused button into view; the whole card should be.
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    (event.target as Element).closest('article')?.scrollIntoView({
      block: 'nearest',
      inline: 'nearest',
    });
  }, []);

  return useMemo(
    () => ({
      scale,
      fit,
      setViewport,
      onPointerDown,
      onFocus,
      zoomIn: () => zoomTo(stepZoom(scale, 1), false),
      zoomOut: () => zoomTo(stepZoom(scale, -1), false),
      reset: () => zoomTo(1, false),
      fitWidth: () => zoomTo(fitZoom(viewport?.clientWidth ?? 0, width), true),
    }),
    [scale, fit, onPointerDown, onFocus, zoomTo, viewport, width],
  );
}

/**
 * What {@link useFlowZoom} returns.
 *
 * @example
 * function Level({ zoom }: { zoom: FlowZoom }) { return <span>{Math.round(zoom.scale * 100)} %</span>; }
 */
export type FlowZoom = ReturnType<typeof useFlowZoom>;
