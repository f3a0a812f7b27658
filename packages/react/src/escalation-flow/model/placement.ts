import type { FlowRect } from './layout';

/**
 * Inline styles that put a box where the layout computed it, inside the canvas (or, with
 * `origin`, inside another placed box). Structure lives here, not in the stylesheet, so the
 * diagram keeps its shape without styles.css or with `unstyled`; the stylesheet adds the look.
 *
 * @example
 * <div style={placed(card)} />
 * <div style={placed(lane.header, lane)} />
 */
export const placed = (rect: FlowRect, origin?: FlowRect) =>
  ({
    position: 'absolute',
    boxSizing: 'border-box',
    left: rect.x - (origin?.x ?? 0),
    top: rect.y - (origin?.y ?? 0),
    width: rect.width,
    height: rect.height,
  }) as const;
