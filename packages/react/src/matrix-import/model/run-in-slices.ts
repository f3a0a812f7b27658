// The loop that runs one of the core's stepped readers between frames. The core has no timers:
// it yields after each bounded step, and this loop decides when the next step runs — steps
// back to back for a few milliseconds, then the main thread handed back so the page paints
// and input (a Cancel click, Escape) is handled.

/** What {@link runInSlices} reports, and how it is stopped. */
export interface SliceOptions<P> {
  /** Aborting stops the steps between two slices (the generator is closed); resolves `null`. */
  readonly signal?: AbortSignal | undefined;
  /** The last step's progress, once per slice. */
  readonly onProgress?: ((progress: P) => void) | undefined;
  /** Milliseconds of steps per slice; 8 when left out (half a 60 Hz frame). */
  readonly budget?: number | undefined;
}

interface YieldingScheduler {
  readonly yield?: () => Promise<void>;
}

/**
 * Hands the main thread back until the browser has had a turn: `scheduler.yield()` where the
 * browser has it (the read resumes ahead of other queued work), else a zero-delay timer.
 *
 * @example
 * await handBack();
 */
export function handBack(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * Runs a generator of bounded steps (such as the core's `readXlsxInSteps`) to its end in
 * slices of about `budget` milliseconds, handing the main thread back between them; resolves
 * to what the generator returns, or `null` when `signal` aborts first (the generator is then
 * closed and no further step runs).
 *
 * @example
 * const read = await runInSlices(readXlsxInSteps(bytes), { signal, onProgress: setProgress });
 */
export async function runInSlices<P, R>(
  steps: Generator<P, R>,
  options: SliceOptions<P> = {},
): Promise<R | null> {
  const { signal, onProgress, budget = 8 } = options;
  for (;;) {
    if (signal?.aborted) {
      steps.return(undefined as R);
      return null;
    }
    const start = now();
    let step = steps.next();
    while (!step.done && now() - start < budget) step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await handBack();
  }
}
