import { useMemo, useRef } from 'react';

// biome-ignore lint/suspicious/noExplicitAny: any function shape; each keeps its own signature.
type Handlers<T> = { [K in keyof T]: (...args: any[]) => unknown };

/**
 * Handlers with one identity for the component's whole life, each calling the newest render's
 * handler of that name: memoised children keep them, and a call always reaches current state.
 * The names are read once; call them from events, not while rendering.
 *
 * @example
 * const handlers = useStableHandlers({ onOpen: (id: string) => setOpen(id) });
 * <Row onOpen={handlers.onOpen} />
 */
export function useStableHandlers<T extends Handlers<T>>(handlers: T): T {
  const latest = useRef(handlers);
  latest.current = handlers;
  // biome-ignore lint/correctness/useExhaustiveDependencies: built once; calls read `latest`.
  return useMemo(
    () =>
      Object.fromEntries(
        Object.keys(handlers).map((name) => [
          name,
          (...args: unknown[]) => latest.current[name as keyof T]?.(...args),
        ]),
      ) as T,
    [],
  );
}
