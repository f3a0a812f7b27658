import { describe, expect, it } from 'vitest';
import { issuesOf, only, type RowSpec, testMatrix } from '../test-matrix';
import { validateMatrix } from '../validate-matrix';

// `joint` rows owned on both sides, then `solo` rows owned by internal IT alone.
const rows = (joint: number, solo: number): RowSpec[] => [
  ...Array.from({ length: joint }, (_, i) => ({ id: `joint-${i}`, cells: { it: 'RA', msp: 'R' } })),
  ...Array.from({ length: solo }, (_, i) => ({ id: `solo-${i}`, cells: { it: 'RA' } })),
];

describe('too many joint rows', () => {
  const run = (
    matrix: ReturnType<typeof testMatrix>,
    options?: { maxRows?: number; maxShare?: number },
  ) =>
    issuesOf(
      validateMatrix(matrix, {
        rules: {
          ...only('too-many-joint-rows'),
          'too-many-joint-rows': options ? { options } : 'warning',
        },
      }),
      'too-many-joint-rows',
    );

  it('accepts three joint rows in a large matrix', () => {
    expect(run(testMatrix({ rows: rows(3, 20) }))).toEqual([]);
  });

  it('warns about more than three joint rows and lists every one of them', () => {
    expect(run(testMatrix({ rows: rows(4, 20) }))).toEqual([
      {
        ruleId: 'too-many-joint-rows',
        severity: 'warning',
        message:
          '4 of 24 rows are joint (the limit is 3 rows or 25%): work both sides own tends to be owned by neither.',
        rowIds: ['joint-0', 'joint-1', 'joint-2', 'joint-3'],
        partyIds: [],
        fixes: [],
      },
    ]);
  });

  it('warns when joint rows pass a quarter of a small matrix', () => {
    expect(run(testMatrix({ rows: rows(2, 5) })).map((issue) => issue.rowIds)).toEqual([
      ['joint-0', 'joint-1'],
    ]);
  });

  it('does not count a stand-in on the other side as joint ownership', () => {
    const matrix = testMatrix({
      rows: Array.from({ length: 6 }, (_, i) => ({
        id: `tier1-${i}`,
        cells: { it: 'RA', msp: { roles: ['R'], qualifier: 'overflow' } },
      })),
    });
    expect(run(matrix)).toEqual([]);
  });

  it('takes its limits from the options', () => {
    const matrix = testMatrix({ rows: rows(4, 20) });
    expect(run(matrix, { maxRows: 5 })).toEqual([]);
    expect(run(matrix, { maxRows: 5, maxShare: 0.1 })).toHaveLength(1);
  });
});
