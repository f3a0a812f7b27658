import { axisTicks } from '../model/scale';

// Columns over time, drawn by hand: one slot per week, the tickets opened as a pale column and
// the breached ones as a strong column in front of it. Fixed view box, no measuring.

const WIDTH = 640;
const LEFT = 36;
const RIGHT = 8;
const HEIGHT = 180;
const AXIS = 34;

/**
 * One slot of the chart.
 *
 * @example
 * const slot: ColumnSlot = { key: '2026-07-06', label: '6 Jul', back: 18, front: 2, title: 'Week of 6 Jul: 18 opened, 2 breached' };
 */
export interface ColumnSlot {
  readonly key: string;
  readonly label: string;
  readonly back: number;
  readonly front: number;
  readonly title: string;
}

/**
 * The chart, as an SVG with `role="img"` (its words are in the figure around it). Every
 * second label is left out when there are many slots, so labels never overlap.
 *
 * @example
 * <ColumnChart slots={slots} top={20} tickText={String} ids={ids} cls={cls} />
 */
export function ColumnChart({
  slots,
  top,
  tickText,
  ids,
  cls,
}: {
  slots: readonly ColumnSlot[];
  top: number;
  tickText: (value: number) => string;
  ids: { title: string; summary: string };
  cls: (part: string) => string | undefined;
}) {
  const plotBottom = HEIGHT - AXIS;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(slots.length, 1);
  const y = (value: number) => plotBottom - (Math.min(value, top) / top) * (plotBottom - 6);
  const every = slots.length > 8 ? 2 : 1;
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
      data-chart="columns"
    >
      <g className={cls('grid')}>
        {axisTicks(top).map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="currentColor" />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fill="currentColor">
              {tickText(tick)}
            </text>
          </g>
        ))}
      </g>
      {slots.map((column, n) => {
        const x = LEFT + n * slot;
        const width = slot * 0.7;
        return (
          <g key={column.key} data-slot={column.key}>
            <title>{column.title}</title>
            <rect
              className={cls('column-back')}
              x={x + slot * 0.15}
              y={y(column.back)}
              width={width}
              height={plotBottom - y(column.back)}
              fill="currentColor"
            />
            <rect
              className={cls('column-front')}
              x={x + slot * 0.3}
              y={y(column.front)}
              width={width * 0.57}
              height={plotBottom - y(column.front)}
              fill="currentColor"
              data-count={column.front}
            />
            {n % every === 0 && (
              <text
                className={cls('chart-label')}
                x={x + slot / 2}
                y={plotBottom + 16}
                textAnchor="middle"
                fill="currentColor"
              >
                {column.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
