import { type RoleLetter, sortRoles } from '@tandem/core';
import type { BenchSuite } from '../suite';

// The obvious hand-written alternative: dedupe with a Set, sort by position in an order list.
const order = ['D', 'R', 'A', 'S', 'C', 'I'];
const naiveSort = (letters: readonly RoleLetter[]) =>
  [...new Set(letters)].sort((a, b) => order.indexOf(a) - order.indexOf(b));

const cells: RoleLetter[][] = Array.from({ length: 1_000 }, (_, i) => {
  const pool: RoleLetter[] = ['I', 'C', 'A', 'R', 'A'];
  return pool.slice(0, (i % pool.length) + 1);
});

export const rolesSuite: BenchSuite = {
  name: 'roles',
  groups: [
    {
      name: 'normalise the letters of 1,000 cells',
      cases: [
        { name: '@tandem/core sortRoles', subject: true, run: () => cells.map(sortRoles) },
        { name: 'Set + Array#sort by index', run: () => cells.map(naiveSort) },
      ],
    },
  ],
};
