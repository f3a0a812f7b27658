import { describe, expect, it } from 'vitest';
import {
  clampRange,
  cursorStep,
  fitRange,
  fractionOf,
  panRange,
  placeIn,
  type RangeLimits,
  revealTime,
  snapTime,
  timeAtFraction,
  zoomRange,
} from './time-scale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const limits: RangeLimits = {
  minSpan: 15 * MINUTE,
  maxSpan: 10 * DAY,
  bounds: { from: 0, to: 20 * DAY },
};

describe('placeIn', () => {
  const range = { from: 0, to: 200 };

  it('places a moment absolutely at its share of the inline axis', () => {
    expect(placeIn(range, 50)).toEqual({ position: 'absolute', insetInlineStart: '25.000%' });
  });

  it('leaves out a moment off the range', () => {
    expect(placeIn(range, -1)).toBeUndefined();
    expect(placeIn(range, 201)).toBeUndefined();
  });

  it('cuts a stretch to the range and has it fill its lane, holding its content', () => {
    expect(placeIn(range, -100, 50)).toEqual({
      position: 'absolute',
      insetBlock: 0,
      overflow: 'hidden',
      insetInlineStart: '0.000%',
      inlineSize: '25.000%',
    });
    expect(placeIn(range, 150, 400)).toMatchObject({
      insetInlineStart: '75.000%',
      inlineSize: '25.000%',
    });
  });

  it('leaves out a stretch wholly before or after the range', () => {
    expect(placeIn(range, -100, 0)).toBeUndefined();
    expect(placeIn(range, 200, 300)).toBeUndefined();
  });
});

describe('fractionOf and timeAtFraction', () => {
  it('are inverse', () => {
    const range = { from: 5 * DAY, to: 7 * DAY };
    for (const f of [0, 0.25, 0.5, 1, 1.5])
      expect(fractionOf(range, timeAtFraction(range, f))).toBeCloseTo(f);
  });
});

describe('zoomRange', () => {
  it('keeps the anchor at the same place on screen', () => {
    const range = { from: 2 * DAY, to: 4 * DAY };
    const anchor = 2.5 * DAY;
    const zoomed = zoomRange(range, 2, anchor, limits);
    expect(zoomed.to - zoomed.from).toBe(DAY);
    expect(fractionOf(zoomed, anchor)).toBeCloseTo(fractionOf(range, anchor));
  });

  it('stops at the narrowest span', () => {
    const range = { from: DAY, to: DAY + HOUR };
    const zoomed = zoomRange(range, 100, DAY, limits);
    expect(zoomed.to - zoomed.from).toBe(15 * MINUTE);
  });

  it('stops at the widest span and stays inside the bounds', () => {
    // Anchored at the end, ten days back would start before the bounds: it slides forward.
    const zoomed = zoomRange({ from: DAY, to: 3 * DAY }, 0.01, 3 * DAY, limits);
    expect(zoomed.to - zoomed.from).toBe(10 * DAY);
    expect(zoomed.from).toBe(0);
  });
});

describe('clampRange', () => {
  it('slides a range back inside the bounds without changing its span', () => {
    expect(clampRange({ from: -DAY, to: DAY }, limits)).toEqual({ from: 0, to: 2 * DAY });
    expect(clampRange({ from: 19 * DAY, to: 21 * DAY }, limits)).toEqual({
      from: 18 * DAY,
      to: 20 * DAY,
    });
  });

  it('widens a range narrower than the minimum around its middle', () => {
    expect(clampRange({ from: DAY, to: DAY + MINUTE }, limits)).toEqual({
      from: DAY + 30_000 - 7.5 * MINUTE,
      to: DAY + 30_000 + 7.5 * MINUTE,
    });
  });
});

describe('panRange', () => {
  it('moves by the delta and stops at the bounds', () => {
    expect(panRange({ from: DAY, to: 2 * DAY }, HOUR, limits)).toEqual({
      from: DAY + HOUR,
      to: 2 * DAY + HOUR,
    });
    expect(panRange({ from: DAY, to: 2 * DAY }, -5 * DAY, limits)).toEqual({ from: 0, to: DAY });
  });
});

describe('revealTime', () => {
  it('leaves the range alone when the instant is well inside', () => {
    const range = { from: DAY, to: 2 * DAY };
    expect(revealTime(range, 1.5 * DAY, limits)).toBe(range);
  });

  it('pans just enough to show an instant past the end', () => {
    const range = { from: DAY, to: 2 * DAY };
    const moved = revealTime(range, 2 * DAY + HOUR, limits);
    expect(moved.to - moved.from).toBe(DAY);
    expect(fractionOf(moved, 2 * DAY + HOUR)).toBeCloseTo(0.95);
  });
});

describe('cursorStep and snapTime', () => {
  it('steps by round amounts that shrink as the view zooms in', () => {
    expect(cursorStep({ from: 0, to: DAY })).toBe(15 * MINUTE);
    expect(cursorStep({ from: 0, to: 2 * HOUR })).toBe(MINUTE);
    expect(cursorStep({ from: 0, to: 10 * DAY })).toBe(3 * HOUR);
  });

  it('snaps to the nearest step', () => {
    expect(snapTime(Date.UTC(2026, 0, 1, 10, 7), 15 * MINUTE)).toBe(Date.UTC(2026, 0, 1, 10, 0));
    expect(snapTime(Date.UTC(2026, 0, 1, 10, 8), 15 * MINUTE)).toBe(Date.UTC(2026, 0, 1, 10, 15));
  });
});

describe('fitRange', () => {
  it('adds a margin around the ticket and is never narrower than two hours', () => {
    const fit = fitRange(DAY, 2 * DAY);
    expect(fit.from).toBeLessThan(DAY);
    expect(fit.to).toBeGreaterThan(2 * DAY);
    const short = fitRange(DAY, DAY + MINUTE);
    expect(short.to - short.from).toBeGreaterThanOrEqual(2 * HOUR);
  });
});
