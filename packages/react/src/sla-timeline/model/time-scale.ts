// The linear scale of a timeline: instants to fractions of the plot and back, zoom and pan that
// keep a range within limits. Real time, not wall time: a 23-hour DST day is drawn shorter.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A visible span of time, `from` < `to`, in epoch ms.
 *
 * @example
 * const range: TimeRange = { from: Date.UTC(2026, 2, 2), to: Date.UTC(2026, 2, 4) };
 */
export interface TimeRange {
  readonly from: number;
  readonly to: number;
}

/**
 * How far a range may zoom and pan: the shortest and longest span, and the stretch of time it
 * must stay within.
 *
 * @example
 * const limits: RangeLimits = { minSpan: 15 * 60_000, maxSpan: 30 * 86_400_000, bounds };
 */
export interface RangeLimits {
  readonly minSpan: number;
  readonly maxSpan: number;
  readonly bounds: TimeRange;
}

/**
 * Where `t` falls across `range`, 0 at `from` and 1 at `to` (outside for instants outside).
 *
 * @example
 * fractionOf({ from: 0, to: 100 }, 25); // 0.25
 */
export function fractionOf(range: TimeRange, t: number): number {
  return (t - range.from) / (range.to - range.from);
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * Where a moment (or, with `to`, a stretch) sits on a plot of `range`, as inline styles: placed
 * absolutely, in percentages along the inline axis so right to left mirrors it. A stretch is cut
 * to the range and fills its lane's height, holding its content (a stylesheet thins it with
 * `margin-block`). Undefined when it is off the range. Inline, so the plot keeps its shape with
 * no stylesheet.
 *
 * @example
 * placeIn({ from: 0, to: 100 }, 25, 50); // { position: 'absolute', insetBlock: 0, overflow: 'hidden', insetInlineStart: '25.000%', inlineSize: '25.000%' }
 */
export function placeIn(range: TimeRange, from: number, to?: number) {
  const a = fractionOf(range, from);
  if (to === undefined) {
    return a < 0 || a > 1
      ? undefined
      : ({ position: 'absolute', insetInlineStart: percent(a) } as const);
  }
  const b = fractionOf(range, to);
  if (b <= 0 || a >= 1) return undefined;
  const start = Math.max(a, 0);
  return {
    position: 'absolute',
    insetBlock: 0,
    overflow: 'hidden',
    insetInlineStart: percent(start),
    inlineSize: percent(Math.min(b, 1) - start),
  } as const;
}

/**
 * The instant at a fraction of `range`.
 *
 * @example
 * timeAtFraction({ from: 0, to: 100 }, 0.5); // 50
 */
export function timeAtFraction(range: TimeRange, fraction: number): number {
  return range.from + fraction * (range.to - range.from);
}

/**
 * `range` moved and shrunk as little as needed to respect `limits`.
 *
 * @example
 * clampRange({ from: 0, to: 60_000 }, { minSpan: 900_000, maxSpan: 86_400_000, bounds }); // 15 minutes wide
 */
export function clampRange(range: TimeRange, limits: RangeLimits): TimeRange {
  const { bounds } = limits;
  const maxSpan = Math.min(limits.maxSpan, bounds.to - bounds.from);
  const minSpan = Math.min(limits.minSpan, maxSpan);
  const span = Math.min(Math.max(range.to - range.from, minSpan), maxSpan);
  const middle = (range.from + range.to) / 2;
  let from = middle - span / 2;
  from = Math.min(Math.max(from, bounds.from), bounds.to - span);
  return { from: Math.round(from), to: Math.round(from + span) };
}

/**
 * Zooms by `factor` (above 1 zooms in) around `anchor`, which stays where it is on screen.
 *
 * @example
 * zoomRange({ from: 0, to: 100 }, 2, 0, limits); // { from: 0, to: 50 } (within limits)
 */
export function zoomRange(
  range: TimeRange,
  factor: number,
  anchor: number,
  limits: RangeLimits,
): TimeRange {
  const span = range.to - range.from;
  const next = Math.min(Math.max(span / factor, limits.minSpan), limits.maxSpan);
  const at = fractionOf(range, Math.min(Math.max(anchor, range.from), range.to));
  const from = anchor - at * next;
  // Within the bounds the anchor stays put; at an edge the range slides back inside.
  return clampRange({ from, to: from + next }, limits);
}

/**
 * `range` moved by `delta` ms (later when positive), stopping at the bounds.
 *
 * @example
 * panRange({ from: 0, to: 100 }, 10, limits); // { from: 10, to: 110 } (within limits)
 */
export function panRange(range: TimeRange, delta: number, limits: RangeLimits): TimeRange {
  return clampRange({ from: range.from + delta, to: range.to + delta }, limits);
}

/**
 * The smallest range that shows `t` with a margin, moving `range` only when `t` is outside.
 *
 * @example
 * revealTime({ from: 0, to: 100 }, 130, limits); // shifted so 130 sits just inside the end
 */
export function revealTime(range: TimeRange, t: number, limits: RangeLimits): TimeRange {
  const span = range.to - range.from;
  const margin = span * 0.05;
  if (t < range.from + margin) return panRange(range, t - margin - range.from, limits);
  if (t > range.to - margin) return panRange(range, t + margin - range.to, limits);
  return range;
}

const STEPS = [MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, DAY];

/**
 * The cursor's step at a zoom: the largest round step no wider than a hundredth of the span,
 * so arrow keys and snapping feel the same at every zoom.
 *
 * @example
 * cursorStep({ from: 0, to: 86_400_000 }); // 900_000 (15 minutes)
 */
export function cursorStep(range: TimeRange): number {
  const span = range.to - range.from;
  let step = STEPS[0] as number;
  for (const candidate of STEPS) if (candidate <= span / 64) step = candidate;
  return step;
}

/**
 * `t` rounded to the nearest multiple of `step` in UTC. Steps up to an hour divide every zone's
 * offset (multiples of 15 minutes), so snapped instants are on the same grid in every zone.
 *
 * @example
 * snapTime(Date.UTC(2026, 0, 1, 10, 7), 900_000); // 10:00
 */
export function snapTime(t: number, step: number): number {
  return Math.round(t / step) * step;
}

/**
 * A range around a ticket's life, `[start, end]`, with a margin each side: where a timeline
 * opens and what "fit" returns to.
 *
 * @example
 * fitRange(created, dueAt); // a little wider than the ticket's life
 */
export function fitRange(start: number, end: number, minSpan = 2 * HOUR): TimeRange {
  const span = Math.max(end - start, minSpan);
  const margin = span * 0.06;
  const middle = (start + end) / 2;
  return {
    from: Math.round(middle - span / 2 - margin),
    to: Math.round(middle + span / 2 + margin),
  };
}
