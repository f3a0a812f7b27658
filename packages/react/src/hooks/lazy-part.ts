import { type ComponentType, createElement, Suspense, useEffect, useState } from 'react';
import { lazyValue } from './lazy-value';

/** A component loaded on first use, with a way to fetch its code before anyone asks for it. */
export interface LazyPart<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Starts loading the code (once); resolves when it is there. */
  preload: () => Promise<void>;
}

/**
 * A part of a component that is not needed at first paint (a dialog, a menu, a side panel), split
 * into its own chunk. It brings its own `<Suspense>` boundary (showing nothing while its code
 * loads), so render it only where it is shown: an empty server boundary that a parent updates
 * before hydration reaches it is one React 18 refuses to hydrate.
 *
 * - once its code is loaded it renders synchronously, so a part opened after {@link usePreload}
 *   never flashes a fallback;
 * - on the server its code loads as soon as the module is evaluated, so `renderToString` and
 *   streaming renderers both put the part's HTML on the page, and hydration keeps that HTML while
 *   the browser fetches the chunk.
 *
 * Annotate each module-level call with a `@__PURE__` comment, or a host's bundler keeps every
 * part of an entry even when it imports none of the components that use them.
 *
 * @example
 * const RowDialog = lazyPart(() => import('./row-dialog').then((m) => m.RowDialog));
 * {open && <RowDialog {...props} />}
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  const code = lazyValue(load);
  // One element type from the first render on: switching from a React.lazy wrapper to the loaded
  // component once it arrived would remount the part (a menu losing its state and focus).
  // biome-ignore lint/correctness/noComponentHookFactories: one per part, made at module level
  const Loading = (props: P) => createElement(code.read(), props);
  // A factory is the point here: called once per part at module level, never during a render.
  // biome-ignore lint/correctness/noComponentHookFactories: see above
  const Part = (props: P) => {
    // A part mounted again (the host's error boundary retrying) fetches a failed chunk again.
    useState(code.retry);
    return createElement(Suspense, { fallback: null }, createElement(Loading, props));
  };
  Part.preload = code.preload;
  return Part;
}

/**
 * Fetches the code of lazy parts once the browser is idle after the component mounted, while
 * `enabled` holds (a read-only editor never opens its dialogs, so it never fetches them).
 *
 * @example
 * usePreload([RowDialog, CellMenu], !readOnly);
 */
export function usePreload(
  parts: readonly { preload: () => Promise<void> }[],
  enabled = true,
): void {
  // The parts are module constants: a new list of them is the same parts or more.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (!enabled) return;
    const load = () => {
      for (const part of parts) void part.preload().catch(() => {});
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(load, 1);
    return () => clearTimeout(handle);
  }, [enabled, parts.length]);
}
