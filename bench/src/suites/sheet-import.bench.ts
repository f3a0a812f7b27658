import { detectMatrixLayout, matrixFromCsv, matrixFromTable, readTable } from '@tandem/core/io';
import { matrixToXlsx, xlsxToTable } from '@tandem/core/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { BenchSuite } from '../suite';

// Issue 20's budgets: detect the layout of and import a 5,000-row sheet as it arrives from a
// spreadsheet — an ID, a status and a date column beside the parties, a legend above the
// header in letters other than RACI, category sections — from CSV (≤ 50 ms) and from xlsx
// (≤ 500 ms). The comparisons are the libraries underneath doing only their part: papaparse
// tokenising the CSV, fflate unpacking the workbook.

const PARTIES = [
  'Internal IT',
  'Internal helpdesk',
  'Leadership',
  'MSP NOC',
  'MSP SOC',
  'MSP vCIO',
];
const CELLS = ['R', 'M', 'S', 'I', 'N', '', 'R/M', ''];
const ROWS = 5_000;

function csvSheet(): string {
  const lines = [
    'R=Responsible;M=Must be consulted;S=May be consulted;I=Informed;N=No role',
    ['Ref', 'Function', 'Status', ...PARTIES, 'Due date'].join(';'),
  ];
  for (let r = 0; r < ROWS; r++) {
    if (r % 250 === 0) lines.push(`;Section ${r / 250};;;;;;;;`);
    const cells = PARTIES.map((_, p) => CELLS[(r * 5 + p * 3) % CELLS.length]);
    lines.push(
      [`F-${r}`, `Function ${r}`, r % 3 ? 'live' : 'planned', ...cells, '2025-01-31'].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
const csv = csvSheet();

const imported = (() => {
  const result = matrixFromCsv(csv);
  if (!result.ok || result.value.rows.length !== ROWS) throw new Error('the bench CSV must import');
  return result.value;
})();
// The workbook holds the same matrix as written by the core's own writer (ID, category and
// activity columns, then a column per party), as a host's export would.
const { bytes: workbook } = matrixToXlsx(imported);

function importXlsx(): number {
  const table = xlsxToTable(workbook);
  if (!table.ok) return -1;
  const result = matrixFromTable(table.value, detectMatrixLayout(table.value).layout);
  return result.ok ? result.value.rows.length : -1;
}

function unpackOnly(): number {
  const files = unzipSync(workbook);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
  return sheet.split('<row ').length - 2;
}

export const sheetImportSuite: BenchSuite = {
  name: 'sheet import',
  groups: [
    {
      name: 'detect + import a 5,000-row CSV (legend, metadata columns, sections)',
      budgetNs: 50e6,
      cases: [
        {
          name: '@tandem/core readTable + detectMatrixLayout + matrixFromTable',
          subject: true,
          run: () => {
            const table = readTable(csv);
            if (!table.ok) return -1;
            const result = matrixFromTable(table.value, detectMatrixLayout(table.value).layout);
            return result.ok ? result.value.rows.length : -1;
          },
        },
        {
          name: 'papaparse Papa.parse (tokenising only)',
          run: () => Papa.parse(csv, { delimiter: ';' }).data.length - 3 - ROWS / 250,
        },
      ],
    },
    {
      name: 'detect + import a 5,000-row xlsx',
      budgetNs: 500e6,
      cases: [
        {
          name: '@tandem/core xlsxToTable + detectMatrixLayout + matrixFromTable',
          subject: true,
          run: importXlsx,
        },
        { name: 'fflate unzipSync + decode the sheet (unpacking only)', run: unpackOnly },
      ],
    },
  ],
};
