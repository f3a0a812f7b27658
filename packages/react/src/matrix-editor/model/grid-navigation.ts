/**
 * A cell's place in the grid: row index and party (column) index.
 *
 * @example
 * const topLeft: GridPosition = { row: 0, column: 0 };
 */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * Where a navigation key moves focus in a `rows` × `columns` grid, following the WAI-ARIA grid
 * pattern; `undefined` when the key is not a navigation key. Moves stop at the edges rather
 * than wrap, as the pattern recommends.
 *
 * @example
 * nextGridPosition('ArrowDown', false, { row: 0, column: 1 }, 3, 2); // { row: 1, column: 1 }
 * nextGridPosition('End', true, { row: 0, column: 0 }, 3, 2);        // { row: 2, column: 1 }
 */
export function nextGridPosition(
  key: string,
  ctrl: boolean,
  from: GridPosition,
  rows: number,
  columns: number,
  rtl = false,
): GridPosition | undefined {
  const clamp = (row: number, column: number): GridPosition => ({
    row: Math.min(Math.max(row, 0), rows - 1),
    column: Math.min(Math.max(column, 0), columns - 1),
  });
  // In a right-to-left grid the first column is on the right, so the arrows swap meaning.
  const forward = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowRight':
      return clamp(from.row, from.column + forward);
    case 'ArrowLeft':
      return clamp(from.row, from.column - forward);
    case 'ArrowDown':
      return clamp(from.row + 1, from.column);
    case 'ArrowUp':
      return clamp(from.row - 1, from.column);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, columns - 1) : clamp(from.row, columns - 1);
    default:
      return undefined;
  }
}
