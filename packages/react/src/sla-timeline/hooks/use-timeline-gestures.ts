import {
  type PointerEvent as ReactPointerEvent,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import {
  panRange,
  type RangeLimits,
  snapTime,
  type TimeRange,
  timeAtFraction,
  zoomRange,
} from '../model/time-scale';

// Pointer and wheel gestures on the plot: drag the cursor to scrub, drag the background to pan,
// click to place the cursor, pinch with two fingers or Ctrl/⌘ + wheel (a trackpad pinch arrives
// as that) to zoom, horizontal or Shift + wheel to pan. Plain vertical wheel scrolls the page.

/** What the gestures need from the timeline. */
export interface TimelineGestureOptions {
  readonly range: TimeRange;
  readonly limits: RangeLimits;
  readonly step: number;
  readonly setRange: (range: TimeRange) => void;
  /** `done` is true when the gesture ends: the moment to announce. */
  readonly setCursor: (t: number, done: boolean) => void;
}

type Gesture =
  | { kind: 'scrub' }
  | { kind: 'press'; x: number; range: TimeRange; moved: boolean }
  | { kind: 'pinch'; distance: number; range: TimeRange };

type Point = { readonly x: number; readonly y: number };

const CLICK_SLOP = 4;

/**
 * The two fingers of a pinch: how far apart they are (in any direction, so a vertical or
 * diagonal pinch zooms too) and the x of their midpoint, the instant that stays put.
 */
function pinchOf(points: Map<number, Point>): { distance: number; centerX: number } {
  const [a = { x: 0, y: 0 }, b = { x: 0, y: 0 }] = points.values();
  return { distance: Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1), centerX: (a.x + b.x) / 2 };
}

/** Where a client x falls across an element, 0 at its start edge (the right one in RTL). */
function fractionAcross(element: Element, clientX: number): number {
  const rect = element.getBoundingClientRect();
  if (rect.width <= 0) return 0;
  const rtl = getComputedStyle(element).direction === 'rtl';
  const f = (clientX - rect.left) / rect.width;
  return rtl ? 1 - f : f;
}

/**
 * Handlers for the plot element, and its measured width (for tick density).
 *
 * @example
 * const { plotProps, width, scrubbing } = useTimelineGestures({ range, limits, step, setRange, setCursor });
 * <div {...plotProps} />
 */
export function useTimelineGestures(options: TimelineGestureOptions) {
  const latest = useRef(options);
  latest.current = options;
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(0);
  const [scrubbing, setScrubbing] = useState(false);
  const gesture = useRef<Gesture | null>(null);
  const pointers = useRef(new Map<number, Point>());

  const timeAt = useCallback((target: Element, clientX: number) => {
    const { range, step } = latest.current;
    const f = Math.min(Math.max(fractionAcross(target, clientX), 0), 1);
    return snapTime(timeAtFraction(range, f), step);
  }, []);

  useEffect(() => {
    if (!element) return;
    const measure = () => setWidth(element.getBoundingClientRect().width);
    measure();
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    // Not passive: Ctrl + wheel must not zoom the whole page as well.
    const onWheel = (event: WheelEvent) => {
      const { range, limits, setRange } = latest.current;
      const rect = element.getBoundingClientRect();
      const span = range.to - range.from;
      const msPerPx = span / Math.max(rect.width, 1);
      const rtl = getComputedStyle(element).direction === 'rtl';
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const anchor = timeAtFraction(range, fractionAcross(element, event.clientX));
        setRange(zoomRange(range, Math.exp(-event.deltaY * 0.002), anchor, limits));
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        const delta =
          (event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX) * msPerPx;
        setRange(panRange(range, rtl ? -delta : delta, limits));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      observer?.disconnect();
      element.removeEventListener('wheel', onWheel);
    };
  }, [element]);

  const onPointerDown = useCallback((event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const plot = event.currentTarget;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    try {
      plot.setPointerCapture?.(event.pointerId);
    } catch {
      // A pointer lifted before its press was handled cannot be captured; the gesture works
      // without capture while it stays over the plot.
    }
    if (pointers.current.size === 2) {
      const { distance } = pinchOf(pointers.current);
      gesture.current = { kind: 'pinch', distance, range: latest.current.range };
      setScrubbing(false);
      return;
    }
    const onCursor = (event.target as Element).closest?.('[data-sla-cursor]');
    if (onCursor) {
      event.preventDefault();
      (onCursor as HTMLElement).focus?.();
      gesture.current = { kind: 'scrub' };
      setScrubbing(true);
    } else {
      gesture.current = {
        kind: 'press',
        x: event.clientX,
        range: latest.current.range,
        moved: false,
      };
    }
  }, []);

  const onPointerMove = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const current = gesture.current;
      if (!current || !pointers.current.has(event.pointerId)) return;
      pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const plot = event.currentTarget;
      const { limits, setRange, setCursor } = latest.current;
      if (current.kind === 'scrub') {
        setCursor(timeAt(plot, event.clientX), false);
      } else if (current.kind === 'press') {
        const dx = event.clientX - current.x;
        if (!current.moved && Math.abs(dx) < CLICK_SLOP) return;
        current.moved = true;
        const rect = plot.getBoundingClientRect();
        const span = current.range.to - current.range.from;
        const rtl = getComputedStyle(plot).direction === 'rtl';
        const delta = (-dx / Math.max(rect.width, 1)) * span;
        setRange(panRange(current.range, rtl ? -delta : delta, limits));
      } else if (pointers.current.size === 2) {
        // Against the range when the fingers landed: the instant under their midpoint keeps
        // its place while the span follows their distance.
        const { distance, centerX } = pinchOf(pointers.current);
        const anchor = timeAtFraction(current.range, fractionAcross(plot, centerX));
        setRange(zoomRange(current.range, distance / current.distance, anchor, limits));
      }
    },
    [timeAt],
  );

  const end = useCallback(
    (event: ReactPointerEvent<HTMLElement>, cancelled: boolean) => {
      pointers.current.delete(event.pointerId);
      const current = gesture.current;
      if (pointers.current.size > 0 && current?.kind === 'pinch') return;
      gesture.current = null;
      setScrubbing(false);
      if (cancelled || !current) return;
      const t = timeAt(event.currentTarget, event.clientX);
      if (current.kind === 'scrub') latest.current.setCursor(t, true);
      else if (current.kind === 'press' && !current.moved) latest.current.setCursor(t, true);
    },
    [timeAt],
  );

  const plotProps = {
    ref: setElement,
    onPointerDown,
    onPointerMove,
    onPointerUp: (event: ReactPointerEvent<HTMLElement>) => end(event, false),
    onPointerCancel: (event: ReactPointerEvent<HTMLElement>) => end(event, true),
    // Vertical swipes still scroll the page; horizontal ones belong to the timeline.
    style: { touchAction: 'pan-y' as const },
  };
  return { plotProps, width, scrubbing };
}
