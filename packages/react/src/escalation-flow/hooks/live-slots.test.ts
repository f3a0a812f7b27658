import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFlowLayout } from '../model/layout';
import { largeFlow } from '../stories/story-data';
import { inReach, useSlotReach } from './live-slots';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

// A viewport showing `width` × `height` of a canvas scrolled to (`left`, `top`).
function scroller(width: number, height: number, overflow = 'auto') {
  const viewport = document.createElement('section');
  const canvas = document.createElement('div');
  viewport.style.overflowX = overflow;
  viewport.style.overflowY = overflow;
  viewport.append(canvas);
  document.body.append(viewport);
  let scroll = { left: 0, top: 0 };
  Object.defineProperty(viewport, 'clientWidth', { get: () => width });
  Object.defineProperty(viewport, 'clientHeight', { get: () => height });
  viewport.getBoundingClientRect = () => new DOMRect(100, 50, width, height);
  canvas.getBoundingClientRect = () => new DOMRect(100 - scroll.left, 50 - scroll.top, 9000, 900);
  const scrollTo = (left: number, top: number) => {
    scroll = { left, top };
    viewport.dispatchEvent(new Event('scroll'));
  };
  return { viewport, canvas, scrollTo };
}

describe('inReach', () => {
  it('takes every slot when the reach is all of the canvas, none before it is read', () => {
    expect(inReach(box(5000, 0, 296, 180), 'all')).toBe(true);
    expect(inReach(box(0, 0, 296, 180), undefined)).toBe(false);
  });

  it('takes a slot that reaches partly into the rectangle and leaves one that only touches it', () => {
    const reach = { left: 0, top: 0, right: 1024, bottom: 512 };
    expect(inReach(box(1000, 100, 296, 180), reach)).toBe(true);
    expect(inReach(box(1024, 100, 296, 180), reach)).toBe(false);
    expect(inReach(box(100, 512, 296, 180), reach)).toBe(false);
  });
});

describe('useSlotReach', () => {
  it('is what the viewport shows plus the margin, rounded out, and follows scrolling', () => {
    const { viewport, canvas, scrollTo } = scroller(1000, 500);
    const { result } = renderHook(() => useSlotReach(viewport, canvas, 300));
    expect(result.current).toEqual({ left: -384, top: -384, right: 1408, bottom: 896 });
    act(() => scrollTo(2000, 0));
    expect(result.current).toEqual({ left: 1664, top: -384, right: 3328, bottom: 896 });
  });

  it('keeps the same object while scrolling stays within the rounding', () => {
    const { viewport, canvas, scrollTo } = scroller(1000, 500);
    const { result } = renderHook(() => useSlotReach(viewport, canvas, 300));
    const before = result.current;
    act(() => scrollTo(10, 5));
    expect(result.current).toBe(before);
  });

  it('keeps live every slot the viewport shows, wherever it is scrolled', () => {
    const { slots, width, height } = computeFlowLayout(largeFlow(30, 0).policy, [
      { id: 'it', name: 'IT' },
      { id: 'msp', name: 'MSP' },
      { id: 'soc', name: 'SOC' },
    ]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1600 }),
        fc.integer({ min: 1, max: 900 }),
        fc.nat(width),
        fc.nat(height),
        (w, h, left, top) => {
          const { viewport, canvas, scrollTo } = scroller(w, h);
          const { result, unmount } = renderHook(() => useSlotReach(viewport, canvas, 0));
          act(() => scrollTo(left, top));
          const shown = (s: (typeof slots)[number]) =>
            s.x < left + w && s.x + s.width > left && s.y < top + h && s.y + s.height > top;
          for (const slot of slots.filter(shown)) expect(inReach(slot, result.current)).toBe(true);
          unmount();
        },
      ),
      { numRuns: 50 },
    );
  });

  it('does not bound an axis the viewport lets its content overflow', () => {
    const { viewport, canvas } = scroller(1000, 500, 'visible');
    viewport.style.overflowX = 'auto';
    const { result } = renderHook(() => useSlotReach(viewport, canvas, 300));
    expect(result.current).toEqual({ left: -384, top: -Infinity, right: 1408, bottom: Infinity });
  });

  it('reaches everything when the viewport clips nothing', () => {
    const { viewport, canvas } = scroller(1000, 500, 'visible');
    const { result } = renderHook(() => useSlotReach(viewport, canvas, 300));
    expect(result.current).toBe('all');
  });

  it('reaches everything when the viewport has no size to go by', () => {
    const { viewport, canvas } = scroller(0, 0);
    const { result } = renderHook(() => useSlotReach(viewport, canvas, 300));
    expect(result.current).toBe('all');
  });
});
