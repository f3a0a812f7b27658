// Keys of the time cursor, as data: the hook applies them, tests read them without a DOM.

/**
 * What a key press on the time cursor asks for.
 *
 * @example
 * const action: CursorKeyAction = { type: 'step', direction: 1, large: false };
 */
export type CursorKeyAction =
  | { readonly type: 'step'; readonly direction: 1 | -1; readonly large: boolean }
  | { readonly type: 'page'; readonly direction: 1 | -1 }
  | { readonly type: 'edge'; readonly to: 'start' | 'end' }
  | { readonly type: 'zoom'; readonly direction: 'in' | 'out' }
  | { readonly type: 'fit' };

/**
 * The action of a key, or `undefined` for keys the cursor leaves alone. Arrows follow the
 * screen: in a right-to-left document time runs leftwards, so ← moves later. Up and Page Up
 * always move later, as on any slider.
 *
 * @example
 * cursorKeyAction({ key: 'ArrowLeft', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false }, true);
 * // { type: 'step', direction: 1, large: false }
 */
export function cursorKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  rtl: boolean,
): CursorKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (event.key) {
    case forward:
    case 'ArrowUp':
      return { type: 'step', direction: 1, large: event.shiftKey };
    case back:
    case 'ArrowDown':
      return { type: 'step', direction: -1, large: event.shiftKey };
    case 'PageUp':
      return { type: 'page', direction: 1 };
    case 'PageDown':
      return { type: 'page', direction: -1 };
    case 'Home':
      return { type: 'edge', to: 'start' };
    case 'End':
      return { type: 'edge', to: 'end' };
    case '+':
    case '=':
      return { type: 'zoom', direction: 'in' };
    case '-':
    case '_':
      return { type: 'zoom', direction: 'out' };
    case '0':
      return { type: 'fit' };
    default:
      return undefined;
  }
}
