import { useEffect, useState } from 'react';
import type { LazyValue } from './lazy-value';
import { useHydrated } from './use-hydrated';

/**
 * A lazily loaded value for code that can go on without it (presence, the flow's checks):
 * `undefined` on the server, while hydrating and until it has loaded, then the value. Asks for
 * it only when `wanted`. The server's HTML and the hydrating render both go without it, so they
 * match; the component renders again once it is there. A load that failed leaves the value out
 * and is asked for again by the next component that wants it.
 *
 * @example
 * const engine = useLoadedValue(presenceEngine, props.presence !== undefined);
 * const peers = engine ? engine.groupPeers(…) : NO_GROUPS;
 */
export function useLoadedValue<T>(value: LazyValue<T>, wanted: boolean): T | undefined {
  const hydrated = useHydrated();
  const loaded = hydrated && wanted ? value.peek() : undefined;
  const [, setArrived] = useState(false);
  useEffect(() => {
    if (!wanted || loaded !== undefined) return;
    let live = true;
    value.preload().then(
      () => live && setArrived(true),
      () => value.retry(),
    );
    return () => {
      live = false;
    };
  }, [value, wanted, loaded]);
  return loaded;
}
