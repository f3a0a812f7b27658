import { describe, expect, it } from 'vitest';
import { sideRuns } from './matrix-header';

describe('sideRuns', () => {
  it('groups neighbouring parties of one side and keeps display order', () => {
    const runs = sideRuns([
      { side: 'internal' },
      { side: 'provider' },
      { side: 'provider' },
      { side: 'internal' },
    ]);
    expect(runs).toEqual([
      { side: 'internal', start: 0, count: 1 },
      { side: 'provider', start: 1, count: 2 },
      { side: 'internal', start: 3, count: 1 },
    ]);
  });
});
