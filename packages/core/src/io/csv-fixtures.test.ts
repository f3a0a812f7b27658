import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMatrix } from '../matrix/parse';
import { laneOfRow } from '../matrix/views';
import { type CsvImportOptions, matrixFromCsv } from './csv-read';

// Real-world-style sheets in ./fixtures, read as a host would: text in, matrix out.
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function imported(name: string, options?: CsvImportOptions) {
  const result = matrixFromCsv(fixture(name), options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  // Whatever the sheet, the matrix is one parseMatrix accepts as it is.
  expect(parseMatrix(JSON.parse(JSON.stringify(result.value)))).toEqual({
    ok: true,
    value: result.value,
  });
  return result;
}

describe('CSV fixtures', () => {
  it('ownership-seed-001.csv: the ✓ / Joint / Overflow only table of seed 001 (BOM, CRLF)', () => {
    const { value, warnings } = imported('ownership-seed-001.csv');
    expect(warnings).toEqual([]);
    expect(value.parties).toEqual([
      { id: 'internal', name: 'Internal', side: 'internal' },
      { id: 'msp', name: 'MSP', side: 'provider' },
    ]);
    expect(value.rows).toHaveLength(14);
    const byName = (start: string) => value.rows.find((row) => row.name.startsWith(start));
    expect(byName('Tier 1 helpdesk')?.cells).toEqual({
      internal: { roles: ['R', 'A'] },
      msp: { roles: ['R'], qualifier: 'overflow' },
    });
    expect(byName('Tier 1 helpdesk')?.name).toBe(
      'Tier 1 helpdesk (passwords, printers, basic Windows)',
    );
    expect(byName('On-site')?.cells.msp).toEqual({ roles: ['R'], qualifier: 'when-unavailable' });
    expect(byName('User onboarding')?.cells).toEqual({ internal: { roles: ['R', 'A'] } });
    expect(byName('vCIO')?.cells).toEqual({ msp: { roles: ['R', 'A'] } });
    const lanes = value.rows.map((row) => laneOfRow(value, row));
    expect(lanes.filter((lane) => lane === 'joint')).toHaveLength(2);
    expect(lanes.filter((lane) => lane === 'internal')).toHaveLength(3);
    expect(lanes.filter((lane) => lane === 'provider')).toHaveLength(9);
  });

  it('raci-excel-eu.csv: Excel with a decimal comma (sep= line, semicolons, merged Phase cells)', () => {
    const { value, warnings } = imported('raci-excel-eu.csv', {
      sides: { Geschäftsführung: 'business' },
    });
    expect(warnings).toEqual([]);
    expect(value.parties.map((party) => [party.id, party.side])).toEqual([
      ['it-abteilung', 'internal'],
      ['msp-service-desk', 'provider'],
      ['msp-noc', 'provider'],
      ['geschaftsfuhrung', 'business'],
    ]);
    expect(value.categories).toEqual([
      { id: 'betrieb', name: 'Betrieb' },
      { id: 'sicherheit', name: 'Sicherheit' },
    ]);
    expect(value.rows.map((row) => [row.id, row.categoryId])).toEqual([
      ['passwort-resets', 'betrieb'],
      ['drucker-und-peripherie', 'betrieb'],
      ['serveruberwachung', 'betrieb'],
      ['firewall-regeln-andern', 'sicherheit'],
      ['sicherheitsrichtlinie-freigeben', 'sicherheit'],
    ]);
    expect(value.rows[0]?.cells).toEqual({
      'it-abteilung': { roles: ['R', 'A'] },
      'msp-service-desk': { roles: ['R', 'A'] },
      geschaftsfuhrung: { roles: ['I'] },
    });
    expect(value.rows[1]?.cells).toEqual({
      'it-abteilung': { roles: ['R', 'A'] },
      'msp-service-desk': { roles: ['C'] },
    });
  });

  it('raci-excel-eu.csv: without sides, says which party it had to guess', () => {
    const { warnings } = imported('raci-excel-eu.csv');
    expect(warnings).toEqual([
      {
        row: 1,
        column: 6,
        code: 'party_side_unknown',
        message: expect.stringContaining('Geschäftsführung'),
        path: ['parties', 3],
      },
    ]);
  });

  it('raci-tabs.tsv: tabs, a title row, section rows, assorted letter spellings, a legend', () => {
    const { value, warnings } = imported('raci-tabs.tsv');
    expect(warnings).toEqual([]);
    expect(value.name).toBe('Acme Dental — responsibility matrix');
    expect(value.parties.map((party) => party.side)).toEqual([
      'internal',
      'internal',
      'provider',
      'provider',
      'provider',
      'business',
    ]);
    expect(value.categories.map((category) => category.name)).toEqual([
      'Helpdesk',
      'Security',
      'Strategy',
    ]);
    expect(value.rows.map((row) => row.name)).toEqual([
      'Tier 1 tickets',
      'Escalated tickets',
      'Security monitoring',
      'Incident response',
      'Risk acceptance',
      'Technology roadmap',
      'IT budget',
    ]);
    const cells = Object.fromEntries(value.rows.map((row) => [row.id, row.cells]));
    expect(cells['security-monitoring']?.['msp-soc']).toEqual({ roles: ['R', 'A'] });
    expect(cells['incident-response']?.['internal-it-lead']).toEqual({ roles: ['A'] });
    expect(cells['risk-acceptance']).toMatchObject({
      'msp-vcio': { roles: ['C', 'I'] },
      leadership: { roles: ['R', 'A'] },
    });
    expect(cells['technology-roadmap']?.['msp-vcio']).toEqual({ roles: ['R', 'A'] });
    expect(cells['it-budget']).toEqual({
      'internal-it-lead': { roles: ['C'] },
      'msp-vcio': { roles: ['R'] },
      leadership: { roles: ['A'] },
    });
  });

  it('quoted-rich.csv: quoted multi-line cells, ID/Kind/Description/Tags, a guarded formula, problems', () => {
    const { value, warnings } = imported('quoted-rich.csv');
    expect(value.parties.map((party) => [party.id, party.side])).toEqual([
      ['internal-it', 'internal'],
      ['msp', 'provider'],
      ['backup-vendor', 'vendor'],
    ]);
    const [backup, drTest, storage, formula, policy, access, firewall] = value.rows;
    expect(backup).toEqual({
      id: 'backup-run',
      name: 'Backups, nightly',
      categoryId: 'backup-dr',
      kind: 'task',
      description: 'Runs the nightly job; checks "green" status.\nEscalates failures.',
      tags: ['24x7', 'compliance'],
      cells: {
        'internal-it': { roles: ['I'] },
        msp: { roles: ['R', 'A'], note: 'per contract §4' },
        'backup-vendor': { roles: ['C'] },
      },
    });
    expect(drTest?.kind).toBe('decision');
    expect(drTest?.cells.msp).toEqual({ roles: ['R'], qualifier: { custom: 'EMEA sites only' } });
    expect(storage?.cells['internal-it']).toEqual({ roles: ['R'], note: '(see SOP-12)' });
    expect(formula?.name).toBe('=HYPERLINK(evil)');
    expect(policy?.id).toBe('policy');
    expect(access?.id).toBe('access-reviews');
    expect(access?.cells.msp).toEqual({ roles: ['R'], qualifier: 'after-hours' });
    expect(firewall?.cells.msp).toEqual({ roles: [], note: 'sometimes' });
    expect(warnings.map(({ row, column, code, path }) => ({ row, column, code, path }))).toEqual([
      { row: 7, column: 2, code: 'duplicate_row_id', path: ['rows', 5, 'id'] },
      { row: 8, column: 4, code: 'unknown_kind', path: ['rows', 6] },
      { row: 8, column: 8, code: 'unreadable_cell', path: ['rows', 6, 'cells', 'msp'] },
      { row: 8, column: 10, code: 'unnamed_column', path: undefined },
      { row: 9, column: 3, code: 'missing_activity', path: undefined },
    ]);
    expect(warnings[2]?.message).toBe(
      'Cell H8: "sometimes" is neither RACI letters nor an ownership word; it was kept as the cell\'s note, without letters.',
    );
  });

  it('one-column.csv: a sheet with no header row fails with a place', () => {
    expect(matrixFromCsv(fixture('one-column.csv'))).toEqual({
      ok: false,
      issues: [
        {
          row: 1,
          column: 1,
          code: 'no_header',
          message: 'Cell A1: no row has two filled cells, so there is no header.',
        },
      ],
    });
  });
});
