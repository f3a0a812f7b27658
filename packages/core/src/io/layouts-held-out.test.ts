import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Matrix } from '../matrix/model';
import { parseMatrix } from '../matrix/parse';
import type { CsvIssue } from './csv-issue';
import { detectMatrixLayout } from './layout-detect';
import type { LayoutDetection } from './matrix-layout';
import { readTable } from './table';
import { matrixFromTable } from './table-import';

// Held-out sheets, one per layout of issue 20, written for these tests with their own words
// and parties (./fixtures/held-out): the detector was not tuned on them before they were
// written, so they check that it generalises past the files it was built from.

interface Read {
  readonly detection: LayoutDetection;
  readonly matrix: Matrix;
  readonly warnings: readonly string[];
}

function read(name: string): Read {
  const text = readFileSync(new URL(`./fixtures/held-out/${name}`, import.meta.url), 'utf8');
  const table = readTable(text);
  if (!table.ok) throw new Error(table.issues[0]?.message);
  const detection = detectMatrixLayout(table.value);
  const result = matrixFromTable(table.value, detection.layout);
  if (!result.ok) throw new Error(result.issues[0]?.message);
  expect(parseMatrix(JSON.parse(JSON.stringify(result.value)))).toEqual({
    ok: true,
    value: result.value,
  });
  // Each warning as `code@cell`, the cell as a spreadsheet names it.
  const at = (w: CsvIssue) => `${w.code}@${w.message.slice(5, w.message.indexOf(':'))}`;
  return {
    detection,
    matrix: result.value,
    warnings: [...table.warnings, ...result.warnings].map(at),
  };
}

const roles = (r: Read) => r.detection.layout.columns.map((c) => c.role);
const parties = (r: Read) => r.matrix.parties.map((p) => `${p.name}:${p.side}`);
/** Row name → `party id=letters` for every cell, in party order. */
const grid = (r: Read) =>
  Object.fromEntries(
    r.matrix.rows.map((row) => [
      row.name,
      r.matrix.parties
        .filter((p) => row.cells[p.id])
        .map((p) => `${p.id}=${row.cells[p.id]?.roles.join('/')}`)
        .join(' '),
    ]),
  );

describe('held-out sheets', () => {
  it('metadata.csv: an item number, a description, a date and comments beside the parties', () => {
    const r = read('metadata.csv');
    expect(roles(r)).toEqual([
      'id',
      'function',
      'description',
      'party',
      'party',
      'party',
      'notes',
      'notes',
    ]);
    expect(parties(r)).toEqual(['Internal IT:internal', 'MSP Helpdesk:provider', 'Vendor:vendor']);
    expect(r.matrix.rows.map((row) => row.id)).toEqual(['HD-01', 'HD-02', 'NW-07']);
    expect(grid(r)).toEqual({
      'Reset passwords': 'internal-it=I msp-helpdesk=R/A',
      'Replace laptops': 'internal-it=R/A msp-helpdesk=C vendor=I',
      'Renew firewall licences': 'internal-it=A msp-helpdesk=R vendor=C',
    });
    expect(r.matrix.rows[1]?.description).toBe(
      'Spares kept on site, 5 units\nLast reviewed: 2025-02-01\nComments: Budget owner signs',
    );
    expect(r.warnings).toEqual([]);
  });

  it('transposed.csv: role names as columns, lists and "All" in the cells, semicolons', () => {
    const r = read('transposed.csv');
    expect(r.detection.layout.orientation).toBe('transposed');
    expect(r.detection.layout.columns.map((c) => c.letters?.join() ?? c.role)).toEqual([
      'function',
      'R',
      'A',
      'C',
      'I',
    ]);
    expect(parties(r)).toEqual([
      'MSP Helpdesk:provider',
      'HR:business',
      'Internal IT:internal',
      'MSP NOC:provider',
      'Finance:business',
      'MSP vCIO:provider',
      'Legal:business',
    ]);
    expect(grid(r)).toEqual({
      // "All" informs every party, on top of its own letter.
      'Onboard a starter':
        'msp-helpdesk=R/I hr=A/I internal-it=C/I msp-noc=I finance=I msp-vcio=I legal=I',
      'Rotate backup tapes': 'hr=I internal-it=A msp-noc=R finance=I',
      'Approve new SaaS': 'internal-it=R finance=A msp-vcio=C legal=C',
    });
  });

  it('responsibility.csv: one Owner column with Client, Provider, Shared, N/A and "and" lists', () => {
    const r = read('responsibility.csv');
    expect(r.detection.layout.orientation).toBe('responsibility');
    expect(roles(r)).toEqual(['category', 'function', 'responsibility']);
    expect(parties(r)).toEqual(['Client:internal', 'Provider:provider']);
    expect(r.matrix.categories.map((c) => c.name)).toEqual(['Identity', 'Endpoint', 'Physical']);
    expect(grid(r)).toEqual({
      'Enforce MFA on admin accounts': 'client=R/A',
      'Review privileged access quarterly': 'provider=R/A',
      // Shared: both sides Responsible.
      'Encrypt laptop disks': 'client=R/A provider=R',
      'Badge access to the server room': '',
      'Patch third-party apps': 'client=R/A provider=R',
    });
  });

  it('legend-rasci-below.csv: a RASCI legend under the table, after a "Legend:" label', () => {
    const r = read('legend-rasci-below.csv');
    expect(r.detection.layout.letters).toEqual({
      name: 'RASCI',
      variant: 'rasci',
      map: {},
      legendRows: [6, 7],
    });
    expect(r.matrix.variant).toBe('rasci');
    expect(parties(r)).toEqual(['Service desk:internal', 'Site IT:internal', 'Contractor:vendor']);
    expect(grid(r)).toEqual({
      'Print queue fixes': 'service-desk=R site-it=S',
      Cabling: 'service-desk=A site-it=C contractor=R',
      'Asset tagging': 'service-desk=S site-it=R/A contractor=I',
    });
    // The legend is read, not imported as rows, and S is no stray letter.
    expect(r.warnings).toEqual([]);
  });

  it('legend-daci.csv: a DACI legend above the header', () => {
    const r = read('legend-daci.csv');
    expect(r.detection.layout.headerRow).toBe(2);
    expect(r.detection.layout.letters).toEqual({
      name: 'DACI',
      variant: 'daci',
      map: {},
      legendRows: [1],
    });
    expect(r.matrix.variant).toBe('daci');
    expect(grid(r)).toEqual({
      'Move backups to the cloud': 'internal-it-lead=C msp-vcio=D leadership=A',
      'Choose the EDR product': 'internal-it-lead=D msp-vcio=C leadership=A',
      'Retire the old file server': 'internal-it-lead=A msp-vcio=D leadership=I',
    });
    expect(r.warnings).toEqual([]);
  });

  it('marks.csv: ✔, ✓, X, Yes and yes, and a party column empty in every row', () => {
    const r = read('marks.csv');
    expect(r.detection.layout.orientation).toBe('marks');
    expect(parties(r)).toEqual([
      'Customer:internal',
      'MSP:provider',
      'Carrier:vendor',
      'Landlord:internal',
    ]);
    expect(grid(r)).toEqual({
      'Wi-Fi surveys': 'msp=R/A',
      // Two marks: both Responsible, the first Accountable.
      'Circuit faults': 'msp=R/A carrier=R',
      'Desk moves': 'customer=R/A',
      'Mailbox restores': 'msp=R/A',
    });
    expect(r.detection.reasons.join(' ')).toContain('"Landlord" is empty in every row');
    expect(r.warnings).toEqual(['party_side_unknown@E1', 'empty_party@E1']);
  });

  it('grouping.csv: blank rows, a section row, a category filled down past a blank row', () => {
    const r = read('grouping.csv');
    expect(roles(r)).toEqual(['category', 'function', 'party', 'party']);
    expect(r.matrix.categories.map((c) => c.name)).toEqual(['Helpdesk', 'Security']);
    expect(r.matrix.rows.map((row) => `${row.name}@${row.categoryId}`)).toEqual([
      'Reset passwords@helpdesk',
      'Map printers@helpdesk',
      'Review firewall logs@security',
      'Run phishing drills@security',
      'Monthly patching@security',
    ]);
    expect(grid(r)['Map printers']).toBe('it-team=R/A');
    expect(r.warnings).toEqual([]);
  });

  it('portuguese-tabs.tsv: BOM, tabs, Portuguese headers, A/R and "R, A", a quoted line break', () => {
    const r = read('portuguese-tabs.tsv');
    expect(roles(r)).toEqual(['function', 'party', 'party']);
    expect(parties(r)).toEqual(['TI interna:internal', 'Fornecedor MSP:provider']);
    expect(grid(r)).toEqual({
      Backups: 'ti-interna=R/A fornecedor-msp=C',
      'Gestão de\ncontas': 'ti-interna=R/A fornecedor-msp=I',
      Monitorização: 'ti-interna=I fornecedor-msp=R/A',
    });
    expect(r.warnings).toEqual([]);
  });

  it('dutch-semicolons.csv: CRLF, semicolons, a quoted semicolon, RA, A/R, a trailing space', () => {
    const r = read('dutch-semicolons.csv');
    expect(parties(r)).toEqual(['IT-afdeling:internal', 'Leverancier:vendor']);
    expect(grid(r)).toEqual({
      'Wachtwoord herstellen': 'it-afdeling=R/A leverancier=I',
      'Laptops; uitrollen': 'it-afdeling=C leverancier=R/A',
      'Licenties verlengen': 'it-afdeling=R/A',
    });
    expect(r.warnings).toEqual([]);
  });
});
