import { describe, expect, it } from 'vitest';
import { cellOf, findCell } from '../get-cell';
import type { Matrix, Row } from '../model';
import { isRoleLetter, sortRoles } from '../roles';
import { isOwningCell, laneOfRow, rowLane } from '../views';
import { smallBusinessTemplate, templates } from './index';

const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const APPROVAL_TAGS = ['policy-approval', 'risk-decision', 'access-approval'];

function idProblems(what: string, items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of items) {
    if (seen.has(id)) problems.push(`duplicate-id: ${what} ${id}`);
    if (id === '' || INHERITED.has(id)) problems.push(`bad-id: ${what} "${id}"`);
    seen.add(id);
  }
  return problems;
}

/** Every broken hard invariant of a matrix, one line each; empty when the matrix is sound. */
function invariantProblems(matrix: Matrix): string[] {
  const problems = [
    ...idProblems('party', matrix.parties),
    ...idProblems('category', matrix.categories),
    ...idProblems('row', matrix.rows),
  ];
  const categoryIds = matrix.categories.map((category) => category.id);
  const partyIds = new Set(matrix.parties.map((party) => party.id));
  let previous = 0;
  for (const row of matrix.rows) {
    const position = categoryIds.indexOf(row.categoryId);
    if (position < 0) problems.push(`unknown-category: ${row.id}`);
    else if (position < previous) problems.push(`out-of-order: ${row.id}`);
    else previous = position;
    for (const [partyId, cell] of Object.entries(row.cells)) {
      const where = `${row.id}/${partyId}`;
      if (!partyIds.has(partyId) || INHERITED.has(partyId))
        problems.push(`unknown-party: ${where}`);
      if (cell.roles.length === 0 && cell.qualifier === undefined && cell.note === undefined) {
        problems.push(`empty-cell: ${where}`);
      }
      if (!cell.roles.every((letter) => isRoleLetter(letter, matrix.variant))) {
        problems.push(`foreign-letter: ${where}`);
      }
      if (sortRoles(cell.roles).join() !== cell.roles.join()) problems.push(`unsorted: ${where}`);
    }
  }
  return problems;
}

function holders(row: Row, letter: 'R' | 'A'): string[] {
  return Object.entries(row.cells)
    .filter(([, cell]) => cell.roles.includes(letter))
    .map(([partyId]) => partyId);
}

/** What the error-severity validation rules would report. */
function ruleErrors(matrix: Matrix): string[] {
  const errors: string[] = [];
  for (const row of matrix.rows) {
    if (holders(row, 'A').length !== 1) errors.push(`accountable-count: ${row.id}`);
    if (row.kind === 'task' && holders(row, 'R').length === 0)
      errors.push(`no-responsible: ${row.id}`);
    const needsOwner = row.tags?.some((tag) => tag === 'compliance' || tag === 'security-policy');
    if (needsOwner && laneOfRow(matrix, row) === 'joint') errors.push(`joint-owner: ${row.id}`);
  }
  return errors;
}

/** What the provider-authority and round-the-clock warning rules would report. */
function ruleWarnings(matrix: Matrix): string[] {
  const warnings: string[] = [];
  for (const row of matrix.rows) {
    const owners = matrix.parties.filter((party) => isOwningCell(cellOf(row, party.id)));
    const deciders = matrix.parties.filter((party) => holders(row, 'A').includes(party.id));
    const approval = row.tags?.some((tag) => APPROVAL_TAGS.includes(tag));
    if (approval && deciders.some((party) => party.side === 'provider')) {
      warnings.push(`provider-authority: ${row.id}`);
    }
    if (row.tags?.includes('24x7') && !owners.some((party) => party.calendarId === '24x7')) {
      warnings.push(`no-24x7-owner: ${row.id}`);
    }
  }
  return warnings;
}

const jointRows = (matrix: Matrix) =>
  matrix.rows.filter((row) => laneOfRow(matrix, row) === 'joint').map((row) => row.id);

describe('the template checks', () => {
  const broken: Matrix = {
    variant: 'raci',
    parties: [
      { id: 'it', name: 'IT', side: 'internal' },
      { id: 'it', name: 'IT again', side: 'internal' },
    ],
    categories: [
      { id: 'a', name: 'A' },
      { id: 'constructor', name: 'B' },
    ],
    rows: [
      {
        id: 'r1',
        name: 'R1',
        categoryId: 'constructor',
        kind: 'task',
        cells: { it: { roles: ['A', 'R'] } },
      },
      { id: 'r2', name: 'R2', categoryId: 'a', kind: 'task', cells: { ghost: { roles: ['R'] } } },
      { id: 'r3', name: 'R3', categoryId: 'nowhere', kind: 'task', cells: { it: { roles: [] } } },
    ],
  };

  it('report every broken invariant of a damaged matrix', () => {
    expect(invariantProblems(broken)).toEqual([
      'duplicate-id: party it',
      'bad-id: category "constructor"',
      'unsorted: r1/it',
      'out-of-order: r2',
      'unknown-party: r2/ghost',
      'unknown-category: r3',
      'empty-cell: r3/it',
    ]);
  });

  it('report rows without one Accountable or without a Responsible', () => {
    expect(ruleErrors(broken)).toEqual([
      'accountable-count: r2',
      'accountable-count: r3',
      'no-responsible: r3',
    ]);
  });

  it('report provider authority over approvals and round-the-clock rows nobody covers', () => {
    const providerRun: Matrix = {
      variant: 'raci',
      parties: [{ id: 'msp', name: 'MSP', side: 'provider', calendarId: 'business-hours' }],
      categories: [{ id: 'security', name: 'Security' }],
      rows: [
        {
          id: 'access',
          name: 'Access approvals',
          categoryId: 'security',
          kind: 'decision',
          tags: ['access-approval', '24x7'],
          cells: { msp: { roles: ['R', 'A'] } },
        },
      ],
    };
    expect(ruleWarnings(providerRun)).toEqual([
      'provider-authority: access',
      'no-24x7-owner: access',
    ]);
  });
});

describe.each(Object.entries(templates))('the %s template', (key, template) => {
  const { matrix } = template;

  it('is filed under its own id and describes itself', () => {
    expect(template.id).toBe(key);
    expect(template.name.trim()).not.toBe('');
    expect(template.description.trim()).not.toBe('');
    expect(template.source).toMatch(/^seed 00\d$/);
    expect(matrix.variant).toBe('raci');
  });

  it('keeps ids unique, rows grouped by category order and cells canonical', () => {
    expect(invariantProblems(matrix)).toEqual([]);
  });

  it('leaves no category empty', () => {
    const used = new Set(matrix.rows.map((row) => row.categoryId));
    expect(matrix.categories.filter((category) => !used.has(category.id))).toEqual([]);
  });

  it('gives every row one Accountable party, every task a Responsible, compliance one owner', () => {
    expect(ruleErrors(matrix)).toEqual([]);
  });

  it('keeps approvals internal and round-the-clock rows on a 24x7 calendar', () => {
    expect(ruleWarnings(matrix)).toEqual([]);
  });

  it('puts internal parties on the business-hours calendar', () => {
    const internal = matrix.parties.filter((party) => party.side !== 'provider');
    expect(internal.every((party) => party.calendarId === 'business-hours')).toBe(true);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(matrix))).toStrictEqual(matrix);
  });
});

describe('joint ownership', () => {
  const { 'default-division': defaultDivision, ...others } = templates;

  it.each(Object.entries(others))('stays within three rows and a quarter in %s', (_, template) => {
    const joint = jointRows(template.matrix);
    expect(joint.length).toBeLessThanOrEqual(3);
    expect(joint.length).toBeLessThanOrEqual(template.matrix.rows.length / 4);
  });

  it('marks as joint exactly the four functions seed 003 shares', () => {
    expect(jointRows(defaultDivision.matrix).sort()).toEqual([
      'capacity-planning',
      'cloud-migration',
      'dr-testing',
      'incident-response',
    ]);
  });
});

describe('the seed 001 template', () => {
  const { matrix } = smallBusinessTemplate;

  it('has the fourteen functions of the seed table', () => {
    expect(matrix.rows).toHaveLength(14);
  });

  it.each([
    ['tier1-helpdesk', 'internal'],
    ['onsite-hardware', 'internal'],
    ['user-lifecycle', 'internal'],
    ['after-hours-emergency', 'provider'],
    ['security-monitoring', 'provider'],
    ['edr', 'provider'],
    ['email-security', 'provider'],
    ['server-patching', 'provider'],
    ['workstation-patching', 'joint'],
    ['backup', 'provider'],
    ['vendor-contracts', 'provider'],
    ['compliance-documentation', 'provider'],
    ['it-strategy', 'provider'],
    ['major-projects', 'joint'],
  ])('puts %s in the %s lane', (rowId, lane) => {
    expect(rowLane(matrix, rowId)).toBe(lane);
  });

  it('keeps the MSP as a stand-in where the seed says overflow or unavailability', () => {
    const msp = (rowId: string) => findCell(matrix, rowId, 'msp');
    expect(msp('tier1-helpdesk')).toEqual({ roles: ['R'], qualifier: 'overflow' });
    expect(msp('onsite-hardware')).toEqual({ roles: ['R'], qualifier: 'when-unavailable' });
  });

  it('has both sides Responsible on the shared rows', () => {
    for (const rowId of ['workstation-patching', 'major-projects']) {
      const row = matrix.rows.find((candidate) => candidate.id === rowId);
      expect(row && holders(row, 'R').sort()).toEqual(['internal-it', 'msp']);
    }
  });
});
