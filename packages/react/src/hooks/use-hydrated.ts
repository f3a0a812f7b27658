import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * `false` while React renders on the server and while it hydrates that HTML, `true` otherwise —
 * including on the very first render of a component mounted in the browser without server HTML.
 * Lets a component send light markup from the server and upgrade it right after hydration,
 * without a hydration mismatch.
 *
 * @example
 * const hydrated = useHydrated();
 * return hydrated ? <InteractiveGrid /> : <StaticTable />;
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
