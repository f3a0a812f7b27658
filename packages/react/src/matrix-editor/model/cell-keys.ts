import { type RoleLetter, type RoleVariant, roleLetters } from '@tandem/core';
import { type GridPosition, nextGridPosition } from './grid-navigation';

/** The keys of a keyboard event that matter to a matrix cell. */
export interface CellKeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * What a key press on a matrix cell asks for, as data.
 *
 * @example
 * const action: CellKeyAction = { type: 'toggle', letter: 'R' };
 */
export type CellKeyAction =
  | { readonly type: 'move'; readonly to: GridPosition }
  | { readonly type: 'toggle'; readonly letter: RoleLetter }
  | { readonly type: 'clear' }
  | { readonly type: 'details' }
  | { readonly type: 'menu' }
  | { readonly type: 'select' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

/** Where the focused cell is, in a grid of a given size and direction. */
export interface CellKeyContext {
  readonly at: GridPosition;
  readonly rows: number;
  readonly columns: number;
  readonly variant: RoleVariant;
  readonly rtl: boolean;
}

/**
 * The undo and redo shortcuts: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl/Cmd+Y. Shared by the grid's
 * cells and the lanes board, so both views answer the same keys.
 *
 * @example
 * historyKeyAction({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false }); // 'redo'
 */
export function historyKeyAction(input: CellKeyInput): 'undo' | 'redo' | undefined {
  if (!(input.ctrlKey || input.metaKey) || input.altKey) return undefined;
  const lower = input.key.toLowerCase();
  if (lower === 'y') return 'redo';
  if (lower === 'z') return input.shiftKey ? 'redo' : 'undo';
  return undefined;
}

/**
 * Maps a key press on a cell to an action (WAI-ARIA grid keys, the variant's letters, Delete,
 * Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y, Enter for the row's details, Space or F2 for the
 * cell menu, Shift+Space to select the row), or `undefined` to let the browser have it. Only
 * the variant's own letters count, so S does nothing in a RACI matrix.
 *
 * @example
 * cellKeyAction({ key: 'r', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }, context);
 * // { type: 'toggle', letter: 'R' }
 */
export function cellKeyAction(
  input: CellKeyInput,
  context: CellKeyContext,
): CellKeyAction | undefined {
  const ctrl = input.ctrlKey || input.metaKey;
  const to = nextGridPosition(
    input.key,
    ctrl,
    context.at,
    context.rows,
    context.columns,
    context.rtl,
  );
  if (to) return { type: 'move', to };
  const history = historyKeyAction(input);
  if (history) return { type: history };
  if (input.key === 'Delete' || input.key === 'Backspace') return { type: 'clear' };
  if (ctrl || input.altKey) return undefined;
  if (input.key === 'Enter') return { type: 'details' };
  if (input.key === ' ') return { type: input.shiftKey ? 'select' : 'menu' };
  if (input.key === 'F2') return { type: 'menu' };
  const letter = roleLetters(context.variant).find(
    (candidate) => candidate === input.key.toUpperCase(),
  );
  return letter ? { type: 'toggle', letter } : undefined;
}
