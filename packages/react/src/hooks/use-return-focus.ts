import { useRef } from 'react';

/**
 * Focus goes back to whatever opened a dialog when it closes — by Escape, Close, Cancel or a
 * save. The opener is the element that had focus when `open` turned true; if it is gone by then
 * (a virtualised row, a card re-rendered by the edit) `find` names its successor. Spread the
 * result on Radix's `Dialog.Content`.
 *
 * @example
 * const returnFocus = useReturnFocus(open, () => root.querySelector('[data-index="3"]'));
 * <Dialog.Content {...returnFocus}>…</Dialog.Content>
 */
export function useReturnFocus(open: boolean, find?: () => HTMLElement | null | undefined) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Read during the render that opens the dialog: its content takes focus in an effect after.
  if (open && !wasOpen.current && typeof document !== 'undefined') {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  wasOpen.current = open;
  return {
    onCloseAutoFocus: (event: Event) => {
      const target = opener.current?.isConnected ? opener.current : find?.();
      if (!target) return;
      event.preventDefault();
      target.focus();
    },
  };
}
