import { describe, expect, it } from 'vitest';
import { runInSlices } from './run-in-slices';

/** A generator of `count` steps that records how far it got and whether it was closed. */
function counted(count: number) {
  const seen = { steps: 0, closed: false };
  function* steps(): Generator<number, string, void> {
    try {
      for (let step = 1; step <= count; step++) {
        seen.steps = step;
        yield step;
      }
      return 'finished';
    } finally {
      seen.closed = true;
    }
  }
  return { seen, steps: steps() };
}

describe('runInSlices', () => {
  it('runs every step and resolves to what the generator returns', async () => {
    const { seen, steps } = counted(50);
    await expect(runInSlices(steps)).resolves.toBe('finished');
    expect(seen.steps).toBe(50);
  });

  it('hands the thread back between slices and reports the last step of each', async () => {
    const { steps } = counted(5);
    const progress: number[] = [];
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    // A zero budget: one step per slice.
    await runInSlices(steps, { budget: 0, onProgress: (step) => progress.push(step) });
    clearInterval(timer);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(turns).toBeGreaterThan(0);
  });

  it('stops between two slices when aborted, closing the generator', async () => {
    const { seen, steps } = counted(1_000);
    const controller = new AbortController();
    const read = runInSlices(steps, {
      budget: 0,
      signal: controller.signal,
      onProgress: (step) => {
        if (step === 3) controller.abort();
      },
    });
    await expect(read).resolves.toBeNull();
    expect(seen.steps).toBe(3);
    expect(seen.closed).toBe(true);
  });
});
