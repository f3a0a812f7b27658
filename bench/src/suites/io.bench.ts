import type { Matrix } from '@tandem/core';
import { diffMatrices, matrixFromCsv } from '@tandem/core/io';
import Papa from 'papaparse';
import type { BenchSuite } from '../suite';

// The reference parser is papaparse, which the core used before its own tokenizer (and still
// tests against): the comparison is "parse only" against "parse and read the matrix".

const PARTIES = [
  'Internal IT lead',
  'Internal helpdesk',
  'Leadership',
  'Finance',
  'MSP service desk',
  'MSP NOC',
  'MSP SOC',
  'MSP vCIO',
  'MSP engineering',
  'Backup vendor',
  'ISP vendor',
  'Facilities',
];
const CELLS = [
  'R/A',
  'R',
  'A',
  'C',
  'I',
  'C/I',
  '',
  '',
  '',
  '—',
  'Overflow only',
  'R (after-hours)',
];
const ROWS = 5_000;

// `edited` is the next quarter's sheet: every 10th row hands the NOC an R, every 50th is
// renamed, every 100th moves category. The ID column keeps rows matched across versions.
function sheet(edited: boolean): string {
  const lines = [`ID,Category,Activity,${PARTIES.join(',')}`];
  for (let r = 0; r < ROWS; r++) {
    const cells = PARTIES.map((_, p) => CELLS[(r * 7 + p * 3) % CELLS.length]);
    const change = edited && r % 10 === 0;
    if (change) cells[5] = 'R';
    const name = change && r % 50 === 0 ? `Function ${r} (renamed)` : `Function ${r}`;
    const category = change && r % 100 === 0 ? 0 : Math.floor(r / 250);
    lines.push(`f${r},Category ${category},${name},${cells.join(',')}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
const options = { sides: { Facilities: 'business' } } as const;
const csv = sheet(false);
const read = (text: string): Matrix => {
  const result = matrixFromCsv(text, options);
  if (!result.ok) throw new Error('the bench sheets must import');
  return result.value;
};
// Two separately read versions share no objects, as two saved documents would not.
const before = read(csv);
const after = read(sheet(true));

// The obvious hand-written comparison: serialise every row and compare strings.
function naiveDiff(a: Matrix, b: Matrix): number {
  const old = new Map(a.rows.map((row) => [row.id, JSON.stringify(row)]));
  let changed = 0;
  for (const row of b.rows) if (old.get(row.id) !== JSON.stringify(row)) changed++;
  return changed;
}
const changedRows = (diff: ReturnType<typeof diffMatrices>) =>
  new Set([...diff.rows.changed.map((c) => c.rowId), ...diff.cells.map((c) => c.rowId)]).size;

export const ioSuite: BenchSuite = {
  name: 'io',
  groups: [
    {
      name: 'import a 5,000-row × 12-party CSV',
      budgetNs: 50e6,
      cases: [
        {
          name: '@tandem/core matrixFromCsv',
          subject: true,
          run: () => {
            const result = matrixFromCsv(csv, options);
            return result.ok ? result.value.rows.length : -1;
          },
        },
        {
          name: 'papaparse Papa.parse (tokenising only)',
          run: () => Papa.parse(csv, { skipEmptyLines: true }).data.length - 1,
        },
      ],
    },
    {
      name: 'diff two 5,000-row matrices',
      budgetNs: 10e6,
      cases: [
        {
          name: '@tandem/core diffMatrices',
          subject: true,
          run: () => changedRows(diffMatrices(before, after)),
        },
        { name: 'JSON.stringify per row', run: () => naiveDiff(before, after) },
      ],
    },
  ],
};
