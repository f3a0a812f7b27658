// The hand-offs between the two teams as a flow: the two sides as boxes, one arrow each way,
// as thick as its share of the hand-offs, with its count and what it cost beside it.

const WIDTH = 640;
const HEIGHT = 170;
const BOX = { width: 170, height: 90, y: 40 };
const MAX_STROKE = 18;

/**
 * One direction of the flow, in words and numbers.
 *
 * @example
 * const arrow: FlowArrow = { count: 12, label: '12 hand-offs', detail: '6 h 20 min to pick up', title: 'Internal IT → Provider: 12' };
 */
export interface FlowArrow {
  readonly count: number;
  readonly label: string;
  readonly detail: string;
  readonly title: string;
}

/**
 * The flow, as an SVG with `role="img"` (its words are in the figure around it).
 *
 * @example
 * <HandoffFlow internal="Internal IT" provider="Provider" toProvider={a} toInternal={b} ids={ids} cls={cls} />
 */
export function HandoffFlow({
  internal,
  provider,
  toProvider,
  toInternal,
  ids,
  cls,
}: {
  internal: string;
  provider: string;
  toProvider: FlowArrow;
  toInternal: FlowArrow;
  ids: { title: string; summary: string };
  cls: (part: string) => string | undefined;
}) {
  const most = Math.max(toProvider.count, toInternal.count, 1);
  const stroke = (count: number) => (count === 0 ? 1 : 2 + (count / most) * (MAX_STROKE - 2));
  const left = 20;
  const right = WIDTH - 20 - BOX.width;
  const from = left + BOX.width;
  const mid = WIDTH / 2;
  const arrow = (direction: 'to-provider' | 'to-internal', flow: FlowArrow, y: number) => {
    const forward = direction === 'to-provider';
    const [x1, x2] = forward ? [from + 8, right - 14] : [right - 8, from + 14];
    const sign = forward ? 1 : -1;
    return (
      <g className={cls('flow')} data-direction={direction} data-count={flow.count}>
        <title>{flow.title}</title>
        <line
          x1={x1}
          x2={x2}
          y1={y}
          y2={y}
          stroke="currentColor"
          strokeWidth={stroke(flow.count)}
          strokeLinecap="butt"
        />
        <path
          d={`M ${x2} ${y - 9 - stroke(flow.count) / 2} L ${x2 + sign * 12} ${y} L ${x2} ${y + 9 + stroke(flow.count) / 2} Z`}
          fill="currentColor"
        />
        <text
          className={cls('flow-label')}
          x={mid}
          y={forward ? y - stroke(flow.count) / 2 - 8 : y + stroke(flow.count) / 2 + 16}
          textAnchor="middle"
          fill="currentColor"
        >
          {flow.label}
          <tspan className={cls('flow-detail')} dx={6}>
            {flow.detail}
          </tspan>
        </text>
      </g>
    );
  };
  const box = (x: number, side: 'internal' | 'provider', label: string) => (
    <g className={cls('flow-side')} data-side={side}>
      <rect x={x} y={BOX.y} width={BOX.width} height={BOX.height} rx={8} fill="currentColor" />
      <text
        x={x + BOX.width / 2}
        y={BOX.y + BOX.height / 2 + 5}
        textAnchor="middle"
        fill="#ffffff"
        className={cls('flow-side-label')}
      >
        {label}
      </text>
    </g>
  );
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: named by the figure's caption (aria-labelledby)
    <svg
      className={cls('chart')}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby={ids.title}
      aria-describedby={ids.summary}
      // Reachable by keyboard, so a reader who tabs through the page meets every chart.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
      tabIndex={0}
      data-chart="flow"
    >
      {box(left, 'internal', internal)}
      {box(right, 'provider', provider)}
      {arrow('to-provider', toProvider, BOX.y + 26)}
      {arrow('to-internal', toInternal, BOX.y + BOX.height - 26)}
    </svg>
  );
}
