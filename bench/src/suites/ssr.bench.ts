import type { Matrix } from '@tandem/core';
import { getCell } from '@tandem/core';
import { ResponsibilityMatrix } from '@tandem/react';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import type { BenchSuite } from '../suite';

// A 500 × 10 matrix, every row with a few letters, as a host would server-render it.
const parties = Array.from({ length: 10 }, (_, i) => ({
  id: `p${i}`,
  name: `Team ${i + 1}`,
  side: i % 3 === 0 ? ('internal' as const) : ('provider' as const),
}));
const matrix: Matrix = {
  name: 'SSR',
  variant: 'raci',
  parties,
  categories: Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, name: `Area ${i + 1}` })),
  rows: Array.from({ length: 500 }, (_, i) => ({
    id: `r${i}`,
    name: `IT function ${i + 1}`,
    categoryId: `c${Math.floor(i / 50)}`,
    kind: 'task' as const,
    cells: {
      [`p${i % 10}`]: { roles: ['R', 'A'] },
      [`p${(i + 3) % 10}`]: { roles: ['C'] },
      [`p${(i + 6) % 10}`]: { roles: ['I'] },
    },
  })),
};

// The floor: the same cells as a plain table with the letters as text.
function PlainTable({ value }: { value: Matrix }) {
  return h(
    'table',
    null,
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, 'IT function'),
        ...value.parties.map((p) => h('th', { key: p.id }, p.name)),
      ),
    ),
    h(
      'tbody',
      null,
      value.rows.map((row) =>
        h(
          'tr',
          { key: row.id },
          h('th', null, row.name),
          value.parties.map((p) =>
            h('td', { key: p.id }, getCell(value, row.id, p.id).roles.join(' ')),
          ),
        ),
      ),
    ),
  );
}

// Both render one <td> per cell; the harness checks that before timing.
const cellCount = (html: unknown) => String(html).match(/<td[\s>]/g)?.length ?? 0;

export const ssrSuite: BenchSuite = {
  name: 'ssr',
  groups: [
    {
      name: 'server-render a 500 × 10 matrix (budget: within 3× of a plain table)',
      normalise: cellCount,
      cases: [
        {
          name: '@tandem/react <ResponsibilityMatrix> renderToString',
          subject: true,
          run: () => renderToString(h(ResponsibilityMatrix, { defaultValue: matrix })),
        },
        {
          name: 'plain <table> renderToString',
          run: () => renderToString(h(PlainTable, { value: matrix })),
        },
      ],
    },
  ],
};
