import { describe, expect, it } from 'vitest';
import { type CellKeyContext, cellKeyAction } from './cell-keys';

const press = (
  key: string,
  modifiers: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  shiftKey: modifiers.shift ?? false,
  altKey: modifiers.alt ?? false,
});

const raci: CellKeyContext = {
  at: { row: 0, column: 0 },
  rows: 2,
  columns: 2,
  variant: 'raci',
  rtl: false,
};

describe('cellKeyAction', () => {
  it('toggles only the letters of the matrix variant', () => {
    expect(cellKeyAction(press('a'), raci)).toEqual({ type: 'toggle', letter: 'A' });
    expect(cellKeyAction(press('s'), raci)).toBeUndefined();
    expect(cellKeyAction(press('s'), { ...raci, variant: 'rasci' })).toEqual({
      type: 'toggle',
      letter: 'S',
    });
    expect(cellKeyAction(press('d'), { ...raci, variant: 'daci' })).toEqual({
      type: 'toggle',
      letter: 'D',
    });
  });

  it('undoes with Ctrl or Cmd+Z and redoes with Shift+Ctrl+Z or Ctrl+Y', () => {
    expect(cellKeyAction(press('z', { ctrl: true }), raci)).toEqual({ type: 'undo' });
    expect(cellKeyAction(press('z', { meta: true }), raci)).toEqual({ type: 'undo' });
    expect(cellKeyAction(press('Z', { ctrl: true, shift: true }), raci)).toEqual({ type: 'redo' });
    expect(cellKeyAction(press('y', { ctrl: true }), raci)).toEqual({ type: 'redo' });
  });

  it('clears with Delete or Backspace and leaves browser shortcuts alone', () => {
    expect(cellKeyAction(press('Backspace'), raci)).toEqual({ type: 'clear' });
    expect(cellKeyAction(press('r', { ctrl: true }), raci)).toBeUndefined();
    expect(cellKeyAction(press('Tab'), raci)).toBeUndefined();
  });

  it('moves with the arrows', () => {
    expect(cellKeyAction(press('ArrowDown'), raci)).toEqual({
      type: 'move',
      to: { row: 1, column: 0 },
    });
  });

  it('opens the row details with Enter, the cell menu with Space or F2, selects with Shift+Space', () => {
    expect(cellKeyAction(press('Enter'), raci)).toEqual({ type: 'details' });
    expect(cellKeyAction(press(' '), raci)).toEqual({ type: 'menu' });
    expect(cellKeyAction(press('F2'), raci)).toEqual({ type: 'menu' });
    expect(cellKeyAction(press(' ', { shift: true }), raci)).toEqual({ type: 'select' });
  });
});
