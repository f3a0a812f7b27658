import type { Issue, ParseResult } from '@tandem/core';
import { useCallback, useEffect, useState } from 'react';

/** What a PSA-backed panel shows: loading, the issues that stopped it, or the data. */
export type PsaResource<T> =
  | { status: 'loading' }
  | { status: 'error'; issues: readonly Issue[] }
  | { status: 'ready'; value: T };

/**
 * Loads one PSA resource and reloads it on `reload()`. A load overtaken by a newer one (or by
 * unmounting) is aborted and its result dropped; a reload keeps showing the data it had until
 * new data comes.
 *
 * @example
 * const [tickets, reload] = usePsaResource(loadTickets);
 */
export function usePsaResource<T>(
  load: (init: RequestInit) => Promise<ParseResult<T>>,
): [PsaResource<T>, () => void] {
  const [state, setState] = useState<PsaResource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the reload trigger.
  useEffect(() => {
    const controller = new AbortController();
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    load({ signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      setState(
        result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'error', issues: result.issues },
      );
    });
    return () => controller.abort();
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}
