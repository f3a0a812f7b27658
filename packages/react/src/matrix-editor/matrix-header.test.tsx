import type { Matrix } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sideRuns } from './matrix-header';
import { ResponsibilityMatrix } from './responsibility-matrix';

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

describe('given unstyled', () => {
  it('renders no tandem-matrix classes', () => {
    const matrix: Matrix = templates['small-business-one-it'].matrix;
    const { container } = render(<ResponsibilityMatrix defaultValue={matrix} unstyled />);
    expect(container.querySelector('[class*="tandem-matrix"]')).toBeNull();
  });
});
