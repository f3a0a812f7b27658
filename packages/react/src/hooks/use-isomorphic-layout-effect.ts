import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on a server, where layout effects never run
 * (and React 18 warns about each one during a server render).
 *
 * @example
 * useIsomorphicLayoutEffect(() => measure(ref.current), []);
 */
export const useIsomorphicLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
