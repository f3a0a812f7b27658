import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIT_FLOOR, fitZoom, keepInView, stepZoom, ZOOM_LEVELS } from './zoom-math';

const scale = fc.double({ min: 0.1, max: 3, noNaN: true });

describe('fitZoom', () => {
  it('fits a 1,316 px diagram into the 880 px a 1,280 px page leaves it', () => {
    expect(fitZoom(880, 1316)).toBeCloseTo(0.6687, 3);
    expect(880 / fitZoom(880, 1316)).toBeCloseTo(1316, 6);
  });

  it('keeps a diagram that already fits at 100 %, and stops at half size', () => {
    expect(fitZoom(2000, 1316)).toBe(1);
    expect(fitZoom(300, 1316)).toBe(FIT_FLOOR);
  });

  it('is 100 % when there is nothing to measure (a server, a hidden viewport)', () => {
    expect(fitZoom(0, 1316)).toBe(1);
    expect(fitZoom(880, 0)).toBe(1);
    expect(fitZoom(Number.NaN, 1316)).toBe(1);
  });

  it('never overflows the width unless it is at the floor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 40000 }), (a, c) => {
        const s = fitZoom(a, c);
        expect(s).toBeGreaterThanOrEqual(FIT_FLOOR);
        expect(s).toBeLessThanOrEqual(1);
        if (s > FIT_FLOOR) expect(c * s).toBeLessThanOrEqual(a + 1e-9);
      }),
    );
  });
});

describe('stepZoom', () => {
  it('steps from a fitted scale to the levels either side of it', () => {
    expect(stepZoom(0.6687, 1)).toBe(0.8);
    expect(stepZoom(0.6687, -1)).toBe(0.5);
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(0.8, 1)).toBe(1);
  });

  it('stays put at either end', () => {
    expect(stepZoom(ZOOM_LEVELS[0] as number, -1)).toBe(ZOOM_LEVELS[0]);
    expect(stepZoom(ZOOM_LEVELS.at(-1) as number, 1)).toBe(ZOOM_LEVELS.at(-1));
  });

  it('always moves the way it is asked to, onto a level, unless at an end', () => {
    fc.assert(
      fc.property(scale, fc.constantFrom(1 as const, -1 as const), (s, direction) => {
        const next = stepZoom(s, direction);
        if (next === s) {
          const end = direction > 0 ? (ZOOM_LEVELS.at(-1) as number) : (ZOOM_LEVELS[0] as number);
          expect(Math.abs(s - end) <= 0.005 || (s - end) * direction > 0).toBe(true);
        } else {
          expect((next - s) * direction).toBeGreaterThan(0);
          expect(ZOOM_LEVELS).toContain(next);
        }
      }),
    );
  });

  it('comes back to a level after one step in and one out', () => {
    for (const level of ZOOM_LEVELS.slice(0, -1))
      expect(stepZoom(stepZoom(level, 1), -1)).toBe(level);
  });
});

describe('keepInView', () => {
  it('scrolls so the point that was in the middle is in the middle again', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 30000, noNaN: true }),
        scale,
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        (start, point, s, viewStart, viewSize) => {
          const scroll = keepInView(start, point, s, viewStart, viewSize);
          // Scrolling by `scroll` moves the canvas's start back by as much.
          expect(start - scroll + point * s).toBeCloseTo(viewStart + viewSize / 2, 6);
        },
      ),
    );
  });
});
