import type { FlowLayout, FlowSlot } from './layout';

/**
 * Where an arrow key moves a keyboard drag: along the flow (to the next or previous column) or
 * across it (to the next or previous lane), as the diagram is drawn: mirrored in right-to-left
 * documents, turned for vertical flows. Stays within columns `0..lastColumn`; `undefined` at
 * an edge or for other keys.
 *
 * @example
 * neighbourSlot(layout, { laneIndex: 0, column: 1 }, 'ArrowRight', 3)?.column; // 2
 */
export function neighbourSlot(
  layout: Pick<FlowLayout, 'slots' | 'orientation' | 'rtl'>,
  from: { readonly laneIndex: number; readonly column: number },
  key: string,
  lastColumn: number,
): FlowSlot | undefined {
  const horizontal = layout.orientation === 'horizontal';
  const inline = layout.rtl ? -1 : 1;
  const moves: Record<string, readonly [number, number]> = horizontal
    ? { ArrowRight: [0, inline], ArrowLeft: [0, -inline], ArrowDown: [1, 0], ArrowUp: [-1, 0] }
    : { ArrowDown: [0, 1], ArrowUp: [0, -1], ArrowRight: [inline, 0], ArrowLeft: [-inline, 0] };
  const move = moves[key];
  if (!move) return undefined;
  const column = Math.min(from.column, lastColumn) + move[1];
  if (column < 0 || column > lastColumn) return undefined;
  const lanes = [...new Set(layout.slots.map((slot) => slot.laneIndex))].sort((a, b) => a - b);
  const at = lanes.indexOf(from.laneIndex);
  const laneIndex = move[0] === 0 ? from.laneIndex : lanes[at + move[0]];
  if (laneIndex === undefined) return undefined;
  return layout.slots.find((slot) => slot.laneIndex === laneIndex && slot.column === column);
}
