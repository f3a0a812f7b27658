import { useCallback, useMemo, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** Options of {@link useRowWindow}. */
export interface UseRowWindowOptions {
  /** How many rows there are. */
  count: number;
  /** A stable key per row, so measured heights follow rows that move. */
  getKey: (index: number) => string;
  /** The scrolling element; rows render inside it after `offset` pixels (a sticky header). */
  scrollElement: HTMLElement | null;
  /** The height assumed for a row not yet measured. */
  estimate: number;
  /** Extra rows rendered above and below the viewport. */
  overscan?: number;
  /** Off renders every row. */
  enabled: boolean;
  /**
   * The viewport height assumed before the scroller is measured, and while it has no layout (a
   * test DOM, a hidden tab): a screenful is rendered rather than nothing. 800 by default.
   */
  initialHeight?: number | undefined;
}

/** A row to render and where it sits. */
export interface WindowRow {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Windowed rendering for long, variable-height lists: only the rows in view (plus `overscan`)
 * are returned, with the space before and after them, so a 2,000-row grid renders ~40 rows.
 * Heights are measured as rows mount and keyed by row, so reordering keeps them. A small hook
 * rather than a library: one copy serves the matrix editor, the SLA queue and the import's sheet
 * preview for 1.5 kB, where a virtualiser library weighed 10.5 kB min+gz (issue 18's budgets).
 *
 * @example
 * const window = useRowWindow({ count, getKey, scrollElement, estimate: 40, enabled: count > 150 });
 * window.rows.map(({ index }) => <Row key={getKey(index)} ref={window.measure} data-index={index} />);
 */
export function useRowWindow(options: UseRowWindowOptions) {
  const { count, getKey, scrollElement, estimate, overscan = 8, enabled } = options;
  const initialHeight = options.initialHeight ?? 800;
  const heights = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [view, setView] = useState({ top: 0, height: initialHeight, offset: 0 });

  useIsomorphicLayoutEffect(() => {
    if (!enabled || !scrollElement) return;
    const read = () => {
      // Rows start below whatever precedes the list in the scroller (a table header).
      const list = scrollElement.querySelector('tbody');
      setView({
        top: scrollElement.scrollTop,
        height: scrollElement.clientHeight || initialHeight,
        offset: list instanceof HTMLElement ? list.offsetTop : 0,
      });
    };
    read();
    scrollElement.addEventListener('scroll', read, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : undefined;
    observer?.observe(scrollElement);
    return () => {
      scrollElement.removeEventListener('scroll', read);
      observer?.disconnect();
    };
  }, [enabled, scrollElement, initialHeight]);

  // Cumulative starts, recomputed when rows or measurements change: 2,000 additions.
  const starts = useMemo(() => {
    void version;
    const list = new Float64Array(count + 1);
    for (let i = 0; i < count; i += 1)
      list[i + 1] = (list[i] ?? 0) + (heights.current.get(getKey(i)) ?? estimate);
    return list;
  }, [count, getKey, estimate, version]);

  const read = (node: Element) => {
    const index = Number((node as HTMLElement).dataset.index);
    if (!Number.isInteger(index) || index >= count) return;
    const key = getKey(index);
    const height = node.getBoundingClientRect().height;
    if (height > 0 && heights.current.get(key) !== height) {
      heights.current.set(key, height);
      setVersion((v) => v + 1);
    }
  };
  const latestRead = useRef(read);
  latestRead.current = read;
  // A row is measured when it mounts; after that a ResizeObserver reports its height changes,
  // read once the browser has laid the page out anyway. Measuring again on every re-render
  // read layout in the middle of React's commit: 2-3 ms of forced layout per remote edit in
  // a 2,000-row grid, for a height that had not changed.
  const [observer] = useState(
    () =>
      typeof ResizeObserver === 'function' &&
      new ResizeObserver((entries, self) => {
        for (const { target } of entries)
          if (target.isConnected) latestRead.current(target);
          else self.unobserve(target);
      }),
  );
  const [observed] = useState(() => new WeakSet<Element>());

  const measure = useCallback(
    (node: Element | null) => {
      if (!(node instanceof HTMLElement) || observed.has(node)) return;
      if (observer) {
        observer.observe(node);
        observed.add(node);
      }
      latestRead.current(node);
    },
    [observer, observed],
  );

  const total = starts[count] ?? 0;
  const top = view.top - view.offset;
  const first = Math.max(0, findIndex(starts, top) - overscan);
  const last = Math.min(count - 1, findIndex(starts, top + view.height) + overscan);
  const rows: WindowRow[] = [];
  if (enabled)
    for (let index = first; index <= last; index += 1)
      rows.push({ index, start: starts[index] ?? 0, end: starts[index + 1] ?? 0 });

  const scrollToIndex = useCallback(
    (index: number) => {
      if (!scrollElement) return;
      const start = (starts[index] ?? 0) + view.offset;
      const end = (starts[index + 1] ?? start) + view.offset;
      const { scrollTop, clientHeight } = scrollElement;
      if (start < scrollTop + view.offset) scrollElement.scrollTop = start - view.offset;
      else if (end > scrollTop + clientHeight) scrollElement.scrollTop = end - clientHeight;
    },
    [scrollElement, starts, view.offset],
  );

  return {
    rows,
    /** Space before the first rendered row and after the last. */
    before: rows[0]?.start ?? 0,
    after: Math.max(0, total - (rows.at(-1)?.end ?? 0)),
    total,
    /** The ref callback of each row: one function for the window's life. */
    measure,
    scrollToIndex,
  };
}

// The last index whose start is at or before `position` (binary search over `starts`).
function findIndex(starts: Float64Array, position: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= position) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
