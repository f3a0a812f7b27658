import { describe, expect, it } from 'vitest';
import { nextGridPosition } from './grid-navigation';

describe('nextGridPosition', () => {
  const middle = { row: 1, column: 1 };

  it('moves one cell with the arrows and stops at the edges', () => {
    expect(nextGridPosition('ArrowUp', false, middle, 3, 3)).toEqual({ row: 0, column: 1 });
    expect(nextGridPosition('ArrowRight', false, { row: 0, column: 2 }, 3, 3)).toEqual({
      row: 0,
      column: 2,
    });
  });

  it('goes to the row ends with Home/End and the grid ends with Ctrl', () => {
    expect(nextGridPosition('Home', false, middle, 3, 3)).toEqual({ row: 1, column: 0 });
    expect(nextGridPosition('End', false, middle, 3, 3)).toEqual({ row: 1, column: 2 });
    expect(nextGridPosition('Home', true, middle, 3, 3)).toEqual({ row: 0, column: 0 });
    expect(nextGridPosition('End', true, middle, 3, 3)).toEqual({ row: 2, column: 2 });
  });

  it('swaps left and right in a right-to-left grid', () => {
    expect(nextGridPosition('ArrowRight', false, middle, 3, 3, true)).toEqual({
      row: 1,
      column: 0,
    });
  });

  it('ignores keys that do not navigate', () => {
    expect(nextGridPosition('r', false, middle, 3, 3)).toBeUndefined();
  });
});
