import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Matrix } from '../matrix/model';
import { parseMatrix } from '../matrix/parse';
import { matrixFromCsv } from './csv-read';
import { detectMatrixLayout } from './layout-detect';
import type { MatrixLayout, SheetColumnRole } from './matrix-layout';
import { readTable, type Table } from './table';
import { matrixFromTable } from './table-import';

// One small hand-written sheet per layout of issue 20, in ./fixtures.
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function tableOf(name: string): Table {
  const result = readTable(fixture(name));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function imported(name: string) {
  const result = matrixFromCsv(fixture(name));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  expect(parseMatrix(JSON.parse(JSON.stringify(result.value)))).toEqual({
    ok: true,
    value: result.value,
  });
  return result;
}

const roles = (name: string) => detectMatrixLayout(tableOf(name)).layout.columns.map((c) => c.role);
const cells = (matrix: Matrix, row: string) => matrix.rows.find((r) => r.name === row)?.cells;

describe('detectMatrixLayout and matrixFromTable', () => {
  it('reads ID, status and date columns as row fields, never as parties', () => {
    expect(roles('layout-metadata.csv')).toEqual<SheetColumnRole[]>([
      'id',
      'function',
      'notes',
      'party',
      'party',
      'notes',
    ]);
    const { value } = imported('layout-metadata.csv');
    expect(value.parties.map((p) => p.name)).toEqual(['Internal IT', 'MSP NOC']);
    expect(value.rows[0]).toMatchObject({
      id: 'HD-1',
      name: 'Password resets',
      description: 'Status: live\nStart date: 2024-01-01',
      cells: { 'internal-it': { roles: ['C'] }, 'msp-noc': { roles: ['R', 'A'] } },
    });
  });

  it('reads a transposed sheet: letters as columns, several names per cell, everyone words', () => {
    const detection = detectMatrixLayout(tableOf('layout-transposed.csv'));
    expect(detection.layout.orientation).toBe('transposed');
    expect(detection.layout.columns[1]).toMatchObject({ role: 'letter', letters: ['R'] });
    const { value } = imported('layout-transposed.csv');
    expect(value.parties.map((p) => p.name)).toEqual([
      'MSP service desk',
      'Internal IT lead',
      'Leadership',
      'Finance',
      'MSP NOC',
      'Backup vendor',
    ]);
    expect(cells(value, 'Helpdesk')).toEqual({
      'msp-service-desk': { roles: ['R'] },
      'internal-it-lead': { roles: ['A'] },
      leadership: { roles: ['I'] },
      finance: { roles: ['I'] },
    });
    // "Everyone" informs every party the sheet names, on top of what each already holds.
    expect(cells(value, 'Backup')).toEqual({
      'msp-service-desk': { roles: ['I'] },
      'internal-it-lead': { roles: ['A', 'I'] },
      leadership: { roles: ['I'] },
      finance: { roles: ['I'] },
      'msp-noc': { roles: ['R', 'I'] },
      'backup-vendor': { roles: ['C', 'I'] },
    });
  });

  it('reads one responsibility column: a name owns the row, "Shared" makes both sides R', () => {
    expect(detectMatrixLayout(tableOf('layout-responsibility.csv')).layout.orientation).toBe(
      'responsibility',
    );
    const { value } = imported('layout-responsibility.csv');
    expect(value.parties).toEqual([
      { id: 'msp', name: 'MSP', side: 'provider' },
      { id: 'customer', name: 'Customer', side: 'internal' },
    ]);
    expect(cells(value, 'Patch servers')).toEqual({ msp: { roles: ['R', 'A'] } });
    expect(cells(value, 'Firewall rules')).toEqual({
      msp: { roles: ['R', 'A'] },
      customer: { roles: ['R'] },
    });
    expect(cells(value, 'Building access')).toEqual({});
    expect(cells(value, 'DR tests')).toEqual({
      msp: { roles: ['R', 'A'] },
      customer: { roles: ['R'] },
    });
    expect(value.rows.find((r) => r.name === 'Patch servers')?.description).toBe(
      'Monthly patching',
    );
  });

  it('reads letters through a legend above the header and reports the mapping at its cell', () => {
    const detection = detectMatrixLayout(tableOf('layout-legend.csv'));
    expect(detection.layout.headerRow).toBe(2);
    expect(detection.layout.letters).toEqual({
      name: 'R/M/S/I/N',
      variant: 'raci',
      map: { M: ['C'], S: ['C'], N: [] },
      legendRows: [1],
    });
    const { value, warnings } = imported('layout-legend.csv');
    expect(cells(value, 'Patch servers')).toEqual({
      'internal-it': { roles: ['C'] },
      msp: { roles: ['R'] },
    });
    expect(cells(value, 'Backups')).toEqual({ msp: { roles: ['R', 'C'] } });
    expect(warnings.map((w) => `${w.code}@${w.row}:${w.column}`)).toContain('letters_mapped@1:1');
  });

  it('reads marks (x, ✓, •, Yes) and reports a party column empty in every row', () => {
    const detection = detectMatrixLayout(tableOf('layout-marks.csv'));
    expect(detection.layout.orientation).toBe('marks');
    expect(detection.reasons.join(' ')).toContain('"Vendor" is empty in every row');
    const { value } = imported('layout-marks.csv');
    expect(value.parties.map((p) => p.name)).toEqual(['Internal', 'MSP', 'Vendor']);
    expect(cells(value, 'Patching')).toEqual({ msp: { roles: ['R', 'A'] } });
    expect(cells(value, 'Backups')).toEqual({
      internal: { roles: ['R', 'A'] },
      msp: { roles: ['R'] },
    });
    expect(cells(value, 'Onboarding')).toEqual({ internal: { roles: ['R', 'A'] } });
  });

  it('reads an outline: numbered section rows, indented sub-rows, blank separators', () => {
    const { value, warnings } = imported('layout-outline.csv');
    expect(value.categories.map((c) => c.name)).toEqual(['Helpdesk', 'Security']);
    expect(value.rows.map((r) => [r.name, r.categoryId])).toEqual([
      ['Password resets', 'helpdesk'],
      ['Printers', 'helpdesk'],
      ['Patch servers', 'security'],
    ]);
    expect(warnings.filter((w) => w.code !== 'party_side_unknown')).toEqual([]);
  });

  it('fills a category column down from each group’s first row', () => {
    const { value } = imported('layout-fill-down.csv');
    expect(value.rows.map((r) => [r.name, r.categoryId])).toEqual([
      ['Password resets', 'helpdesk'],
      ['Printers', 'helpdesk'],
      ['Patching', 'security'],
      ['Monitoring', 'security'],
    ]);
  });

  it('reads the mess: BOM, empty top-left cell, trailing spaces, RA and "R,A"', () => {
    const { value } = imported('layout-mess.csv');
    expect(value.parties.map((p) => p.name)).toEqual(['Interne IT', 'MSP']);
    expect(value.rows.map((r) => r.name)).toEqual(['Wachtwoorden', 'Back-ups', 'Patchen']);
    expect(cells(value, 'Wachtwoorden')?.['interne-it']).toEqual({ roles: ['R', 'A'] });
    expect(cells(value, 'Back-ups')?.msp).toEqual({ roles: ['R', 'A'] });
    expect(cells(value, 'Patchen')?.['interne-it']).toEqual({ roles: ['R', 'A'] });
  });

  it('reads a layout the user changed column by column', () => {
    const table = tableOf('layout-metadata.csv');
    const { layout } = detectMatrixLayout(table);
    const changed: MatrixLayout = {
      ...layout,
      columns: layout.columns.map((c) =>
        c.header === 'Status'
          ? { ...c, role: 'tags' }
          : c.header === 'MSP NOC'
            ? { ...c, role: 'ignore' }
            : c,
      ),
    };
    const result = matrixFromTable(table, changed, { sides: { 'Internal IT': 'internal' } });
    if (!result.ok) throw new Error('expected a matrix');
    expect(result.value.parties.map((p) => p.name)).toEqual(['Internal IT']);
    expect(result.value.rows[0]?.tags).toEqual(['live']);
    expect(result.warnings.map((w) => `${w.code}@${w.row}:${w.column}`)).toContain(
      'ignored_column@2:5',
    );
  });

  it('gives the reasons in words and the layouts it weighed', () => {
    const detection = detectMatrixLayout(tableOf('layout-responsibility.csv'));
    expect(detection.confidence).toBeGreaterThan(0.5);
    expect(detection.reasons[0]).toContain('"Responsibility"');
    expect(detection.alternatives.length).toBeGreaterThan(0);
    expect(detection.alternatives.every((a) => a.confidence <= detection.confidence)).toBe(true);
  });

  it('never throws, and every matrix it reads is one parseMatrix accepts', () => {
    const token = fc.constantFrom(
      'R',
      'A/R',
      'x',
      'Yes',
      'Shared',
      'Customer',
      'Everyone',
      'R=Responsible',
      'M=Must be consulted',
      '1.1',
      '  indented',
      'Responsibility',
      'Description',
      'Status',
      'ID',
      '',
      'Área',
    );
    const table = fc.array(
      fc.array(fc.oneof(token, fc.string({ maxLength: 5 })), { maxLength: 6 }),
      {
        maxLength: 8,
      },
    );
    const role = fc.constantFrom<SheetColumnRole>(
      'function',
      'category',
      'id',
      'kind',
      'tags',
      'description',
      'notes',
      'party',
      'letter',
      'responsibility',
      'ignore',
    );
    fc.assert(
      fc.property(
        table,
        fc.array(role, { maxLength: 6 }),
        fc.integer({ min: -1, max: 9 }),
        (rows, picked, headerRow) => {
          const detection = detectMatrixLayout({ rows });
          const layouts: MatrixLayout[] = [
            detection.layout,
            ...detection.alternatives.map((a) => a.layout),
            {
              ...detection.layout,
              headerRow,
              columns: picked.map((r, i) => ({
                column: i + 1,
                header: rows[0]?.[i] ?? '',
                role: r,
              })),
            },
          ];
          for (const layout of layouts) {
            const result = matrixFromTable({ rows }, layout);
            if (!result.ok) {
              expect(result.issues.length).toBeGreaterThan(0);
              continue;
            }
            expect(parseMatrix(JSON.parse(JSON.stringify(result.value)))).toEqual({
              ok: true,
              value: result.value,
            });
            for (const w of result.warnings) expect(w.row >= 1 && w.column >= 1).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('trims a party header the user picked, as parseMatrix would (found by the property below)', () => {
    const layout: MatrixLayout = {
      ...detectMatrixLayout({ rows: [['R', '', '  indented']] }).layout,
      headerRow: 1,
      columns: [
        { column: 1, header: 'R', role: 'function' },
        { column: 2, header: '', role: 'function' },
        { column: 3, header: '  indented', role: 'party' },
      ],
    };
    const result = matrixFromTable({ rows: [['R', '', '  indented']] }, layout);
    expect(result.ok && result.value.parties.map((p) => p.name)).toEqual(['indented']);
  });
});
