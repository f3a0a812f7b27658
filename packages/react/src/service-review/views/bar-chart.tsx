import { axisTicks } from '../model/scale';

// Horizontal grouped bars, drawn by hand: a label column, bars along a value axis with a grid,
// an optional goal line, and each bar's value at its end. Geometry is in SVG user units on a
// fixed-width view box that scales to the page, so the chart needs no measuring and renders the
// same on a server.

const WIDTH = 640;
const LABEL = 150;
const VALUE = 72;
const BAR = 14;
const GAP = 4;
const GROUP_GAP = 12;
const AXIS = 22;

/**
 * One bar: its series (colour), length, and the text at its end and in its tooltip.
 *
 * @example
 * const bar: Bar = { series: 0, value: 92, text: '92 %', title: 'Response P1: 92 % met' };
 */
export interface Bar {
  readonly series: number;
  readonly value: number | null;
  readonly text: string;
  readonly title: string;
  /** `data-state` of the bar, for hosts' CSS: 'below-goal' and the like. */
  readonly state?: string;
}

/**
 * A labelled group of bars: a priority or a party.
 *
 * @example
 * const group: BarGroup = { key: 'P1', label: 'P1', bars: [bar] };
 */
export interface BarGroup {
  readonly key: string;
  readonly label: string;
  readonly bars: readonly Bar[];
}

/**
 * The chart, as an SVG with `role="img"`: its words are in the figure's caption, summary and
 * table, so the marks themselves are hidden from assistive technology.
 *
 * @example
 * <BarChart groups={groups} top={100} tickText={(v) => `${v} %`} ids={ids} cls={cls} />
 */
export function BarChart({
  groups,
  top,
  tickText,
  goal,
  ids,
  cls,
}: {
  groups: readonly BarGroup[];
  top: number;
  tickText: (value: number) => string;
  goal?: { value: number; label: string } | undefined;
  ids: { title: string; summary: string };
  cls: (part: string) => string | undefined;
}) {
  const plot = WIDTH - LABEL - VALUE;
  const x = (value: number) => LABEL + (Math.min(Math.max(value, 0), top) / top) * plot;
  let y = 4;
  const placed = groups.map((group) => {
    const at = y;
    y += group.bars.length * (BAR + GAP) - GAP + GROUP_GAP;
    return { group, at };
  });
  const plotBottom = Math.max(y - GROUP_GAP + 4, 8);
  const height = plotBottom + AXIS;
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: named by the figure's caption (aria-labelledby)
    <svg
      className={cls('chart')}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={ids.title}
      aria-describedby={ids.summary}
      // Reachable by keyboard, so a reader who tabs through the page meets every chart.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
      tabIndex={0}
      data-chart="bars"
    >
      <g className={cls('grid')}>
        {axisTicks(top).map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={plotBottom} stroke="currentColor" />
            <text x={x(tick)} y={plotBottom + 15} textAnchor="middle" fill="currentColor">
              {tickText(tick)}
            </text>
          </g>
        ))}
      </g>
      {placed.map(({ group, at }) => (
        <g key={group.key} data-group={group.key}>
          <text
            className={cls('chart-label')}
            x={LABEL - 8}
            y={at + (group.bars.length * (BAR + GAP) - GAP) / 2 + 4}
            textAnchor="end"
            fill="currentColor"
          >
            {group.label}
          </text>
          {group.bars.map((bar, n) => {
            const top = at + n * (BAR + GAP);
            const end = bar.value === null ? LABEL : x(bar.value);
            return (
              <g key={bar.series} data-series={bar.series} data-state={bar.state}>
                <title>{bar.title}</title>
                <rect
                  className={cls('bar')}
                  x={LABEL}
                  y={top}
                  width={Math.max(end - LABEL, bar.value === null ? 0 : 1)}
                  height={BAR}
                  fill="currentColor"
                />
                <text
                  className={cls('bar-value')}
                  x={end + 4}
                  y={top + BAR - 3}
                  fill="currentColor"
                >
                  {bar.text}
                </text>
              </g>
            );
          })}
        </g>
      ))}
      {goal && (
        <g className={cls('goal')}>
          <line
            x1={x(goal.value)}
            x2={x(goal.value)}
            y1={0}
            y2={plotBottom}
            stroke="currentColor"
            strokeDasharray="4 3"
          />
          <title>{goal.label}</title>
        </g>
      )}
    </svg>
  );
}
