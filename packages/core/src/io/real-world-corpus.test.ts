import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cell, Matrix, PartySide } from '../matrix/model';
import { parseMatrix } from '../matrix/parse';
import { xlsxToTable } from '../xlsx/xlsx-read';
import type { CsvIssue } from './csv-issue';
import { detectMatrixLayout } from './layout-detect';
import type { LetterSystem } from './letter-system';
import type { LayoutOrientation, MatrixLayout, SheetColumnRole } from './matrix-layout';
import { readTable, type Table } from './table';
import { matrixFromTable } from './table-import';

// The ten public responsibility matrices of issue 20 (five also as the original .xlsx), read
// from the shared corpus, which the repository never copies. What each must give is written
// out here by hand from reading the file: parties, row count, layout and a few cells.
const FOLDER = '/work/shared/real-world/raci-csv/';
const present = existsSync(FOLDER);

interface Expected {
  readonly orientation: LayoutOrientation;
  readonly headerRow: number;
  /** One role per column, left to right. */
  readonly roles: readonly SheetColumnRole[];
  readonly letters?: LetterSystem;
  readonly parties: readonly (readonly [name: string, side: PartySide])[];
  readonly rows: number;
  readonly categories: readonly string[];
  /** Row name → party id → the cell's letters (`-` for no cell). */
  readonly cells: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** A warning that must be there, as `code@A1`. */
  readonly warnings?: readonly string[];
  /** Checks beyond parties, rows and cells. */
  readonly more?: (matrix: Matrix) => void;
}

const RACI: LetterSystem = { name: 'RACI', variant: 'raci', map: {}, legendRows: [] };

const CORPUS: Readonly<Record<string, Expected>> = {
  'saudi-ai-governance-lab-raci.csv': {
    orientation: 'grid',
    headerRow: 1,
    roles: ['function', 'party', 'party', 'party', 'party', 'party', 'party', 'party'],
    parties: [
      ['Business Owner', 'business'],
      ['AI/Product Team', 'internal'],
      ['AI Governance', 'internal'],
      ['Privacy', 'internal'],
      ['DPO/Security', 'internal'],
      ['Executive Sponsor', 'business'],
      ['Internal Audit', 'internal'],
    ],
    rows: 10,
    categories: ['General'],
    cells: {
      // `A/R` is written A first.
      'Use-case approval': { 'business-owner': 'R/A', 'internal-audit': 'I' },
      // Two Responsible.
      'AI incident escalation': {
        'business-owner': 'R',
        'ai-product-team': 'R',
        'ai-governance': 'A',
      },
      'Independent assurance': { 'internal-audit': 'R/A', 'ai-governance': 'C' },
    },
  },
  'stephnrl-my_stuff-raci.csv': {
    orientation: 'grid',
    headerRow: 1,
    roles: ['function', 'party', 'party'],
    parties: [
      ['DevOps Team', 'internal'],
      ['Client Team (w365)', 'internal'],
    ],
    // 38 lines below the header, 7 of them section rows.
    rows: 31,
    categories: [
      'GitHub Infrastructure',
      'Authentication & Access',
      'Repository Management',
      'Code Management',
      'GitHub Actions',
      'Specific Pipeline Items',
      'Knowledge Transfer & Support',
    ],
    cells: {
      'GitHub server installation': { 'devops-team': 'R/A', 'client-team-w365': 'I' },
      'Branch protection rules': { 'devops-team': 'C', 'client-team-w365': 'R/A' },
      'GitHub platform support': { 'devops-team': 'R/A', 'client-team-w365': 'I' },
    },
    more: (matrix) => {
      const row = matrix.rows.find((r) => r.name === 'Code review');
      expect(row?.categoryId).toBe('code-management');
      // Every row has exactly one R/A holder.
      for (const r of matrix.rows) {
        const owners = Object.values(r.cells).filter((c) => c.roles.join('/') === 'R/A');
        expect(owners, r.name).toHaveLength(1);
      }
    },
  },
  'civicactions-ssp-toolkit-responsibility_matrix.csv': {
    orientation: 'marks',
    headerRow: 1,
    roles: [
      'id',
      'function',
      'notes',
      'party',
      'party',
      'party',
      'party',
      'party',
      'party',
      'party',
    ],
    parties: [
      ['Drupal', 'internal'],
      ['SSH', 'internal'],
      ['Project', 'internal'],
      ['Ilias', 'internal'],
      ['Contractor', 'vendor'],
      ['AWS', 'provider'],
      ['Privacy', 'internal'],
    ],
    rows: 120,
    categories: ['General'],
    cells: {
      // Marks give R; the row's first marked party also gets A.
      'ACCESS CONTROL POLICY AND PROCEDURES': { project: 'R/A', contractor: 'R', drupal: '-' },
      'ACCOUNT MANAGEMENT': {
        drupal: 'R/A',
        project: 'R',
        ilias: 'R',
        contractor: 'R',
        aws: 'R',
      },
      // A quoted name with commas in it.
      'AUDIT REVIEW, ANALYSIS, AND REPORTING': { contractor: 'R/A', project: '-' },
    },
    // SSH and Privacy are empty in every row: kept, and said at their header cells.
    warnings: ['empty_party@E1', 'empty_party@J1'],
    more: (matrix) => {
      expect(matrix.rows[0]).toMatchObject({ id: 'AC-1', description: 'Status: complete' });
      const marks = matrix.rows.reduce((n, r) => n + Object.keys(r.cells).length, 0);
      expect(marks).toBe(232);
    },
  },
  'martech_master-RACI-transposed.csv': {
    orientation: 'transposed',
    headerRow: 1,
    roles: ['function', 'letter', 'letter', 'letter', 'letter'],
    parties: [
      ['Tech Lead', 'internal'],
      ['PM', 'internal'],
      ['Legal/Finance', 'business'],
      ['Designer', 'internal'],
      ['Community', 'internal'],
      ['Content Lead', 'internal'],
      ['Backend Eng', 'internal'],
      ['Community Lead', 'internal'],
      ['Masters', 'internal'],
      ['Marketing', 'internal'],
      ['AI Lead', 'internal'],
      ['Admin Board', 'business'],
      ['Legal', 'business'],
    ],
    rows: 9,
    categories: ['General'],
    cells: {
      // Two names in one quoted cell.
      'Auth & Billing': {
        'tech-lead': 'R',
        pm: 'A',
        'legal-finance': 'C',
        designer: 'I',
        community: 'I',
      },
      Busca: { 'backend-eng': 'R', 'tech-lead': 'A', pm: 'C', designer: 'I' },
      // `Todos` (everyone) informs every party, on top of what each holds.
      'Lançamento & Growth': {
        marketing: 'R/I',
        pm: 'A/I',
        community: 'C/I',
        'tech-lead': 'I',
        legal: 'I',
        'admin-board': 'I',
      },
    },
  },
  'ngond002-ENMA401ProjectPlan-responsibility_matrix.csv': {
    orientation: 'grid',
    headerRow: 2,
    roles: [
      'id',
      'id',
      'id',
      'id',
      'function',
      'party',
      'party',
      'party',
      'party',
      'party',
      'party',
      'party',
      'party',
    ],
    letters: {
      name: 'R/M/S/I/N',
      variant: 'raci',
      map: { M: ['C'], S: ['C'], N: [] },
      legendRows: [1],
    },
    parties: [
      ['Management', 'business'],
      ['Assembly', 'internal'],
      ['Test', 'internal'],
      ['Manufacturing', 'internal'],
      ['Aerospace Engineering', 'internal'],
      ['Electrical Engineering', 'internal'],
      ['Computer Engineering', 'internal'],
      ['Simulator Engineering', 'internal'],
    ],
    // 65 rows below the header: 21 WBS sections, 44 activities.
    rows: 44,
    categories: [
      'Sky Snake UAV',
      'Structural Design and Build',
      'Airframe',
      'Landing Gear',
      'Structural Tests',
      'Propulsion System Design and Build',
      'Fuel System',
      'Engine',
      'Propulsion Tests',
      'Electrical System Design and Build',
      'Electrical Components',
      'On-Board Electronics',
      'Auxiliary Systems',
      'Electrical Systems Tests',
      'Sky-Snake Simulator',
      'Controller and User Interface',
      'Visualization',
      'Simulator Tests',
      'Test Plan and Flight',
      'Flight Tests',
      'Results Review',
    ],
    cells: {
      // N S N S R I I I: N is no role, S (may be consulted) reads C.
      'Develop Body Design Drawing': {
        management: '-',
        assembly: 'C',
        test: '-',
        'aerospace-engineering': 'R',
        'electrical-engineering': 'I',
      },
      // M (must be consulted) reads C.
      'Obtain required structural materials': { management: 'R', assembly: 'C', test: '-' },
      'Schedule rework operations on parts that fail scoring': {
        management: 'R',
        'simulator-engineering': 'C',
      },
    },
    warnings: ['letters_mapped@F1'],
    more: (matrix) => {
      const row = matrix.rows.find((r) => r.name === 'Construct Airframe');
      // The WBS code, with its stray trailing dot, is the row's id.
      expect(row).toMatchObject({ id: '1.1.1.4.', categoryId: 'airframe' });
    },
  },
  'packt-tpm-handbook-2e-RACI.csv': {
    orientation: 'grid',
    headerRow: 1,
    roles: ['id', 'function', 'party', 'party', 'party', 'party', 'party', 'party'],
    parties: [
      ['TPM', 'internal'],
      ['SDM', 'internal'],
      ['PM-T', 'internal'],
      ['Lead SDE', 'internal'],
      ['SDE', 'internal'],
      ['Business', 'business'],
    ],
    rows: 8,
    categories: ['General'],
    cells: {
      'Requirements refinement': { tpm: 'A', business: 'R', sde: 'C' },
      'Sprint Planning': { tpm: 'R', sdm: 'A', 'pm-t': 'I' },
      'Leadership Review': { tpm: 'R', 'pm-t': 'A', business: 'I' },
    },
    more: (matrix) =>
      expect(matrix.rows.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']),
  },
  'packt-tpm-handbook-2e-TPM-RACI.csv': {
    orientation: 'grid',
    headerRow: 1,
    roles: ['category', 'function', 'party'],
    parties: [['Role', 'internal']],
    rows: 11,
    categories: ['Planning', 'Stakeholder Management', 'Risk Management'],
    cells: {
      'Refine requirements': { role: 'A' },
      'Create functional spec': { role: 'R/A' },
      'Sprint planning': { role: 'R/C' },
      'Draft communication plan': { role: 'R/A' },
    },
    more: (matrix) => {
      // The category is filled only on each group's first row.
      const byName = (name: string) => matrix.rows.find((r) => r.name === name)?.categoryId;
      expect(byName('Review designs')).toBe('planning');
      expect(byName('MBR')).toBe('stakeholder-management');
      expect(byName('Issue resolution')).toBe('risk-management');
    },
  },
  'timonvds-itil-foundation-RACI.csv': {
    orientation: 'grid',
    headerRow: 1,
    roles: ['function', 'party', 'party', 'party', 'party'],
    // Trailing spaces in the header are trimmed.
    parties: [
      ['Vader', 'internal'],
      ['Moeder', 'internal'],
      ['Zoon', 'internal'],
      ['Dochter', 'internal'],
    ],
    rows: 4,
    categories: ['General'],
    cells: {
      // `RA` without a separator.
      'Tafel dekken': { vader: 'I', moeder: 'I', zoon: 'R/A', dochter: 'C' },
      'Eten maken': { moeder: 'R/A', vader: 'C' },
      'Tafel afruimen': { dochter: 'R/A', zoon: 'C' },
    },
  },
  'azure-key-vault-security-baseline-v1.1.csv': {
    orientation: 'responsibility',
    headerRow: 1,
    roles: [
      'notes',
      'category',
      'id',
      'notes',
      'function',
      'description',
      'responsibility',
      'notes',
    ],
    parties: [
      ['Customer', 'internal'],
      ['Microsoft', 'provider'],
    ],
    rows: 88,
    categories: [
      'Network Security',
      'Logging and Monitoring',
      'Identity and Access Control',
      'Data Protection',
      'Vulnerability Management',
      'Inventory and Asset Management',
      'Secure Configuration',
      'Malware Defense',
      'Data Recovery',
      'Incident Response',
      'Penetration Tests and Red Team Exercises',
    ],
    cells: {
      'Protect Azure resources within virtual networks': { customer: 'R/A', microsoft: '-' },
      // `Not applicable`: nobody.
      'Protect critical web applications': { customer: '-', microsoft: '-' },
      'Use approved time synchronization sources': { microsoft: 'R/A', customer: '-' },
    },
    more: (matrix) => {
      const owners = (r: Matrix['rows'][number]) => Object.keys(r.cells).sort().join('+');
      const counts = new Map<string, number>();
      for (const r of matrix.rows) counts.set(owners(r), (counts.get(owners(r)) ?? 0) + 1);
      // Customer 55, Not applicable 26, Microsoft 6, Shared 1: shared makes both Responsible.
      expect(Object.fromEntries(counts)).toEqual({
        customer: 55,
        '': 26,
        microsoft: 6,
        'customer+microsoft': 1,
      });
      const shared = matrix.rows.find((r) => owners(r) === 'customer+microsoft');
      expect(shared?.cells).toEqual({
        customer: { roles: ['R', 'A'] },
        microsoft: { roles: ['R'] },
      });
      const first = matrix.rows[0];
      expect(first?.id).toBe('1.1');
      // Long guidance with line breaks and URLs is the description, the rest notes below it.
      expect(first?.description).toMatch(/^Integrate Azure Key Vault with Azure Private Link\./);
      expect(first?.description).toContain(
        'https://docs.microsoft.com/azure/key-vault/private-link-service',
      );
      expect(first?.description).toContain('\nASC Monitoring: Yes');
    },
  },
  'fedramp-agency-authorization-WBS-template.csv': {
    orientation: 'responsibility',
    headerRow: 1,
    roles: ['id', 'function', 'responsibility', 'notes', 'notes', 'notes'],
    parties: [
      ['CSP', 'provider'],
      ['Agency', 'internal'],
      ['PMO', 'internal'],
      ['3PAO', 'vendor'],
    ],
    // 44 lines below the header: 6 numbered sections, 5 blank separators, 33 tasks.
    rows: 33,
    categories: [
      'Design/Build System',
      'Develop and Finalize SSP',
      'Develop and Finalize SAP',
      'Develop and Finalize SAR / POA&M',
      'Final Agency Review and ATO',
      'FedRAMP PMO Review and FedRAMP Authorized Decision',
    ],
    cells: {
      // Indented sub-task names are trimmed; a list's first name is Accountable.
      'Provide completed IPR, WBS to FedRAMP PMO': { agency: 'R/A', csp: 'R', pmo: '-' },
      'Schedule Kick-off meeting': { pmo: 'R/A', agency: 'R', csp: 'R', '3pao': '-' },
      'Hold SAR Debrief': { csp: 'R/A', '3pao': 'R', agency: 'R', pmo: 'R' },
      'Agency approves SSP': { agency: 'R/A', csp: '-' },
    },
    // A section row's note has nowhere to go: skipped, said at its cell.
    warnings: ['section_cell_skipped@F2'],
    more: (matrix) => {
      const row = matrix.rows.find((r) => r.name === '<Gap 1>');
      expect(row).toMatchObject({
        id: '1.2',
        categoryId: 'design-build-system',
        description: 'Notes / Questions: CSP insert gaps here; add lines if needed.',
      });
      // A name with a line break inside its quoted cell.
      expect(matrix.rows.some((r) => r.name.startsWith('Agency submits CSO’s authorization'))).toBe(
        true,
      );
    },
  },
};

/** Each workbook and the CSV converted from its first sheet. */
const TWINS: Readonly<Record<string, string>> = {
  'azure-key-vault-security-baseline-v1.1.xlsx': 'azure-key-vault-security-baseline-v1.1.csv',
  'fedramp-agency-authorization-WBS-template.xlsx': 'fedramp-agency-authorization-WBS-template.csv',
  'packt-tpm-handbook-2e-RACI.xlsx': 'packt-tpm-handbook-2e-RACI.csv',
  'packt-tpm-handbook-2e-TPM-RACI.xlsx': 'packt-tpm-handbook-2e-TPM-RACI.csv',
  'timonvds-itil-foundation-RACI.xlsx': 'timonvds-itil-foundation-RACI.csv',
};

function tableOf(file: string): Table {
  const result = file.endsWith('.xlsx')
    ? xlsxToTable(new Uint8Array(readFileSync(FOLDER + file)))
    : readTable(readFileSync(FOLDER + file, 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.issues[0]?.message}`);
  return result.value;
}

function imported(table: Table, layout: MatrixLayout) {
  const result = matrixFromTable(table, layout);
  if (!result.ok) throw new Error(result.issues[0]?.message);
  expect(parseMatrix(JSON.parse(JSON.stringify(result.value)))).toEqual({
    ok: true,
    value: result.value,
  });
  return result;
}

const letters = (cell: Cell | undefined) => (cell ? cell.roles.join('/') || '(none)' : '-');
const at = (issue: CsvIssue) =>
  `${issue.code}@${issue.message.slice(5, issue.message.indexOf(':'))}`;

describe.skipIf(!present)('the real-world corpus of issue 20', () => {
  it('covers every file in the folder', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(FOLDER).filter((f) => /\.(csv|xlsx)$/.test(f));
    expect(files.sort()).toEqual([...Object.keys(CORPUS), ...Object.keys(TWINS)].sort());
  });

  describe.each(Object.entries(CORPUS))('%s', (file, expected) => {
    const table = present ? tableOf(file) : { rows: [] };
    const detection = detectMatrixLayout(table);

    it(`is detected as ${expected.orientation}, with its columns' roles and letters`, () => {
      expect(detection.layout.orientation).toBe(expected.orientation);
      expect(detection.layout.headerRow).toBe(expected.headerRow);
      expect(detection.layout.columns.map((c) => c.role)).toEqual(expected.roles);
      expect(detection.layout.letters).toEqual(expected.letters ?? RACI);
      expect(detection.reasons.length).toBeGreaterThan(0);
    });

    it('imports with the right parties, rows and letters, without a layout change', () => {
      const { value, warnings } = imported(table, detection.layout);
      expect(value.parties.map((p) => [p.name, p.side])).toEqual(expected.parties);
      expect(value.rows).toHaveLength(expected.rows);
      expect(value.categories.map((c) => c.name)).toEqual(expected.categories);
      for (const [rowName, byParty] of Object.entries(expected.cells)) {
        const row = value.rows.find((r) => r.name === rowName);
        expect(row, rowName).toBeDefined();
        for (const [partyId, want] of Object.entries(byParty)) {
          expect(letters(row?.cells[partyId]), `${rowName} × ${partyId}`).toBe(want);
        }
      }
      const located = warnings.map(at);
      for (const want of expected.warnings ?? []) expect(located).toContain(want);
      // Nothing is read silently wrong: the only warnings say which sides were guessed, or
      // are the ones listed.
      const expectedCodes = new Set((expected.warnings ?? []).map((w) => w.split('@')[0]));
      for (const w of warnings) {
        expect(['party_side_unknown', ...expectedCodes], w.message).toContain(w.code);
      }
      expected.more?.(value);
    });
  });

  describe.each(Object.entries(TWINS))('%s', (workbook, csv) => {
    it(`gives the same matrix as ${csv}`, () => {
      const fromXlsx = tableOf(workbook);
      const fromCsv = tableOf(csv);
      const a = imported(fromXlsx, detectMatrixLayout(fromXlsx).layout);
      const b = imported(fromCsv, detectMatrixLayout(fromCsv).layout);
      // The workbook names its sheet; the CSV has no name to give.
      const { name, ...matrix } = a.value;
      expect(typeof name).toBe('string');
      expect(matrix).toEqual(b.value);
      expect(a.warnings.map(at)).toEqual(b.warnings.map(at));
    });
  });
});
