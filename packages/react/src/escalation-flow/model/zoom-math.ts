// The diagram's zoom as pure arithmetic: the levels the buttons step through, the scale that
// fits a width, and the scroll that keeps a point still while the scale changes.

/**
 * The scales the zoom buttons step through, smallest first; 1 is 100 %.
 *
 * @example
 * ZOOM_LEVELS.at(-1); // 2
 */
export const ZOOM_LEVELS: readonly number[] = [0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2];

/**
 * The smallest scale "Fit" goes to: below half size a card's words are too small to read, so a
 * wider diagram scrolls instead.
 *
 * @example
 * fitZoom(200, 1316); // FIT_FLOOR
 */
export const FIT_FLOOR = 0.5;

/**
 * The scale at which `content` pixels fill `available` pixels: never above 100 % (a small flow
 * keeps its size) nor below {@link FIT_FLOOR}; 1 when either is unknown (no layout, on a server).
 *
 * @example
 * fitZoom(880, 1316); // 0.668…
 */
export function fitZoom(available: number, content: number): number {
  if (!(available > 0 && content > 0)) return 1;
  return Math.min(1, Math.max(FIT_FLOOR, available / content));
}

/**
 * The next level up (`direction` 1) or down (-1) from `scale`, which need not be a level itself
 * (a fitted scale); `scale` itself at either end.
 *
 * @example
 * stepZoom(0.668, 1); // 0.8
 * stepZoom(0.668, -1); // 0.5
 */
export function stepZoom(scale: number, direction: 1 | -1): number {
  const ladder = direction > 0 ? ZOOM_LEVELS : [...ZOOM_LEVELS].reverse();
  return ladder.find((level) => (level - scale) * direction > 0.005) ?? scale;
}

/**
 * How far to scroll along one axis so that `point` (in canvas pixels, as it was before the
 * change) stays under the middle of the viewport at the new `scale`: `start` is where the
 * canvas begins on screen now, `viewStart` and `viewSize` the viewport's box.
 *
 * @example
 * keepInView(0, 500, 1, 0, 400); // 300: point 500 moves to the viewport's middle, 200
 */
export function keepInView(
  start: number,
  point: number,
  scale: number,
  viewStart: number,
  viewSize: number,
): number {
  return start + point * scale - (viewStart + viewSize / 2);
}
