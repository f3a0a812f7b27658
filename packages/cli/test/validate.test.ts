import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORE_FIXTURES, FIXTURES, tandem, tempFolder } from './run-tandem';

const messy = `${FIXTURES}messy.csv`;
const temp = tempFolder();
afterAll(temp.remove);

describe('tandem validate', () => {
  describe('given a sheet with a bad cell and rule errors', () => {
    it('places import problems at their cell and rule findings at their row, and exits 1', async () => {
      const run = await tandem(['validate', messy]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/C3\s+warning\s+"Sometimes" is neither RACI letters/);
      expect(run.stdout).toMatch(/rows\[0\]\s+error\s+'Patching' has two Accountable parties/);
      expect(run.stdout).toContain('✖ 5 problems (3 errors, 2 warnings, 0 infos)');
    });

    it('reports the same problems as JSON for tools', async () => {
      const run = await tandem(['validate', messy, '--format', 'json']);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout);
      expect(report.summary).toEqual({ errors: 3, warnings: 2, infos: 0 });
      expect(report.problems[0]).toMatchObject({ location: 'C3', code: 'unreadable_cell' });
      expect(report.problems[1]).toMatchObject({
        location: 'rows[0]',
        code: 'accountable-exactly-one',
        rowIds: ['patching'],
        partyIds: ['internal-it', 'msp'],
        fixes: ['Keep Internal IT accountable', 'Keep MSP accountable'],
      });
    });

    it('reports them as a Markdown table for a review pack', async () => {
      const run = await tandem(['validate', messy, '-f', 'markdown']);
      expect(run.stdout).toContain('| Where | Severity | Problem | Code |');
      expect(run.stdout).toContain('| C3 | warning |');
    });
  });

  it('exits 0 on a clean matrix, its infos still listed', async () => {
    const run = await tandem(['validate', `${CORE_FIXTURES}ownership-seed-001.csv`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('overloaded-party');
    expect(run.stdout).toContain('✔ 1 problem (0 errors, 0 warnings, 1 info)');
  });

  it('exits 1 on warnings alone only past --max-warnings', async () => {
    const file = `${CORE_FIXTURES}layout-mess.csv`;
    expect((await tandem(['validate', file])).code).toBe(0);
    expect((await tandem(['validate', file, '--max-warnings', '0'])).code).toBe(1);
  });

  it('places problems of a JSON document at their path', async () => {
    const file = join(temp.dir, 'broken.json');
    const matrix = {
      name: 'Broken',
      parties: [{ id: 'it', side: 'inside' }],
      categories: [],
      rows: [],
    };
    writeFileSync(file, JSON.stringify({ version: 2, matrix }));
    const run = await tandem(['validate', file, '-f', 'json']);
    expect(run.code).toBe(1);
    const locations = JSON.parse(run.stdout).problems.map((p: { location: string }) => p.location);
    expect(locations).toEqual(['matrix.parties[0].name', 'matrix.parties[0].side']);
  });

  it('reads a workbook, and stdin given --from', async () => {
    const book = join(temp.dir, 'messy.xlsx');
    expect((await tandem(['convert', messy, book])).code).toBe(0);
    const fromBook = await tandem(['validate', book, '-f', 'json']);
    expect(JSON.parse(fromBook.stdout).summary).toEqual({ errors: 3, warnings: 1, infos: 0 });
    const csv = 'Function,Internal IT,MSP\nPatching,R/A,I\n';
    const fromStdin = await tandem(['validate', '-', '--from', 'csv'], csv);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toMatch(/^stdin\n/);
  });

  it('exits 2 for a missing file or a name that says no format', async () => {
    const missing = await tandem(['validate', join(temp.dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: no such file');
    const unknown = await tandem(['validate', 'matrix.txt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('give --from (csv, tsv, xlsx, json)');
  });
});
