import type { EscalationPolicy } from '@tandem/core/escalation';
import type { LogicalBox } from './layout';

/**
 * An arrow: a transition between two cards (`forward`, `back` for one that returns to an
 * earlier column, `self` for a loop), or a `reach` link from a step to a further target.
 * `path` is SVG path data; `label` is where its words go.
 *
 * @example
 * <path d={edge.path} data-kind={edge.kind} />
 */
export interface FlowEdge {
  readonly id: string;
  readonly kind: 'forward' | 'back' | 'self' | 'reach';
  readonly from: string;
  readonly to: string;
  readonly path: string;
  readonly label: { readonly x: number; readonly y: number };
}

type Point = readonly [number, number];
type ToXY = (f: number, c: number) => { x: number; y: number };

/** The point at `t` of a cubic Bézier curve. */
function cubicAt(p: readonly Point[], t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = p as [Point, Point, Point, Point];
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
  return [
    w[0] * a[0] + w[1] * b[0] + w[2] * c[0] + w[3] * d[0],
    w[0] * a[1] + w[1] * b[1] + w[2] * c[1] + w[3] * d[1],
  ];
}

function curve(points: readonly Point[], toXY: ToXY) {
  const xy = points.map(([f, c]) => toXY(f, c));
  const [m, ...rest] = xy as [{ x: number; y: number }, ...{ x: number; y: number }[]];
  const mid = cubicAt(points, 0.5);
  return {
    path: `M${m.x} ${m.y}C${rest.map((p) => `${p.x} ${p.y}`).join(',')}`,
    label: toXY(mid[0], mid[1]),
  };
}

/**
 * The arrows of a policy, from the cards' logical boxes (f along the flow, c across it);
 * `toXY` maps a logical point to the canvas, so orientation and RTL are applied once.
 * Several transitions between the same two steps are fanned apart.
 *
 * @example
 * const edges = flowEdges(policy, boxes, [], (f, c) => ({ x: f, y: c }));
 */
export function flowEdges(
  policy: EscalationPolicy,
  cards: ReadonlyMap<string, LogicalBox>,
  echoes: readonly { stepId: string; laneId: string; box: LogicalBox }[],
  toXY: ToXY,
): FlowEdge[] {
  const edges: FlowEdge[] = [];
  const seen = new Map<string, number>();
  for (const t of policy.transitions) {
    const a = cards.get(t.from);
    const b = cards.get(t.to);
    if (!a || !b) continue;
    const pair = `${t.from}\u0000${t.to}`;
    const k = seen.get(pair) ?? 0;
    seen.set(pair, k + 1);
    const fan = k * 14;
    const base = { id: t.id, from: t.from, to: t.to };
    if (t.from === t.to) {
      const f1 = a.f + a.fs;
      const lift = 34 + fan;
      edges.push({
        ...base,
        kind: 'self',
        ...curve(
          [
            [f1 - 34, a.c],
            [f1 - 34, a.c - lift],
            [f1 + lift, a.c + 22],
            [f1, a.c + 22],
          ],
          toXY,
        ),
      });
    } else if (b.f > a.f) {
      const start: Point = [a.f + a.fs, a.c + a.cs / 2 + fan];
      const end: Point = [b.f, b.c + b.cs / 2 + fan];
      const d = Math.max(28, (end[0] - start[0]) / 2);
      edges.push({
        ...base,
        kind: 'forward',
        ...curve([start, [start[0] + d, start[1]], [end[0] - d, end[1]], end], toXY),
      });
    } else {
      // Back along the flow: leave and arrive over the cards so the arc clears the row.
      const top = Math.min(a.c, b.c) - 20 - fan;
      const start: Point = [a.f + a.fs / 2, a.c];
      const end: Point = [b.f + b.fs / 2 + 12, b.c];
      edges.push({
        ...base,
        kind: 'back',
        ...curve([start, [start[0], top], [end[0], top], end], toXY),
      });
    }
  }
  for (const { stepId, laneId, box } of echoes) {
    const a = cards.get(stepId);
    if (!a) continue;
    const below = box.c > a.c;
    const start: Point = [a.f + a.fs / 2, below ? a.c + a.cs : a.c];
    const end: Point = [box.f + box.fs / 2, below ? box.c : box.c + box.cs];
    const span = (end[1] - start[1]) / 3;
    edges.push({
      id: `reach:${stepId}:${laneId}`,
      kind: 'reach',
      from: stepId,
      to: stepId,
      ...curve([start, [start[0], start[1] + span], [end[0], end[1] - span], end], toXY),
    });
  }
  return edges;
}
