import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inlineRow, workbookBytes } from '../test-support/workbook';
import { xlsxToTable } from './xlsx-read';
import { readXlsxInSteps, type XlsxProgress, xlsxWorkbook } from './xlsx-steps';

/** Runs the steps, keeping every progress report. */
function run(bytes: Uint8Array, options?: Parameters<typeof readXlsxInSteps>[1]) {
  const progress: XlsxProgress[] = [];
  const steps = readXlsxInSteps(bytes, options);
  let step = steps.next();
  while (!step.done) {
    progress.push(step.value);
    step = steps.next();
  }
  return { progress, read: step.value };
}

// Non-ASCII text on every row, so the sheet's decode slices fall inside characters.
const ROWS = 6_000;
const rows = [inlineRow(1, ['Tâche', 'IT ✓', 'MSP'])];
for (let r = 2; r <= ROWS; r++) rows.push(inlineRow(r, [`Tâche n° ${r} — ✔ é`, 'R/A', 'C']));
const strings = Array.from({ length: 4_000 }, (_, i) => `Chaîne ${i} ✓`);
const large = workbookBytes({
  sheets: [
    {
      name: 'RACI',
      data: `${rows.join('')}<row r="${ROWS + 1}"><c r="A${ROWS + 1}" t="s"><v>3999</v></c></row>`,
    },
    { name: 'Notes', data: inlineRow(1, ['x']) },
  ],
  strings,
});

describe('readXlsxInSteps', () => {
  describe('given a large workbook', () => {
    it('returns the table xlsxToTable reads, and the sheet names', () => {
      const { read } = run(large);
      expect(read.sheets).toEqual(['RACI', 'Notes']);
      expect(read.result).toEqual(xlsxToTable(large));
      if (!read.result.ok) throw new Error('expected the workbook to read');
      const table = read.result.value.rows;
      expect(table).toHaveLength(ROWS + 1);
      expect(table[0]).toEqual(['Tâche', 'IT ✓', 'MSP']);
      expect(table[4_321]).toEqual(['Tâche n° 4322 — ✔ é', 'R/A', 'C']);
      expect(table[ROWS]).toEqual(['Chaîne 3999 ✓']);
    });

    it('goes through unzip, decode, strings and sheet in order, each step a bounded slice', () => {
      const { progress } = run(large);
      const stages = progress.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1]);
      expect(stages).toEqual(['unzip', 'decode', 'strings', 'sheet']);
      for (const stage of stages) {
        const reports = progress.filter((p) => p.stage === stage);
        expect(reports[0]?.done).toBe(0);
        for (let i = 1; i < reports.length; i++) {
          const [before, now] = [reports[i - 1] as XlsxProgress, reports[i] as XlsxProgress];
          expect(now.done).toBeGreaterThan(before.done);
          expect(now.done).toBeLessThanOrEqual(now.total);
          // A step reads about 64 K characters of XML (a row more at most); a decode step 1 MB.
          const bound = stage === 'decode' ? 1024 * 1024 : 64 * 1024 + 512;
          expect(now.done - before.done).toBeLessThanOrEqual(bound);
        }
      }
      // The sheet's XML is over a megabyte: dozens of steps, not one.
      expect(progress.filter((p) => p.stage === 'sheet').length).toBeGreaterThan(16);
    });

    it('stops when the host stops asking: return() ends it and no more work is done', () => {
      const steps = readXlsxInSteps(large);
      for (let i = 0; i < 5; i++) steps.next();
      expect(steps.return(undefined as never).done).toBe(true);
      expect(steps.next()).toEqual({ done: true, value: undefined });
    });
  });

  describe('given bytes it refuses', () => {
    it('returns the typed issue without a step, and no sheet names', () => {
      const { progress, read } = run(strToU8('not a workbook'));
      expect(progress).toEqual([]);
      expect(read.sheets).toEqual([]);
      expect(read.result.ok === false && read.result.issues[0]?.code).toBe('not_xlsx');
    });

    it('returns too_many_rows from the step that meets the row, not a thrown error', () => {
      const { progress, read } = run(large, { maxRows: 100 });
      expect(progress.length).toBeGreaterThan(0);
      expect(read.result.ok === false && read.result.issues[0]?.code).toBe('too_many_rows');
      expect(read.result.ok === false && read.result.issues[0]?.row).toBe(101);
    });
  });
});

describe('xlsxWorkbook', () => {
  it('runs the steps at once: the table and the names in one call', () => {
    expect(xlsxWorkbook(large, { sheet: 'Notes' })).toEqual({
      result: { ok: true, value: { rows: [['x']], name: 'Notes' }, warnings: [] },
      sheets: ['RACI', 'Notes'],
    });
  });
});
