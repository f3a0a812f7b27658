/**
 * Code that is not needed at first paint (a dialog's component, the simulation's engine), split
 * into its own chunk and read during a render: `read()` gives it once it is loaded and otherwise
 * suspends the render on the load, as `React.lazy` does, so the nearest `<Suspense>` (or a
 * transition) waits for it.
 *
 * - it loads once, however often it is preloaded or read;
 * - on the server it loads as soon as the module is evaluated, so server renderers have it ready;
 * - a load that failed is thrown to the error boundary by `read()` (never fetched again in a
 *   loop); `retry()` forgets the failure, so the next `read()` or `preload()` fetches it again.
 *
 * Annotate each module-level call with a `@__PURE__` comment, or a host's bundler keeps the
 * value's chunk in an entry that imports none of the code that reads it.
 *
 * @example
 * const engine = lazyValue(() => import('./simulate-trace').then((m) => m.simulateTrace));
 * const trace = enabled ? engine.read()(ticket) : [];
 */
export interface LazyValue<T> {
  /** The value, or a suspension while it loads (a thrown promise), or the load's error. */
  readonly read: () => T;
  /** The value if it has loaded, else `undefined`: for code that goes on without it. */
  readonly peek: () => T | undefined;
  /** Starts loading (once); resolves when the value is there. */
  readonly preload: () => Promise<void>;
  /** Forgets a failed load, so the next read or preload fetches it again. */
  readonly retry: () => void;
}

/** Makes a {@link LazyValue} from the function that loads it. */
export function lazyValue<T>(load: () => Promise<T>): LazyValue<T> {
  let loaded: { value: T } | undefined;
  let pending: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;
  const preload = () => {
    pending ??= load().then(
      (value) => {
        loaded = { value };
      },
      (error: unknown) => {
        // A chunk that failed to arrive (offline, a deploy in between) can be fetched again.
        pending = undefined;
        failure = { error };
        throw error;
      },
    );
    return pending;
  };
  const read = () => {
    if (loaded) return loaded.value;
    if (failure) throw failure.error;
    throw preload();
  };
  const peek = () => loaded?.value;
  const retry = () => {
    failure = undefined;
  };
  // Servers render at once, without a second pass for a chunk, so they hold every value ready.
  if (typeof document === 'undefined') void preload().catch(() => {});
  return { read, peek, preload, retry };
}
